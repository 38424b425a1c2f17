import type { Scenario } from '../schemas/scenario.ts';
import { choose, isEnded, replay } from '../lib/scenario/engine.ts';
import { finishScenario, getScenario, restartScenario, setScenarioPath } from '../lib/progress/scenario.ts';
import { update } from './progress.ts';

/**
 * Takes a choice in the play in progress, from the path as stored (so a double click cannot
 * take two steps from one screen); reaching an ending records the result.
 */
export function takeChoice(course: string, s: Scenario, atNode: string, index: number) {
  update((p) => {
    const path = getScenario(p, course, s.id)?.current ?? [];
    const { state } = replay(s, path);
    if (state.node !== atNode) return p;
    const next = choose(s, state, index);
    if (!isEnded(s, next)) return setScenarioPath(p, course, s.id, next.path);
    const total = Object.values(next.scores).reduce((a, b) => a + b, 0);
    return finishScenario(p, course, s.id, { path: next.path, scores: next.scores, total, ending: next.node, at: Date.now() });
  });
}

/** Starts a new play (results so far are kept). */
export const restart = (course: string, id: string) => update((p) => restartScenario(p, course, id));
