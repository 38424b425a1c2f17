import type { Scenario } from '../../schemas/scenario.ts';
import { choose, startState } from './engine.ts';
import { bestPath, components, exploreStates, extremes, type Edge, type StateGraph } from './graph.ts';
import type { ScenarioAnalysis, ScenarioProblem } from './validate.ts';

/*
 * Compliance rules for a scenario, on top of the graph checks of validate.ts. A course that sells
 * to government and SOEs must never teach that cutting a corner pays, so:
 *   (a) the best path (the one the report shows as best) reaches the highest compliance score the
 *       scenario allows, and no choice on it costs compliance points;
 *   (b) no ending rated `good` can be reached with a negative compliance total.
 * The compliance dimension is the one with the id `compliance` (label 合规 / Compliance). A
 * dimension labelled like compliance under another id is reported, so that the rules cannot be
 * dodged by renaming. Pure functions; they reuse the play-state graph of graph.ts.
 */

/** The dimension id the compliance rules apply to. */
export const COMPLIANCE = 'compliance';

/** Labels that mean compliance, in the course languages. */
const COMPLIANCE_LABEL = /^(合规|compliance)$/i;

/** Node ids along a path of choice indexes from the start (start and every node reached). */
function nodesOf(s: Scenario, path: readonly number[]): string[] {
  let state = startState(s);
  const nodes = [state.node];
  for (const index of path) {
    state = choose(s, state, index);
    nodes.push(state.node);
  }
  return nodes;
}

/**
 * Checks rules (a) and (b). `analysis` is what validateScenario returned for the same scenario; run
 * this only when it reported no problems (the graph must be sound for best paths to mean anything).
 */
export function checkCompliance(s: Scenario, analysis: Pick<ScenarioAnalysis, 'bestPath' | 'ranges'>): ScenarioProblem[] {
  const problems: ScenarioProblem[] = [];
  s.dimensions.forEach((d, i) => {
    if (d.id !== COMPLIANCE && COMPLIANCE_LABEL.test(d.label.trim())) {
      problems.push({ where: `dimensions[${i}].id`, message: `"${d.label}" is scored under the id "${d.id}"; use the id "${COMPLIANCE}" so that the compliance rules apply to it` });
    }
  });
  const dim = s.dimensions.find((d) => d.id === COMPLIANCE);
  if (!dim) return problems;
  const points = (e: { effects: Record<string, number> }) => e.effects[COMPLIANCE] ?? 0;

  // (a) The best path: no choice on it costs compliance, and it ends with the most compliance possible.
  let state = startState(s);
  for (const index of analysis.bestPath) {
    const choice = s.nodes[state.node]!.choices![index]!;
    if (points(choice) < 0) {
      problems.push({ where: `nodes.${state.node}.choices[${index}]`, message: `is on the best path, but costs ${dim.label} ${points(choice)}; no choice on the best path may cost compliance points` });
    }
    state = choose(s, state, index);
  }
  const max = analysis.ranges[COMPLIANCE]?.best;
  const got = state.scores[COMPLIANCE] ?? 0;
  if (max !== undefined && got < max) {
    problems.push({ where: `nodes.${state.node}`, message: `the best path (${nodesOf(s, analysis.bestPath).join(' → ')}) ends here with ${dim.label} ${got}, but ${max} is possible; the best path must reach the highest compliance score` });
  }

  // (b) For each ending rated good, the lowest compliance total on any way to it.
  const g = exploreStates(s);
  if (g.truncated) return problems;
  const comps = components(g);
  const good = Object.entries(s.nodes).filter(([, n]) => n.ending?.rating === 'good').map(([id]) => id);
  for (const id of good) {
    const only: StateGraph = { ...g, states: g.states.map((st) => ({ ...st, ending: st.node === id })) };
    // Lowest total = highest total of the negated points; bestPath then gives a way that scores it.
    const negated = (e: Edge) => -points(e);
    const x = extremes(only, comps, negated);
    const worst = -x.best[0]!;
    if (Number.isNaN(worst) || worst >= 0) continue;
    const path = bestPath(only, comps, negated, x.best);
    problems.push({ where: `nodes.${id}`, message: `is rated good, but can be reached with ${dim.label} ${worst} (${nodesOf(s, path).join(' → ')}); an ending reached with a negative compliance total must not be rated good` });
  }
  return problems;
}
