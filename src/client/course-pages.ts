/*
 * The home and course pages' own script: each course's summary (<course-summary>), the lesson
 * list's marks (<progress-marks>) and the reset (<reset-progress>). One script for both pages and
 * all three elements: each script is a file the browser fetches, and the pages must stay within
 * 3 KB of JavaScript; an element a page does not use costs it a few bytes and does nothing.
 */
import './progress-marks.ts';
import './course-summary.ts';
import './reset-progress.ts';
