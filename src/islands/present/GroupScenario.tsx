import type { Scenario } from '../../schemas/scenario.ts';
import type { Action, Session } from '../../lib/slides/session.ts';
import { available, describePath, replay } from '../../lib/scenario/engine.ts';
import type { Analysis } from '../scenario/Report.tsx';
import type { T } from '../../i18n/t.ts';
import { speakerLabel } from '../scenario/speaker.ts';

interface Props {
  scenario: Scenario;
  analysis: Analysis;
  session: Session;
  presenter: boolean;
  act: (a: Action) => void;
  t: T;
}

/** A scenario played by the room: votes per choice at each decision, the choice the room takes, consequences, and at the end the outcome with the vote history. */
export function GroupScenario({ scenario, analysis, session, presenter, act, t }: Props) {
  const play = session.plays[scenario.id] ?? { path: [], votes: [], pending: [] };
  const { state } = replay(scenario, play.path);
  const node = scenario.nodes[state.node]!;
  const steps = describePath(scenario, play.path);
  const last = steps.at(-1);
  const choices = available(scenario, state);
  return (
    <div class="group-scenario">
      <p class="eyebrow">{t('present.groupScenario')} · {scenario.title}</p>
      {last && <p class="consequence"><strong>{t('scenario.result')}{t('punct.colon')}</strong>{last.choice.consequence}</p>}
      {node.ending ? (
        <div class={`outcome ${node.ending.rating}`}>
          <p class="rating">{t(`scenario.rating.${node.ending.rating}`)}</p>
          <h2 class="slide-heading">{node.ending.title}</h2>
          <p>{node.text}</p>
          <ul class="scores">
            {scenario.dimensions.map((d) => <li key={d.id}>{t('scenario.scoreOf', { label: d.label, score: state.scores[d.id] ?? 0, best: analysis.ranges[d.id]?.best ?? 0, worst: analysis.ranges[d.id]?.worst ?? 0 })}</li>)}
          </ul>
        </div>
      ) : (
        <>
          <p class="speaker">{speakerLabel(scenario, node.speaker, t)}</p>
          <p class="line">{node.text}</p>
          <ol class="tally">
            {choices.map(({ index, choice }) => (
              <li key={index}>
                <span class="option-label"><span class="key" aria-hidden="true">{index + 1}</span>{choice.label}</span>
                <span class="count">
                  {presenter && <button type="button" class="button quiet small-btn" aria-label={t('present.unvote', { choice: choice.label })} onClick={() => act({ type: 'vote', scenario: scenario.id, choice: index, by: -1, choices: node.choices!.length })}>−</button>}
                  <span class="n">{t('present.votes', { n: play.pending[index] ?? 0 })}</span>
                  {presenter && <button type="button" class="button quiet small-btn" aria-label={t('present.voteFor', { choice: choice.label })} onClick={() => act({ type: 'vote', scenario: scenario.id, choice: index, by: 1, choices: node.choices!.length })}>+</button>}
                  {presenter && <button type="button" class="button small-btn" onClick={() => act({ type: 'take', scenario: scenario.id, choice: index })}>{t('present.take')}</button>}
                </span>
              </li>
            ))}
          </ol>
        </>
      )}
      {steps.length > 0 && (
        <details class="history" open={!!node.ending}>
          <summary>{t('present.history')}</summary>
          <ol>{steps.map((s, i) => <li key={i}>{t('present.step', { n: i + 1, choice: s.choice.label, votes: (play.votes[i] ?? []).map((v, j) => `${j + 1}: ${v}`).join(t('punct.comma')) })}</li>)}</ol>
        </details>
      )}
      {presenter && play.path.length > 0 && <button type="button" class="button quiet" onClick={() => act({ type: 'restart', scenario: scenario.id })}>{t('present.restart')}</button>}
    </div>
  );
}
