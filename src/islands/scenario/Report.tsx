import { useEffect, useRef } from 'preact/hooks';
import type { Scenario } from '../../schemas/scenario.ts';
import type { ScenarioResult } from '../../schemas/progress.ts';
import { describePath } from '../../lib/scenario/engine.ts';
import type { T } from '../../i18n/t.ts';
import type { BasisRef } from '../../lib/content/sources.ts';
import { Basis } from '../quiz/Basis.tsx';
import { ScoreMeter } from './ScoreMeter.tsx';

export interface Analysis {
  ranges: Record<string, { best: number; worst: number }>;
  bestPath: number[];
}

interface Props {
  scenario: Scenario;
  result: ScenarioResult;
  analysis: Analysis;
  lessons: Record<string, { title: string; href: string }>;
  /** Labels and links of the sources that nodes and debrief entries cite, by source id. */
  basis: Record<string, BasisRef>;
  /** Move focus to the report when it appears (after the trainee's last choice). */
  focus: boolean;
  /** Level of the report's heading: 2 on a scenario's own page, 3 inside a lesson section. */
  level: 2 | 3;
  t: T;
}

/** The end of a play: outcome, a score per dimension against the best possible, both paths, and the debrief. */
export function Report({ scenario, result, analysis, lessons, basis, focus, level, t }: Props) {
  const H = `h${level}` as 'h2' | 'h3';
  const Sub = `h${level + 1}` as 'h3' | 'h4';
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    if (focus) heading.current?.focus();
  }, []);
  const ending = scenario.nodes[result.ending];
  const mine = describePath(scenario, result.path);
  const best = describePath(scenario, analysis.bestPath);
  const same = result.path.join() === analysis.bestPath.join();
  const refs = (ids: string[] | undefined) => (ids ?? []).flatMap((id) => basis[id] ?? []);
  // The rules behind the situations of both paths, once each, shown under the debrief rather than during play.
  const nodeBasis = [...new Set([...mine, ...best].map((s) => s.node).concat(result.ending).flatMap((n) => scenario.nodes[n]?.sources ?? []))].flatMap((id) => basis[id] ?? []);
  return (
    <section class="report" aria-labelledby="report-title">
      <H id="report-title" class="report-title" tabIndex={-1} ref={heading}>{t('scenario.report')}</H>
      {mine.length > 0 && <p class="consequence"><strong>{t('scenario.result')}{t('punct.colon')}</strong>{mine.at(-1)!.choice.consequence}</p>}
      <div class={`outcome ${ending?.ending?.rating ?? ''}`}>
        <p class="rating">{t(`scenario.rating.${ending?.ending?.rating ?? 'mixed'}`)}</p>
        <p class="outcome-title">{ending?.ending?.title}</p>
        <p>{ending?.text}</p>
      </div>
      <Sub class="report-sub">{t('scenario.scores')}</Sub>
      <ul class="bars">
        {scenario.dimensions.map((d) => {
          const { best, worst } = analysis.ranges[d.id] ?? { best: 0, worst: 0 };
          return <ScoreMeter key={d.id} label={d.label} score={result.scores[d.id] ?? 0} best={best} worst={worst} t={t} />;
        })}
      </ul>
      <div class="paths">
        <div>
          <Sub class="report-sub">{t('scenario.yourPath')}</Sub>
          <ol>{mine.map((s, i) => <li key={i}>{s.choice.label}</li>)}</ol>
        </div>
        <div>
          <Sub class="report-sub">{t('scenario.bestPath')}</Sub>
          {same ? <p>{t('scenario.samePath')}</p> : <ol>{best.map((s, i) => <li key={i}>{s.choice.label}</li>)}</ol>}
        </div>
      </div>
      {scenario.debrief.length > 0 && (
        <>
          <Sub class="report-sub">{t('scenario.debrief')}</Sub>
          <ul class="debrief">
            {scenario.debrief.map((d, i) => (
              <li key={i}>
                {d.text}
                {lessons[d.lesson] && <> <a href={lessons[d.lesson]!.href}>{t('scenario.readLesson', { title: lessons[d.lesson]!.title })}</a></>}
                {d.sources && <Basis refs={refs(d.sources)} template={t('scenario.basis', { list: '\n' })} t={t} />}
              </li>
            ))}
          </ul>
        </>
      )}
      {nodeBasis.length > 0 && <Basis refs={nodeBasis} template={t('scenario.nodeBasis', { list: '\n' })} t={t} />}
    </section>
  );
}
