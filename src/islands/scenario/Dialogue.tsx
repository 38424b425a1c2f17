import { useEffect, useRef } from 'preact/hooks';
import type { Scenario } from '../../schemas/scenario.ts';
import { available, describePath, type PlayState } from '../../lib/scenario/engine.ts';
import type { T } from '../../i18n/t.ts';
import { speakerLabel } from './speaker.ts';

interface Props {
  scenario: Scenario;
  state: PlayState;
  /** Fewest decisions from each node to an ending, for the sense of progress. */
  remaining: Record<string, number>;
  onChoose: (index: number) => void;
  ready: boolean;
  t: T;
}

/** What has happened so far, then who speaks now and what the trainee can do. */
export function Dialogue({ scenario, state, remaining, onChoose, ready, t }: Props) {
  const now = useRef<HTMLDivElement>(null);
  const steps = describePath(scenario, state.path);
  const speaker = (id: string) => speakerLabel(scenario, id, t, state.revealed);
  // After each decision, take focus to what happened and what comes next.
  useEffect(() => {
    if (state.path.length) now.current?.focus();
  }, [state.path.length]);
  const node = scenario.nodes[state.node]!;
  return (
    <div class="dialogue">
      <ol class="log">
        {steps.map((step, i) => (
          <li key={i}>
            <p class="speaker">{speaker(scenario.nodes[step.node]!.speaker)}</p>
            <p>{scenario.nodes[step.node]!.text}</p>
            <p class="you"><strong>{t('scenario.you')}{t('punct.colon')}</strong>{step.choice.label}</p>
            <p class="consequence"><strong>{t('scenario.result')}{t('punct.colon')}</strong>{step.choice.consequence}</p>
          </li>
        ))}
      </ol>
      <div class="now" ref={now} tabIndex={-1}>
        <p class="progress-line muted">
          {t('scenario.step', { n: state.path.length + 1 })} · {t('scenario.remaining', { n: Math.max(1, remaining[state.node] ?? 1) })}
        </p>
        <p class="speaker">{speaker(node.speaker)}</p>
        <p class="line">{node.text}</p>
      </div>
      <fieldset class="choices" disabled={!ready}>
        <legend>{t('scenario.choicesLabel')}</legend>
        {available(scenario, state).map(({ index, choice }) => (
          <button key={index} type="button" class="choice" onClick={() => onChoose(index)}>{choice.label}</button>
        ))}
      </fieldset>
    </div>
  );
}
