/*
 * <course-summary> (course and home pages): lessons done, time studied, the progress bar, the
 * assessment's best result, and where "continue" leads.
 */
import { format } from '../i18n/format.ts';
import { summarizeCourse } from '../lib/progress/summary.ts';
import { lessonPath } from '../lib/urls.ts';
import { $$, progressElement } from './progress-element.ts';
import { showResults } from './results-text.ts';

progressElement('course-summary', (el, p, { course, ids, rule }) => {
  const s = summarizeCourse(p, course, ids, rule);
  showResults(el, p, course);
  for (const t of $$('[data-summary]', el)) t.textContent = format(t.dataset.template!, { done: s.done, total: s.total, m: Math.round(s.seconds / 60) });
  for (const bar of $$<HTMLProgressElement>('progress', el)) bar.value = s.done;
  for (const a of $$<HTMLAnchorElement>('a[data-resume]', el)) {
    a.href = lessonPath(course, s.resume?.lesson ?? ids[0]!, s.resume?.section);
    a.textContent = a.dataset[s.resume ? (s.lessons.some((l) => l.state !== 'new') ? 'continue' : 'start') : 'review'] ?? '';
  }
});
