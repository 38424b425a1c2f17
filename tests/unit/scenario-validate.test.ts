import { describe, expect, it } from 'vitest';
import { ScenarioSchema, type Scenario } from '../../src/schemas/scenario.ts';
import { validateScenario } from '../../src/lib/scenario/validate.ts';
import { decisionsToEnd } from '../../src/lib/scenario/graph.ts';
import { deal } from './scenario-engine.test.ts';
import { generateScenario } from '../../scripts/generate.ts';

/** The deal with some nodes replaced or added. */
const variant = (nodes: Record<string, unknown>, extra: Record<string, unknown> = {}): Scenario =>
  ScenarioSchema.parse({ ...deal, ...extra, nodes: { ...deal.nodes, ...nodes } });
const messages = (s: Scenario) => validateScenario(s).problems.map((p) => `${p.where}: ${p.message}`);
const end = (title = '结束') => ({ speaker: 'narrator', text: '结束。', ending: { title, rating: 'mixed' } });
const step = (next: string, extra: Record<string, unknown> = {}) => ({ label: '继续', next, consequence: '继续。', ...extra });

describe('validateScenario: a sound scenario', () => {
  it('has no problems, and its score ranges and best path are right', () => {
    const a = validateScenario(deal);
    expect(a.problems).toEqual([]);
    expect(a.ranges).toEqual({ roles: { best: 3, worst: -1 }, compliance: { best: 1, worst: -2 } });
    expect(a.bestPath).toEqual([0, 0]);
  });

  it('counts the fewest decisions to an ending from each node', () => {
    expect(decisionsToEnd(deal)).toEqual({ win: 0, lose: 0, learned: 1, cold: 1, meet: 2 });
  });
});

describe('validateScenario: each defect named by node and field', () => {
  it.each<[string, Scenario, string]>([
    ['an unknown next target', variant({ learned: { ...deal.nodes.learned, choices: [step('nowhere')] } }), 'nodes.learned.choices[0].next: "nowhere" is not a node'],
    ['an unknown dimension', variant({ learned: { speaker: 'narrator', text: 'x', choices: [step('win', { effects: { charm: 2 } })] } }), 'nodes.learned.choices[0].effects.charm: "charm" is not a dimension (roles, compliance)'],
    ['an unknown speaker', variant({ learned: { ...deal.nodes.learned, speaker: 'wang' } }), 'nodes.learned.speaker: "wang" is not in the cast (or "narrator")'],
    ['an unknown cast member revealed', variant({ learned: { speaker: 'narrator', text: 'x', choices: [step('win', { reveals: ['wang'] })] } }), 'nodes.learned.choices[0].reveals: "wang" is not in the cast'],
    ['an unreachable node', variant({ orphan: end() }), 'nodes.orphan: cannot be reached from the start'],
    ['a node with neither choices nor an ending', variant({ learned: { speaker: 'narrator', text: '无事发生。' } }), 'nodes.learned: has neither choices nor an ending'],
    ['a node with both', variant({ learned: { ...deal.nodes.learned, ending: { title: 'x', rating: 'good' } } }), 'nodes.learned: has both choices and an ending; give it one'],
    ['a loop with no way out', variant({ cold: { speaker: 'narrator', text: '打转', choices: [step('spin')] }, spin: { speaker: 'narrator', text: '打转', choices: [step('cold')] } }), 'nodes.cold: no ending can be reached from here (a dead end or a loop with no way out)'],
    ['a required flag that is never set', variant({ learned: { speaker: 'narrator', text: 'x', choices: [step('win', { requires: ['magic'] }), step('lose')] } }), 'nodes.learned.choices[0].requires: flag "magic" is never set by any choice, so this choice can never be offered'],
    ['a required flag set only after the choice', variant({
      meet: { speaker: 'li', text: '开场', choices: [step('learned')] },
      learned: { speaker: 'narrator', text: 'x', choices: [step('win', { requires: ['late'] }), step('after')] },
      after: { speaker: 'narrator', text: 'y', choices: [step('lose', { sets: ['late'] })] },
    }), 'nodes.learned.choices[0].requires: flag(s) late are never set on any way to this node, so the choice is never offered'],
    ['a duplicate cast id', variant({}, { cast: [...deal.cast, { id: 'li', name: '李四', title: '科员', role: 'user' }] }), 'cast[2].id: cast member id "li" is used twice'],
    ['a duplicate dimension id', variant({}, { dimensions: [...deal.dimensions, { id: 'roles', label: '又一个' }] }), 'dimensions[2].id: dimension id "roles" is used twice'],
    ['a start that is not a node', variant({}, { start: 'begin' }), 'start: "begin" is not a node'],
  ])('%s', (_, scenario, expected) => {
    expect(messages(scenario)).toContain(expected);
  });
});

describe('a loop that changes a score', () => {
  it('is reported at a node on the loop, per dimension', () => {
    const s = variant({ cold: { speaker: 'narrator', text: '打转', choices: [step('meet', { effects: { compliance: 1 } }), step('lose')] } });
    const found = messages(s).filter((m) => /loop through this node changes/.test(m));
    expect(found).toHaveLength(2);
    expect(found[0]).toMatch(/^nodes\.(meet|cold): a loop through this node changes 角色识别 each time round; loops must not change scores$/);
    expect(found[1]).toMatch(/^nodes\.(meet|cold): a loop through this node changes 合规 each time round/);
  });
});

describe('score ranges with loops', () => {
  it('a loop that nets zero leaves the ranges well defined', () => {
    // cold → learned is already a way back; add a zero-effect "ask again" loop at learned.
    const s = variant({ learned: { ...deal.nodes.learned, choices: [...deal.nodes.learned!.choices!, step('cold')] } });
    const a = validateScenario(s);
    expect(a.problems).toEqual([]);
    expect(a.ranges.roles).toEqual({ best: 3, worst: -1 });
    expect(a.bestPath).toEqual([0, 0]);
  });

  it('finds the best exit of a loop even when it is reached from deep inside', () => {
    // a ⇄ b loop (zero net), the good exit only from b.
    const s = ScenarioSchema.parse({
      ...deal, start: 'a', cast: deal.cast, dimensions: [{ id: 'roles', label: '角色识别' }],
      nodes: {
        a: { speaker: 'narrator', text: 'a', choices: [step('b', { effects: { roles: 1 } }), step('bad', { effects: { roles: -2 } })] },
        b: { speaker: 'narrator', text: 'b', choices: [step('a', { effects: { roles: -1 } }), step('good', { effects: { roles: 5 } })] },
        good: end('好'), bad: end('差'),
      },
    });
    const a = validateScenario(s);
    expect(a.problems).toEqual([]);
    expect(a.ranges.roles).toEqual({ best: 6, worst: -2 });
    expect(a.bestPath).toEqual([0, 1]);
  });

  // How long it takes is reported by `npm run bench`, never asserted: a timing depends on the machine.
  it('checks a generated 5,000-node scenario with loops and flags', () => {
    const s = generateScenario(5000);
    const a = validateScenario(s);
    expect(a.problems).toEqual([]);
    // Each step forward earns a point; the flag-gated shortcuts earn 3 for 3 steps, so the best is 5,000.
    expect(a.ranges.roles!.best).toBe(5000);
    expect(a.ranges.compliance!.worst).toBeLessThan(-1000);
    expect(a.ranges.compliance!.best).toBe(0);
    expect(a.bestPath.length).toBeGreaterThan(1000);
  });
});
