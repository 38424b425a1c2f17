import type { Scenario } from '../../schemas/scenario.ts';
import { isOpen } from './engine.ts';

/*
 * The scenario as a graph of play states: a node together with the flags set on the way there
 * (flags decide which choices are open, so the same node with other flags is another state).
 * Everything the checks and the score ranges need is computed on this graph, in linear time:
 * reachable states by breadth-first search, loops by Tarjan's strongly connected components,
 * and best/worst totals by dynamic programming over the components in reverse topological order.
 */

export interface Edge {
  /** Choice index at the node. */
  choice: number;
  to: number;
  /** Points per dimension id. */
  effects: Record<string, number>;
}

export interface StateGraph {
  /** States by number; 0 is the start. */
  states: { node: string; flags: string[]; edges: Edge[]; ending: boolean }[];
  /** True when exploration stopped at MAX_STATES: the checks then say so instead of guessing. */
  truncated: boolean;
}

/** More play states than this means the flags combine too freely to check; the author is told. */
export const MAX_STATES = 200_000;

/**
 * The flags that can still matter at each node: those required by a choice at that node or at any
 * node reachable from it. Keeping only these in a state stops flags from multiplying the states:
 * a flag nobody later asks for no longer tells two states apart.
 */
export function relevantFlags(s: Scenario): Map<string, Set<string>> {
  const preds = new Map<string, string[]>();
  const relevant = new Map<string, Set<string>>();
  for (const [id, node] of Object.entries(s.nodes)) {
    relevant.set(id, new Set((node.choices ?? []).flatMap((c) => c.requires)));
    for (const c of node.choices ?? []) preds.set(c.next, [...(preds.get(c.next) ?? []), id]);
  }
  const queue = [...relevant.keys()];
  while (queue.length) {
    const v = queue.pop()!;
    for (const u of preds.get(v) ?? []) {
      const mine = relevant.get(u)!;
      const before = mine.size;
      for (const f of relevant.get(v)!) mine.add(f);
      if (mine.size > before) queue.push(u);
    }
  }
  return relevant;
}

const keyOf = (node: string, flags: readonly string[]) => `${node}\u0000${[...flags].sort().join(',')}`;

/** All play states reachable from the start. Choices leading to unknown nodes are left out (the checks report them). */
export function exploreStates(s: Scenario): StateGraph {
  const index = new Map<string, number>();
  const states: StateGraph['states'] = [];
  const relevant = relevantFlags(s);
  const add = (node: string, all: string[]) => {
    const keep = relevant.get(node);
    const flags = keep ? all.filter((f) => keep.has(f)) : [];
    const key = keyOf(node, flags);
    let id = index.get(key);
    if (id === undefined) {
      id = states.length;
      index.set(key, id);
      states.push({ node, flags, edges: [], ending: !!s.nodes[node]?.ending });
    }
    return id;
  };
  add(s.start, []);
  for (let i = 0; i < states.length; i++) {
    if (states.length > MAX_STATES) return { states, truncated: true };
    const { node, flags } = states[i]!;
    (s.nodes[node]?.choices ?? []).forEach((choice, c) => {
      if (!isOpen(choice, flags) || !s.nodes[choice.next]) return;
      const next = [...flags, ...choice.sets.filter((f) => !flags.includes(f))];
      states[i]!.edges.push({ choice: c, to: add(choice.next, next), effects: choice.effects });
    });
  }
  return { states, truncated: false };
}

/** Which states can reach an ending. */
export function canFinish(g: StateGraph): boolean[] {
  const reverse: number[][] = g.states.map(() => []);
  g.states.forEach((st, i) => st.edges.forEach((e) => reverse[e.to]!.push(i)));
  const ok = g.states.map((st) => st.ending);
  const queue = g.states.flatMap((st, i) => (st.ending ? [i] : []));
  while (queue.length) for (const p of reverse[queue.pop()!]!) if (!ok[p]) (ok[p] = true), queue.push(p);
  return ok;
}

/** Strongly connected components (iterative Tarjan), in reverse topological order: a component comes after every component it leads to. */
export function components(g: StateGraph): number[][] {
  const n = g.states.length;
  const index = new Array<number>(n).fill(-1);
  const low = new Array<number>(n).fill(0);
  const onStack = new Array<boolean>(n).fill(false);
  const stack: number[] = [];
  const out: number[][] = [];
  let counter = 0;
  for (let root = 0; root < n; root++) {
    if (index[root] !== -1) continue;
    const work: [number, number][] = [[root, 0]];
    index[root] = low[root] = counter++;
    stack.push(root);
    onStack[root] = true;
    while (work.length) {
      const frame = work[work.length - 1]!;
      const [v, i] = frame;
      const edges = g.states[v]!.edges;
      if (i < edges.length) {
        frame[1]++;
        const w = edges[i]!.to;
        if (index[w] === -1) {
          index[w] = low[w] = counter++;
          stack.push(w);
          onStack[w] = true;
          work.push([w, 0]);
        } else if (onStack[w]) low[v] = Math.min(low[v]!, index[w]!);
        continue;
      }
      work.pop();
      if (work.length) {
        const parent = work[work.length - 1]![0];
        low[parent] = Math.min(low[parent]!, low[v]!);
      }
      if (low[v] === index[v]) {
        const comp: number[] = [];
        let w: number;
        do {
          w = stack.pop()!;
          onStack[w] = false;
          comp.push(w);
        } while (w !== v);
        out.push(comp);
      }
    }
  }
  return out;
}

export type Weight = (e: Edge) => number;

export interface Extremes {
  /** Best and worst total from each state to an ending; NaN where no ending can be reached. */
  best: number[];
  worst: number[];
  /** Loops whose round trip changes the total: [state on the loop, net change]. Scores are then undefined. */
  scoringLoops: { state: number }[];
}

/**
 * Best and worst totals to an ending for one weight (a dimension, or the sum of all). Within a
 * loop every round trip must net zero; then each state in a component has a potential, and a
 * path's weight inside the component is the difference of potentials.
 */
export function extremes(g: StateGraph, comps: number[][], weight: Weight): Extremes {
  const n = g.states.length;
  const compOf = new Array<number>(n);
  comps.forEach((c, i) => c.forEach((v) => (compOf[v] = i)));
  const best = new Array<number>(n).fill(Number.NaN);
  const worst = new Array<number>(n).fill(Number.NaN);
  const scoringLoops: { state: number }[] = [];
  const pot = new Array<number>(n).fill(0);
  comps.forEach((comp, ci) => {
    // Potentials inside the component, and a check that every inner edge agrees with them.
    const seen = new Set([comp[0]!]);
    const queue = [comp[0]!];
    while (queue.length) {
      const u = queue.shift()!;
      for (const e of g.states[u]!.edges) {
        if (compOf[e.to] !== ci || seen.has(e.to)) continue;
        pot[e.to] = pot[u]! + weight(e);
        seen.add(e.to);
        queue.push(e.to);
      }
    }
    let loop = false;
    for (const u of comp) for (const e of g.states[u]!.edges) if (compOf[e.to] === ci && pot[u]! + weight(e) !== pot[e.to]) loop = true;
    if (loop) scoringLoops.push({ state: comp[0]! });
    let hi = -Infinity;
    let lo = Infinity;
    for (const s of comp) {
      let exitHi = g.states[s]!.ending ? 0 : -Infinity;
      let exitLo = g.states[s]!.ending ? 0 : Infinity;
      for (const e of g.states[s]!.edges) {
        if (compOf[e.to] === ci || Number.isNaN(best[e.to]!)) continue;
        exitHi = Math.max(exitHi, weight(e) + best[e.to]!);
        exitLo = Math.min(exitLo, weight(e) + worst[e.to]!);
      }
      hi = Math.max(hi, pot[s]! + exitHi);
      lo = Math.min(lo, pot[s]! + exitLo);
    }
    for (const u of comp) {
      best[u] = hi === -Infinity ? Number.NaN : hi - pot[u]!;
      worst[u] = lo === Infinity ? Number.NaN : lo - pot[u]!;
    }
  });
  return { best, worst, scoringLoops };
}

/** The choices of a path that reaches the best total (for the report's "best path"). */
export function bestPath(g: StateGraph, comps: number[][], weight: Weight, best: number[]): number[] {
  const compOf = new Array<number>(g.states.length);
  comps.forEach((c, i) => c.forEach((v) => (compOf[v] = i)));
  // A state "exits well" when it ends the story at its best total, or leaves its loop by an edge that keeps it.
  const exitEdge = (v: number) => g.states[v]!.edges.find((e) => compOf[e.to] !== compOf[v] && weight(e) + best[e.to]! === best[v]);
  const endsHere = (v: number) => g.states[v]!.ending && best[v] === 0;
  const path: number[] = [];
  let u = 0;
  while (!Number.isNaN(best[u]!) && !endsHere(u)) {
    const out = exitEdge(u);
    if (out) {
      path.push(out.choice);
      u = out.to;
      continue;
    }
    // Inside a loop every round trip nets zero, so walk (breadth-first) to a member that exits well.
    const from = new Map<number, { prev: number; choice: number }>([[u, { prev: -1, choice: -1 }]]);
    const queue = [u];
    let goal = -1;
    while (queue.length && goal < 0) {
      const v = queue.shift()!;
      for (const e of g.states[v]!.edges) {
        if (compOf[e.to] !== compOf[u] || from.has(e.to)) continue;
        from.set(e.to, { prev: v, choice: e.choice });
        if (exitEdge(e.to) || endsHere(e.to)) { goal = e.to; break; }
        queue.push(e.to);
      }
    }
    if (goal < 0) break;
    const steps: number[] = [];
    for (let v = goal; v !== u; v = from.get(v)!.prev) steps.unshift(from.get(v)!.choice);
    path.push(...steps);
    u = goal;
  }
  return path;
}

/** Fewest decisions from each node to an ending, following every choice (flags aside): the player's sense of progress. */
export function decisionsToEnd(s: Scenario): Record<string, number> {
  const reverse = new Map<string, string[]>();
  for (const [id, node] of Object.entries(s.nodes)) for (const c of node.choices ?? []) reverse.set(c.next, [...(reverse.get(c.next) ?? []), id]);
  const dist: Record<string, number> = {};
  const queue = Object.keys(s.nodes).filter((id) => s.nodes[id]!.ending);
  for (const id of queue) dist[id] = 0;
  while (queue.length) {
    const v = queue.shift()!;
    for (const u of reverse.get(v) ?? []) if (dist[u] === undefined) (dist[u] = dist[v]! + 1), queue.push(u);
  }
  return dist;
}
