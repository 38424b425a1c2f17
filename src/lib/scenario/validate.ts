import type { Scenario } from '../../schemas/scenario.ts';
import { MAX_STATES, bestPath, canFinish, components, exploreStates, extremes, type Edge } from './graph.ts';

/** A problem in a scenario: where (`nodes.<id>.choices[1].next`) and what. */
export interface ScenarioProblem {
  where: string;
  message: string;
}

export interface ScenarioAnalysis {
  problems: ScenarioProblem[];
  /** Best and worst achievable score per dimension id, over every way to an ending. */
  ranges: Record<string, { best: number; worst: number }>;
  /** Choice indexes of a path with the best total score. */
  bestPath: number[];
}

export const NARRATOR = 'narrator';

function duplicates(ids: string[], where: string, what: string): ScenarioProblem[] {
  return ids.flatMap((id, i) => (ids.indexOf(id) !== i ? [{ where: `${where}[${i}].id`, message: `${what} id "${id}" is used twice` }] : []));
}

/** Checks references, reachability, endings, flags and loops, and computes score ranges. Pure. */
export function validateScenario(s: Scenario): ScenarioAnalysis {
  const problems: ScenarioProblem[] = [];
  const dims = new Set(s.dimensions.map((d) => d.id));
  const cast = new Set(s.cast.map((c) => c.id));
  problems.push(...duplicates(s.dimensions.map((d) => d.id), 'dimensions', 'dimension'), ...duplicates(s.cast.map((c) => c.id), 'cast', 'cast member'));
  if (cast.has(NARRATOR)) problems.push({ where: 'cast', message: `"${NARRATOR}" is reserved for the narrator` });
  if (!s.nodes[s.start]) problems.push({ where: 'start', message: `"${s.start}" is not a node` });

  const flagsSet = new Set(Object.values(s.nodes).flatMap((n) => (n.choices ?? []).flatMap((c) => c.sets)));
  for (const [id, node] of Object.entries(s.nodes)) {
    const at = `nodes.${id}`;
    if (node.speaker !== NARRATOR && !cast.has(node.speaker)) problems.push({ where: `${at}.speaker`, message: `"${node.speaker}" is not in the cast (or "${NARRATOR}")` });
    if (!node.choices && !node.ending) problems.push({ where: at, message: 'has neither choices nor an ending' });
    if (node.choices && node.ending) problems.push({ where: at, message: 'has both choices and an ending; give it one' });
    (node.choices ?? []).forEach((c, i) => {
      const ca = `${at}.choices[${i}]`;
      if (!s.nodes[c.next]) problems.push({ where: `${ca}.next`, message: `"${c.next}" is not a node` });
      for (const d of Object.keys(c.effects)) if (!dims.has(d)) problems.push({ where: `${ca}.effects.${d}`, message: `"${d}" is not a dimension (${[...dims].join(', ')})` });
      for (const r of c.reveals) if (!cast.has(r)) problems.push({ where: `${ca}.reveals`, message: `"${r}" is not in the cast` });
      for (const f of c.requires) if (!flagsSet.has(f)) problems.push({ where: `${ca}.requires`, message: `flag "${f}" is never set by any choice, so this choice can never be offered` });
    });
  }
  if (!s.nodes[s.start]) return { problems, ranges: {}, bestPath: [] };

  const g = exploreStates(s);
  if (g.truncated) {
    problems.push({ where: 'nodes', message: `the flags combine into more than ${MAX_STATES.toLocaleString('en')} situations to check; use fewer flags, or set each closer to where it is required` });
    return { problems, ranges: {}, bestPath: [] };
  }
  const reached = new Set(g.states.map((st) => st.node));
  for (const id of Object.keys(s.nodes)) if (!reached.has(id)) problems.push({ where: `nodes.${id}`, message: 'cannot be reached from the start' });

  // A choice whose flags are set somewhere, but never on a way to it.
  const offered = new Set(g.states.flatMap((st) => st.edges.map((e) => `${st.node}#${e.choice}`)));
  for (const [id, node] of Object.entries(s.nodes)) {
    if (!reached.has(id)) continue;
    (node.choices ?? []).forEach((c, i) => {
      if (c.requires.length && c.requires.every((f) => flagsSet.has(f)) && s.nodes[c.next] && !offered.has(`${id}#${i}`)) {
        problems.push({ where: `nodes.${id}.choices[${i}].requires`, message: `flag(s) ${c.requires.join(', ')} are never set on any way to this node, so the choice is never offered` });
      }
    });
  }

  const finish = canFinish(g);
  const trapped = new Set(g.states.flatMap((st, i) => (finish[i] ? [] : [st.node])));
  for (const id of trapped) problems.push({ where: `nodes.${id}`, message: 'no ending can be reached from here (a dead end or a loop with no way out)' });

  const comps = components(g);
  const ranges: ScenarioAnalysis['ranges'] = {};
  for (const d of s.dimensions) {
    const x = extremes(g, comps, (e: Edge) => e.effects[d.id] ?? 0);
    for (const loop of x.scoringLoops) problems.push({ where: `nodes.${g.states[loop.state]!.node}`, message: `a loop through this node changes ${d.label} each time round; loops must not change scores` });
    ranges[d.id] = { best: x.best[0]!, worst: x.worst[0]! };
  }
  const total = (e: Edge) => Object.values(e.effects).reduce((a, b) => a + b, 0);
  const all = extremes(g, comps, total);
  const path = all.scoringLoops.length || Number.isNaN(all.best[0]!) ? [] : bestPath(g, comps, total, all.best);
  return { problems, ranges, bestPath: path };
}
