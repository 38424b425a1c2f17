/* Course and home pages: lessons done, time studied, a progress bar and where "continue" leads. */
import { format } from '../i18n/format.ts';
import { summarizeCourse } from '../lib/progress/summary.ts';
import { lessonPath } from '../lib/urls.ts';
import { progress } from '../stores/progress.ts';
import { $$ } from './dom.ts';
import { scopes } from './progress-marks.ts';
import { watchForUpdates } from './update-notice.ts';
import { registerServiceWorker } from './register-sw.ts';

registerServiceWorker();
void watchForUpdates();

progress.subscribe((p) => {
  for (const { el, course, ids, rule } of scopes()) {
    const s = summarizeCourse(p, course, ids, rule);
    const c = p.courses[course];
    // Knowledge-check and assessment results: a template when there is a score, another when not.
    for (const r of $$('[data-result]', el)) {
      const best = r.dataset.result === '@assessment' ? c?.assessment?.best : c?.quizzes?.[r.dataset.result!]?.best;
      r.textContent = best === undefined ? r.dataset.none! : format(r.dataset.template!, { best });
    }
    for (const t of $$('[data-summary]', el)) t.textContent = format(t.dataset.template!, { done: s.done, total: s.total, m: Math.round(s.seconds / 60) });
    for (const bar of $$<HTMLProgressElement>('progress', el)) bar.value = s.done;
    for (const a of $$<HTMLAnchorElement>('a[data-resume]', el)) {
      a.href = lessonPath(course, s.resume?.lesson ?? ids[0]!, s.resume?.section);
      a.textContent = a.dataset[s.resume ? (s.lessons.some((l) => l.state !== 'new') ? 'continue' : 'start') : 'review'] ?? '';
    }
  }
});
