/*
 * <progress-marks> (src/components/LessonNav.astro): each lesson's state (new, visited, read,
 * done) on its [data-lesson-item], and on the course page each knowledge check's best result.
 */
import { lessonStates } from '../lib/progress/record.ts';
import { $$, progressElement } from './progress-element.ts';
import { showResults } from './results-text.ts';

progressElement('progress-marks', (el, p, { course, ids, rule }) => {
  for (const l of lessonStates(p, course, ids, rule)) for (const item of $$(`[data-lesson-item="${l.id}"]`, el)) item.dataset.state = l.state;
  showResults(el, p, course);
});
