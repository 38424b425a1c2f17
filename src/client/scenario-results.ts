/* <scenario-results> (the scenarios page): each card shows the trainee's best result, or that a play is in progress. */
import { format } from '../i18n/format.ts';
import { $$, progressElement } from './progress-element.ts';

progressElement('scenario-results', (el, p) => {
  for (const card of $$('[data-scenario]', el)) {
    const s = p.courses[card.dataset.course!]?.scenarios?.[card.dataset.scenario!];
    const out = card.querySelector<HTMLElement>('.result')!;
    const d = out.dataset;
    const endings = JSON.parse(d.endings!) as Record<string, string>;
    out.textContent = s?.best
      ? format(d.template!, { score: s.best.total, max: d.max!, ending: endings[s.best.ending] ?? '' })
      : s?.current?.length ? d.playing! : d.none!;
  }
});
