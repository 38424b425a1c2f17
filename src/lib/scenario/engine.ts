import type { Choice, Scenario } from '../../schemas/scenario.ts';

/*
 * Playing a scenario, as pure functions: a state and the moves allowed from it. No DOM, no
 * storage: the player island keeps the path (choice indexes) and rebuilds the state with replay().
 */

export interface PlayState {
  /** Node the trainee is at. */
  node: string;
  /** Choice index taken at each decision so far. */
  path: number[];
  /** Points per dimension id. */
  scores: Record<string, number>;
  /** Flags set so far. */
  flags: string[];
  /** Cast ids whose buying role the trainee has discovered. */
  revealed: string[];
}

export const startState = (s: Scenario): PlayState => ({
  node: s.start,
  path: [],
  scores: Object.fromEntries(s.dimensions.map((d) => [d.id, 0])),
  flags: [],
  revealed: [],
});

/** Whether a choice may be taken with these flags: every flag it requires is set. */
export const isOpen = (choice: Choice, flags: readonly string[]) => choice.requires.every((f) => flags.includes(f));

/** The choices offered at the current node, with their index in the node's list. */
export function available(s: Scenario, state: PlayState): { index: number; choice: Choice }[] {
  return (s.nodes[state.node]?.choices ?? []).map((choice, index) => ({ index, choice })).filter(({ choice }) => isOpen(choice, state.flags));
}

export const isEnded = (s: Scenario, state: PlayState) => !!s.nodes[state.node]?.ending;

const union = (a: readonly string[], b: readonly string[]) => [...a, ...b.filter((x) => !a.includes(x))];

/** Takes choice `index` at the current node; throws when it is not offered there. */
export function choose(s: Scenario, state: PlayState, index: number): PlayState {
  const choice = s.nodes[state.node]?.choices?.[index];
  if (!choice || !isOpen(choice, state.flags)) throw new Error(`choice ${index} is not available at node "${state.node}"`);
  const scores = { ...state.scores };
  for (const [dim, points] of Object.entries(choice.effects)) scores[dim] = (scores[dim] ?? 0) + points;
  return {
    node: choice.next,
    path: [...state.path, index],
    scores,
    flags: union(state.flags, choice.sets),
    revealed: union(state.revealed, choice.reveals),
  };
}

/**
 * Rebuilds the state after a saved path. If the scenario changed and a step no longer fits,
 * it stops before that step and says so, rather than failing.
 */
export function replay(s: Scenario, path: readonly number[]): { state: PlayState; complete: boolean } {
  let state = startState(s);
  for (const index of path) {
    try {
      state = choose(s, state, index);
    } catch {
      return { state, complete: false };
    }
  }
  return { state, complete: true };
}

/** The step-by-step record of a path: node, choice and where it led, for reports. */
export function describePath(s: Scenario, path: readonly number[]): { node: string; choice: Choice; index: number }[] {
  let state = startState(s);
  const steps: { node: string; choice: Choice; index: number }[] = [];
  for (const index of path) {
    const choice = s.nodes[state.node]?.choices?.[index];
    if (!choice) break;
    steps.push({ node: state.node, choice, index });
    state = choose(s, state, index);
  }
  return steps;
}
