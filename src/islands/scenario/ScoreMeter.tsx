import { scoreShare } from '../../lib/scenario/meter.ts';
import type { T } from '../../i18n/t.ts';

/** One competency's score against the best and worst possible, in words and as a bar (for sighted readers; the words say it all). */
export function ScoreMeter({ label, score, best, worst, t }: { label: string; score: number; best: number; worst: number; t: T }) {
  return (
    <li>
      <span class="meter-label">{t('scenario.scoreOf', { label, score, best, worst })}</span>
      <span class="meter" aria-hidden="true"><span style={{ width: `${Math.round(scoreShare(score, best, worst) * 100)}%` }} /></span>
    </li>
  );
}
