import { describe, expect, it } from 'vitest';
import { stringify } from 'yaml';
import { ScenarioSchema, type Scenario } from '../../src/schemas/scenario.ts';
import { validateScenario } from '../../src/lib/scenario/validate.ts';
import { checkCompliance } from '../../src/lib/scenario/compliance.ts';
import { checkContent, formatProblem } from '../../src/lib/content/check.ts';

/*
 * The compliance rules of src/lib/scenario/compliance.ts, one row per rule that fires, on small
 * inline scenarios: (a) the best path reaches the highest compliance score with no choice that
 * costs compliance; (b) no ending rated good is reachable with a negative compliance total.
 */

const end = (rating: 'good' | 'mixed' | 'poor') => ({ speaker: 'narrator', text: '结束。', ending: { title: rating, rating } });
const go = (label: string, next: string, effects: Record<string, number> = {}, extra: Record<string, unknown> = {}) => ({ label, next, consequence: `${label}。`, effects, ...extra });

/** A kickback request: refuse and report (best), or pay it. */
const base = {
  id: 'kickback', title: '好处费', summary: '采购经理要好处费。', lesson: ['roles'], minutes: 5,
  dimensions: [{ id: 'value', label: '价值呈现' }, { id: 'compliance', label: '合规' }],
  cast: [{ id: 'wu', name: '吴经理', title: '采购经理', role: ['buyer', 'gatekeeper'] }],
  start: 'ask',
};
const scenario = (nodes: Record<string, unknown>, extra: Record<string, unknown> = {}): Scenario => ScenarioSchema.parse({ ...base, ...extra, nodes });
const check = (s: Scenario) => {
  const a = validateScenario(s);
  expect(a.problems).toEqual([]);
  return checkCompliance(s, a).map((p) => `${p.where}: ${p.message}`);
};

const sound = scenario({
  ask: { speaker: 'wu', text: '留 3 个点给我。', choices: [go('拒绝并报告', 'won', { compliance: 3, value: 1 }), go('答应', 'caught', { compliance: -3, value: 2 })] },
  won: end('good'),
  caught: end('poor'),
});

describe('checkCompliance: a sound scenario', () => {
  it('passes: the best path refuses, and no good ending is reached with negative compliance', () => {
    expect(check(sound)).toEqual([]);
  });

  it('passes when an honest self-report after a slip ends mixed with a negative total', () => {
    const s = scenario({
      ask: { speaker: 'wu', text: '名单要不要？', choices: [go('婉拒并报备', 'won', { compliance: 3 }), go('看一眼', 'slip', { compliance: -3 })] },
      slip: { speaker: 'narrator', text: '名单在手机里。', choices: [go('删除并自报', 'recused', { compliance: 1 }), go('用它', 'caught', { compliance: -3 })] },
      won: end('good'), recused: end('mixed'), caught: end('poor'),
    });
    expect(check(s)).toEqual([]);
  });

  it('does nothing for a scenario that scores no compliance', () => {
    const s = scenario({ ask: { speaker: 'wu', text: '开场。', choices: [go('推进', 'won', { value: 1 })] }, won: end('good') }, { dimensions: [{ id: 'value', label: '价值呈现' }] });
    expect(check(s)).toEqual([]);
  });
});

describe('checkCompliance: each rule that fires, named by node', () => {
  it.each<[string, Scenario, string[]]>([
    [
      '(a) a choice on the best path costs compliance',
      scenario({
        ask: { speaker: 'wu', text: '留 3 个点给我。', choices: [go('用折扣代替好处费', 'won', { compliance: -1, value: 5 }), go('拒绝并报告', 'ok', { compliance: 2 })] },
        won: end('mixed'), ok: end('mixed'),
      }),
      [
        'nodes.ask.choices[0]: is on the best path, but costs 合规 -1; no choice on the best path may cost compliance points',
        'nodes.won: the best path (ask → won) ends here with 合规 -1, but 2 is possible; the best path must reach the highest compliance score',
      ],
    ],
    [
      '(a) the best path falls short of the highest compliance score',
      scenario({
        ask: { speaker: 'wu', text: '留 3 个点给我。', choices: [go('拒绝', 'won', { compliance: 1, value: 4 }), go('拒绝、记录并报告', 'ok', { compliance: 3 })] },
        won: end('good'), ok: end('good'),
      }),
      ['nodes.won: the best path (ask → won) ends here with 合规 1, but 3 is possible; the best path must reach the highest compliance score'],
    ],
    [
      '(b) a good ending reachable with a negative compliance total',
      scenario({
        ask: { speaker: 'wu', text: '留 3 个点给我。', choices: [go('拒绝并报告', 'won', { compliance: 3, value: 1 }), go('答应', 'paid', { compliance: -3 })] },
        paid: { speaker: 'narrator', text: '合同签了。', choices: [go('补一份说明', 'won', { compliance: 1 }), go('不管', 'caught')] },
        won: end('good'), caught: end('poor'),
      }),
      ['nodes.won: is rated good, but can be reached with 合规 -2 (ask → paid → won); an ending reached with a negative compliance total must not be rated good'],
    ],
    [
      'a compliance dimension under another id',
      scenario(
        { ask: { speaker: 'wu', text: '留 3 个点给我。', choices: [go('答应', 'won', { rules: -3, value: 1 })] }, won: end('good') },
        { dimensions: [{ id: 'value', label: '价值呈现' }, { id: 'rules', label: 'Compliance' }] },
      ),
      ['dimensions[1].id: "Compliance" is scored under the id "rules"; use the id "compliance" so that the compliance rules apply to it'],
    ],
  ])('%s', (_, s, expected) => {
    expect(check(s)).toEqual(expected);
  });
});

describe('npm run check:content applies the rules, naming file and node', () => {
  const lesson = '---\ntitle: 角色\ndescription: 一个最小但完整的课节，用于测试。\norder: 1\nminutes: 5\nobjectives: [认识角色]\n---\n\n## 角色\n\n正文。\n';
  const course = 'title: {zh-CN: 演示}\nsummary: {zh-CN: 摘要}\naudience: {zh-CN: 学员}\nobjectives: {zh-CN: [说出一件事]}\nlessons: [roles]\n';
  const FILE = 'content/courses/demo/zh-CN/scenarios/kickback.yaml';
  const files = (s: unknown) => [
    { path: 'content/courses/demo/course.yaml', text: course },
    { path: 'content/courses/demo/zh-CN/lessons/01-roles.mdx', text: lesson },
    { path: FILE, text: stringify(s) },
  ];

  it('a sound scenario passes', () => {
    expect(checkContent(files({ ...base, nodes: sound.nodes })).problems.map(formatProblem)).toEqual([]);
  });

  it('a good ending after a kickback fails', () => {
    const nodes = { ...sound.nodes, caught: end('good') };
    expect(checkContent(files({ ...base, nodes })).problems.map(formatProblem)).toEqual([
      `${FILE} › nodes.caught: is rated good, but can be reached with 合规 -3 (ask → caught); an ending reached with a negative compliance total must not be rated good`,
    ]);
  });
});
