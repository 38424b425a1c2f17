/*
 * The course page's own script: the lesson list's marks (<progress-marks>), the summary
 * (<course-summary>) and the reset (<reset-progress>): one file, not one per component.
 */
import './progress-marks.ts';
import './course-summary.ts';
import './reset-progress.ts';
