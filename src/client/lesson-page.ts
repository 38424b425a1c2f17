/*
 * A lesson page's own script: the lesson list's marks (<progress-marks>, src/components/LessonNav.astro)
 * and the completion mark with the lesson's tracking (<mark-done>, src/components/MarkDone.astro).
 * One script per page rather than one per component: each script is a file the browser fetches,
 * and a lesson's own scripts must stay within 3 KB.
 */
import './progress-marks.ts';
import './mark-done.ts';
