import type { Progress } from '../schemas/progress.ts';
import { format } from '../i18n/format.ts';
import { $$ } from './progress-element.ts';

/** Knowledge-check and assessment results ([data-result]: a lesson id or @assessment): a template when there is a score, another when not. */
export function showResults(el: HTMLElement, p: Progress, course: string): void {
  const c = p.courses[course];
  for (const r of $$('[data-result]', el)) {
    const best = r.dataset.result === '@assessment' ? c?.assessment?.best : c?.quizzes?.[r.dataset.result!]?.best;
    r.textContent = best === undefined ? r.dataset.none! : format(r.dataset.template!, { best });
  }
}
