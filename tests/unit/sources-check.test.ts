import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { checkContent, formatProblem, type ContentFile } from '../../src/lib/content/check.ts';
import { citedIds, citeTags, sourceUses } from '../../src/lib/content/sources.ts';
import { readContentTree } from '../../src/data/content-model.ts';
import { contentCheck } from '../../src/integrations/content-check.ts';

const COURSE = 'content/courses/demo/course.yaml';
const SOURCES = 'content/courses/demo/sources.yaml';
const LESSON = 'content/courses/demo/zh-CN/lessons/01-first.mdx';
const BANK = 'content/courses/demo/zh-CN/quizzes/first.yaml';
const SCENARIO = 'content/courses/demo/zh-CN/scenarios/deal.yaml';
const courseYaml = 'title: {zh-CN: 演示}\nsummary: {zh-CN: 摘要}\naudience: {zh-CN: 学员}\nobjectives: {zh-CN: [说出一件事]}\nlessons: [first]\n';
const entry = (id: string, extra = '') => `- id: ${id}\n  title: {zh-CN: 政府采购法实施条例, en: Implementing Regulations}\n${extra}  note: {zh-CN: 说明。, en: A note.}\n`;
const sourcesYaml = entry('gp-regs-18', '  article: {zh-CN: 第十八条, en: Art. 18}\n  date: "2015-03-01"\n') + entry('gpl');
const lesson = (body: string) => `---\ntitle: 第一课\ndescription: 一个最小但完整的课节，用于测试。\norder: 1\nminutes: 5\nobjectives: [说出一件事]\n---\n\n${body}\n`;
const question = (id: string, sources?: string) =>
  `  - id: ${id}\n    type: truefalse\n    prompt: 一个陈述。\n    section: 第一节\n    answer: true\n    feedback: {true: 对。, false: 错。}\n${sources ? `    sources: ${sources}\n` : ''}`;
const bank = (sources: string) => `lesson: first\nquestions:\n${question('q1', sources)}${['q2', 'q3', 'q4', 'q5'].map((q) => question(q)).join('')}`;
const scenario = (nodeSources: string, debriefSources: string) => `id: deal
title: 一单生意
summary: 一个最小的情景。
lesson: [first]
minutes: 5
dimensions: [{id: roles, label: 角色识别}]
cast: [{id: wang, name: 王, title: 主任, role: decider}]
start: start
nodes:
  start:
    speaker: wang
    text: 开始。
    choices: [{label: 结束, next: end, consequence: 结束了。}]
${nodeSources ? `    sources: ${nodeSources}\n` : ''}  end:
    speaker: narrator
    text: 结束。
    ending: {title: 完, rating: good}
debrief:
  - lesson: first
    text: 要点。
${debriefSources ? `    sources: ${debriefSources}\n` : ''}`;

const body = '## 第一节\n\n一个论断<Cite id="gp-regs-18" />。\n\n<Quiz />\n\n<Scenario id="deal" />';
/** A course that cites correctly everywhere; each case below breaks one file. */
const good = (): Record<string, string> => ({
  [COURSE]: courseYaml,
  [SOURCES]: sourcesYaml,
  [LESSON]: lesson(body),
  [BANK]: bank('[gp-regs-18]'),
  [SCENARIO]: scenario('[gpl]', '[gp-regs-18, gpl]'),
});
const messages = (change: Record<string, string | null>) => {
  const tree = { ...good(), ...change };
  const files: ContentFile[] = Object.entries(tree).flatMap(([path, text]) => (text === null ? [] : [{ path, text }]));
  return checkContent(files).problems.map(formatProblem);
};

describe('sources: the content check', () => {
  it('passes a course whose lesson, question, scenario node and debrief cite known ids', () => {
    expect(messages({})).toEqual([]);
  });

  it('passes a course with no sources.yaml that cites nothing', () => {
    expect(messages({ [SOURCES]: null, [LESSON]: lesson(body.replace('<Cite id="gp-regs-18" />', '')), [BANK]: bank(''), [SCENARIO]: scenario('', '') })).toEqual([]);
  });

  it.each([
    ['YAML that cannot be read', { [SOURCES]: '- id: [gpl' }, `${SOURCES}: YAML cannot be read (line 1): Flow sequence in block collection must be sufficiently indented and end with a ] at line 1, column 11:`],
    ['a missing note', { [SOURCES]: sourcesYaml.replace('  note: {zh-CN: 说明。, en: A note.}\n', '') }, `${SOURCES} › [0] "gp-regs-18".note: required field is missing`],
    ['a missing Chinese title', { [SOURCES]: entry('gpl').replace('zh-CN: 政府采购法实施条例, ', '') }, `${SOURCES} › [0] "gpl".title.zh-CN: required field is missing`],
    ['a duplicate id', { [SOURCES]: sourcesYaml + entry('gpl') }, `${SOURCES} › [2] "gpl".id: id "gpl" is also used by entry [1]`],
    ['an unquoted date', { [SOURCES]: sourcesYaml.replace('"2015-03-01"', '2015') }, `${SOURCES} › [0] "gp-regs-18".date: Invalid input: expected string, received number`],
    ['a malformed date', { [SOURCES]: sourcesYaml.replace('"2015-03-01"', '"2015-3-1"') }, `${SOURCES} › [0] "gp-regs-18".date: write a year, year-month or date in quotes, e.g. "2014", "1972-04" or "2015-03-01"`],
    ['an id with capitals', { [SOURCES]: entry('GPL') }, `${SOURCES} › [0] "GPL".id: use lower-case letters, digits and hyphens (for example "decision-process")`],
    ['an unknown field', { [SOURCES]: entry('gpl', '  url: https://example.org\n') }, `${SOURCES} › [0] "gpl": Unrecognized key: "url"`],
    ['a map instead of a list', { [SOURCES]: 'gpl: {title: x}' }, `${SOURCES}: Invalid input: expected array, received object`],
    ['an empty file', { [SOURCES]: '' }, `${SOURCES}: Too small: expected array to have >=1 items`],
  ])('rejects sources.yaml with %s', (_, change, expected) => {
    expect(messages(change)).toEqual([expected]);
  });

  it.each([
    ['an unknown id in a lesson', { [LESSON]: lesson(body.replace('gp-regs-18', 'gp-regs-81')) }, `${LESSON} › body line 4: <Cite id="gp-regs-81" />: "gp-regs-81" is not an id in ${SOURCES}`],
    ['a <Cite> without an id', { [LESSON]: lesson(body.replace(' id="gp-regs-18"', '')) }, `${LESSON} › body line 4: <Cite> needs id="…", an id from ${SOURCES}`],
    ['a <Cite> with an empty id', { [LESSON]: lesson(body.replace('gp-regs-18', '')) }, `${LESSON} › body line 4: <Cite> needs id="…", an id from ${SOURCES}`],
    ['an unknown id in a question', { [BANK]: bank('[gp-regs-18, gpl-99]') }, `${BANK} › questions[0] "q1".sources[1]: "gpl-99" is not an id in ${SOURCES}`],
    ['an unknown id in a scenario node', { [SCENARIO]: scenario('[tbl]', '[gpl]') }, `${SCENARIO} › nodes.start.sources[0]: "tbl" is not an id in ${SOURCES}`],
    ['an unknown id in a debrief entry', { [SCENARIO]: scenario('[gpl]', '[gpl, gp-regs-20]') }, `${SCENARIO} › debrief[0].sources[1]: "gp-regs-20" is not an id in ${SOURCES}`],
    ['a citation in a course with no sources.yaml', { [SOURCES]: null, [BANK]: bank(''), [SCENARIO]: scenario('', '') }, `${LESSON} › body line 4: <Cite id="gp-regs-18" />: "gp-regs-18" is cited, but the course has no ${SOURCES}`],
  ])('rejects %s', (_, change, expected) => {
    expect(messages(change)).toEqual([expected]);
  });

  it('does not also report every citation when sources.yaml itself is broken', () => {
    expect(messages({ [SOURCES]: 'id: [' })).toHaveLength(1);
  });

  it('passes the shipped course', () => {
    const root = fileURLToPath(new URL('../..', import.meta.url));
    const problems = checkContent(readContentTree(root)).problems.filter((p) => /sources|Cite/.test(p.message + p.file));
    expect(problems.map(formatProblem)).toEqual([]);
  });
});

describe('sources: reading citations', () => {
  const text = [
    '引言<Cite id="b" />，再引<Cite id="a"/>。',
    '```mdx',
    '<Cite id="in-code" />',
    '```',
    '行内代码 `<Cite id="inline" />` 不算。',
    '又引 <Cite id="b" /> 和 <Cite id=\'c\' /> 以及 <Cite />。',
  ].join('\n');

  it('finds every tag with its line, outside code', () => {
    expect(citeTags(text)).toEqual([
      { line: 1, id: 'b' },
      { line: 1, id: 'a' },
      { line: 6, id: 'b' },
      { line: 6, id: 'c' },
      { line: 6, id: null },
    ]);
  });

  it.each([
    ['numbers ids in order of first citation, once each', text, ['b', 'a', 'c']],
    ['gives nothing for a lesson that cites nothing', '## 一节\n\n正文。', []],
  ])('%s', (_, body, expected) => {
    expect(citedIds(body)).toEqual(expected);
  });

  it('collects where each id is cited', () => {
    const uses = sourceUses({
      lessons: [{ id: 'one', body: '<Cite id="a" /><Cite id="a" />' }, { id: 'two', body: '<Cite id="b" /><Cite id="a" />' }],
      quizzes: [{ lesson: 'one', questions: [{ id: 'q1', sources: ['a', 'a'] }, { id: 'q2' }] }],
      scenarios: [{ id: 's', nodes: { start: { sources: ['b'] }, end: {} }, debrief: [{}, { sources: ['a'] }] }],
    });
    expect(Object.fromEntries(uses)).toEqual({
      a: { lessons: ['one', 'two'], questions: [{ lesson: 'one', id: 'q1' }], scenarios: [{ scenario: 's', debrief: 1 }] },
      b: { lessons: ['two'], questions: [], scenarios: [{ scenario: 's', node: 'start' }] },
    });
  });
});

describe('sources: the broken-sources fixture', () => {
  const root = fileURLToPath(new URL('../..', import.meta.url));
  const fixture = fileURLToPath(new URL('../fixtures/broken-sources/', import.meta.url));
  const lessonFile = 'content/courses/demo/zh-CN/lessons/01-first.mdx';
  const expected = [
    `${lessonFile} › body line 6: <Cite id="gp-regs-81" />: "gp-regs-81" is not an id in ${SOURCES}`,
    `${lessonFile} › body line 6: <Cite> needs id="…", an id from ${SOURCES}`,
  ];

  it('npm run check:content names the lesson line of each bad <Cite>', () => {
    const run = spawnSync(process.execPath, ['scripts/check-content.ts', fixture], { cwd: root, encoding: 'utf8' });
    expect(run.status).toBe(1);
    for (const line of expected) expect(run.stderr).toContain(line);
  });

  it('the build stops with the same message', () => {
    const setup = contentCheck().hooks['astro:config:setup'] as unknown as (o: object) => void;
    const logger = { info: () => {} };
    expect(() => setup({ config: { root: new URL(`file://${fixture}`) }, logger })).toThrow(expected[0]);
  });
});
