import { describe, expect, it } from 'vitest';
import { ScenarioSchema, type Scenario } from '../../src/schemas/scenario.ts';
import { available, choose, describePath, isEnded, replay, startState } from '../../src/lib/scenario/engine.ts';

/** A small deal: ask first (learn the process), then a flag-gated good move, or push and lose. */
export const deal: Scenario = ScenarioSchema.parse({
  id: 'deal', title: '演示', summary: '演示情景。', lesson: ['roles'], minutes: 5,
  dimensions: [{ id: 'roles', label: '角色识别' }, { id: 'compliance', label: '合规' }],
  cast: [{ id: 'li', name: '李主任', title: '信息中心主任', role: 'influencer' }, { id: 'zhou', name: '周局长', title: '局长', role: ['decider'] }],
  start: 'meet',
  nodes: {
    meet: { speaker: 'li', text: '开场', choices: [
      { label: '请教流程', next: 'learned', effects: { roles: 2 }, consequence: '李主任介绍了流程。', sets: ['knows'], reveals: ['li', 'zhou'] },
      { label: '约局长吃饭', next: 'cold', effects: { roles: -1, compliance: -2 }, consequence: '回复变得客气。' },
    ] },
    learned: { speaker: 'narrator', text: '下一步？', choices: [
      { label: '按流程汇报', next: 'win', effects: { roles: 1, compliance: 1 }, consequence: '列入汇报。', requires: ['knows'] },
      { label: '等公告', next: 'lose', consequence: '需求已定。' },
    ] },
    cold: { speaker: 'narrator', text: '冷场。', choices: [
      { label: '回头再请教流程', next: 'learned', consequence: '李主任勉强介绍了流程。', sets: ['knows'] },
      { label: '等公告', next: 'lose', consequence: '需求已定。' },
    ] },
    win: { speaker: 'narrator', text: '进入短名单。', ending: { title: '短名单', rating: 'good' } },
    lose: { speaker: 'narrator', text: '被动应标。', ending: { title: '被动', rating: 'poor' } },
  },
});

describe('engine', () => {
  it('starts at the start with zero scores and nothing known', () => {
    expect(startState(deal)).toEqual({ node: 'meet', path: [], scores: { roles: 0, compliance: 0 }, flags: [], revealed: [] });
  });

  it('a choice moves on, adds its effects, sets flags and reveals roles', () => {
    const s = choose(deal, startState(deal), 0);
    expect(s).toEqual({ node: 'learned', path: [0], scores: { roles: 2, compliance: 0 }, flags: ['knows'], revealed: ['li', 'zhou'] });
  });

  it('offers a flag-gated choice only once the flag is set', () => {
    const viaCold = choose(deal, startState(deal), 1);
    expect(available(deal, viaCold).map((c) => c.index)).toEqual([0, 1]);
    const skipped = { ...choose(deal, viaCold, 1), node: 'learned' }; // at "learned" without the flag
    expect(available(deal, skipped).map((c) => c.choice.label)).toEqual(['等公告']);
    expect(() => choose(deal, skipped, 0)).toThrow('choice 0 is not available at node "learned"');
  });

  it('reaches an ending, after which nothing is offered', () => {
    const end = choose(deal, choose(deal, startState(deal), 0), 0);
    expect(end.node).toBe('win');
    expect(isEnded(deal, end)).toBe(true);
    expect(end.scores).toEqual({ roles: 3, compliance: 1 });
    expect(available(deal, end)).toEqual([]);
    expect(() => choose(deal, end, 0)).toThrow();
  });

  it('does not count a flag or a reveal twice', () => {
    const s = choose(deal, choose(deal, choose(deal, startState(deal), 1), 0), 0);
    expect(s.flags).toEqual(['knows']);
  });

  it.each([
    ['a complete path', [0, 0], 'win', true],
    ['a path in progress', [1], 'cold', true],
    ['a path that no longer fits stops before the bad step', [1, 5, 0], 'cold', false],
    ['an empty path', [], 'meet', true],
  ])('replays %s', (_, path, node, complete) => {
    const out = replay(deal, path as number[]);
    expect(out.state.node).toBe(node);
    expect(out.complete).toBe(complete);
  });

  it('describes a path as the choices taken', () => {
    expect(describePath(deal, [1, 0, 0]).map((s) => `${s.node}:${s.choice.label}`)).toEqual(['meet:约局长吃饭', 'cold:回头再请教流程', 'learned:按流程汇报']);
  });
});
