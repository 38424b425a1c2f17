import { useRef } from 'preact/hooks';
import { useProgress } from './use-progress.ts';
import type { Scenario } from '../schemas/scenario.ts';
import { replay } from '../lib/scenario/engine.ts';
import { getScenario } from '../lib/progress/scenario.ts';
import { restart, takeChoice } from '../stores/scenario.ts';
import { makeT } from '../i18n/t.ts';
import type { BasisRef } from '../lib/content/sources.ts';
import { CastList } from './scenario/CastList.tsx';
import { Dialogue } from './scenario/Dialogue.tsx';
import { Report, type Analysis } from './scenario/Report.tsx';

interface Props {
  course: string;
  scenario: Scenario;
  analysis: Analysis;
  /** Fewest decisions from each node to an ending. */
  remaining: Record<string, number>;
  /** Lesson titles and links, for the debrief. */
  lessons: Record<string, { title: string; href: string }>;
  /** Labels and links of the sources that nodes and debrief entries cite, by source id (src/data/sources.ts). */
  basis: Record<string, BasisRef>;
  strings: Record<string, string>;
  /** Heading level of the report: 2 on the scenario's page, 3 inside a lesson. */
  level?: 2 | 3;
}

/** Plays a branching scenario: resumes where the trainee left off, ends with a report, and can be replayed. */
export default function ScenarioIsland({ course, scenario, analysis, remaining, lessons, basis, strings, level = 3 }: Props) {
  const { progress, ready } = useProgress();
  // Set by the trainee's own actions, so that focus moves only then, not on a reload.
  const acted = useRef(false);
  const t = makeT(strings);
  const saved = getScenario(progress, course, scenario.id);
  const playing = saved?.current !== undefined || !saved?.latest;
  const { state, complete } = replay(scenario, saved?.current ?? []);

  return (
    <div class="scenario-player" aria-busy={!ready}>
      <CastList scenario={scenario} revealed={playing ? state.revealed : scenario.cast.map((c) => c.id)} t={t} />
      {playing ? (
        <>
          {!complete && <p class="notice-inline" role="status">{t('scenario.changed')}</p>}
          <Dialogue scenario={scenario} state={state} remaining={remaining} ready={ready} onChoose={(i) => ((acted.current = true), takeChoice(course, scenario, state.node, i))} t={t} />
          {state.path.length > 0 && (
            <button type="button" class="button quiet" onClick={() => restart(course, scenario.id)}>{t('scenario.restart')}</button>
          )}
        </>
      ) : (
        <>
          <Report scenario={scenario} result={saved!.latest!} analysis={analysis} lessons={lessons} basis={basis} focus={acted.current} level={level} t={t} />
          <button type="button" class="button" onClick={() => restart(course, scenario.id)}>{t('scenario.retry')}</button>
        </>
      )}
    </div>
  );
}
