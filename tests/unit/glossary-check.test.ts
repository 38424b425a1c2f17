import { describe, expect, it } from 'vitest';
import { checkGlossaries, readableBody } from '../../src/lib/content/glossary.ts';
import { checkContent, formatProblem, type ContentFile } from '../../src/lib/content/check.ts';

const GLOSSARY = 'content/courses/demo/glossary.yaml';
const COURSE = 'content/courses/demo/course.yaml';
const ZH = 'content/courses/demo/zh-CN/lessons/01-first.mdx';
const EN = 'content/courses/demo/en/lessons/01-first.mdx';
const courseYaml = 'title: {zh-CN: 演示}\nsummary: {zh-CN: 摘要}\naudience: {zh-CN: 学员}\nobjectives: {zh-CN: [说出一件事]}\nlessons: [first]\n';
const lesson = (body: string) => `---\ntitle: 第一课\ndescription: 一个最小但完整的课节，用于测试。\norder: 1\nminutes: 5\nobjectives: [说出一件事]\n---\n\n${body}\n`;
const term = (id: string, zh: string, en: string, extra = '') =>
  `  - id: ${id}\n    term: { zh-CN: ${zh}, en: ${en} }\n    definition: { zh-CN: 定义。, en: A definition. }\n    lesson: first\n${extra}`;
const files = (glossary: string, zh = '决策者拍板，采购人员执行。', en = 'The decider decides; the buyer runs it.'): ContentFile[] => [
  { path: COURSE, text: courseYaml },
  { path: 'content/courses/demo/sources.yaml', text: '- id: gpl\n  title: {zh-CN: 政府采购法}\n  note: {zh-CN: 适用范围。}\n' },
  { path: ZH, text: lesson(zh) },
  { path: EN, text: lesson(en) },
  { path: GLOSSARY, text: glossary },
];
const run = (fs: ContentFile[]) => {
  const r = checkGlossaries(fs);
  return { problems: r.problems.map(formatProblem), warnings: r.warnings.map(formatProblem) };
};
const good = 'terms:\n' + term('decider', '决策者', 'decider') + term('buyer', '采购人员', 'buyer');

describe('checkGlossaries', () => {
  it('passes a glossary whose terms occur in their lesson', () => {
    expect(run(files(good))).toEqual({ problems: [], warnings: [] });
  });

  it.each([
    ['YAML that cannot be read', 'terms: [', `${GLOSSARY}: YAML cannot be read (line 1)`],
    ['a missing English term', 'terms:\n  - id: a\n    term: { zh-CN: 甲 }\n    definition: { zh-CN: 定义。, en: A definition. }\n    lesson: first\n', `${GLOSSARY} › terms[0] "a".term.en: required field is missing`],
    ['an unknown field', 'terms:\n' + term('decider', '决策者', 'decider', '    note: x\n'), `${GLOSSARY} › terms[0] "decider": Unrecognized key: "note"`],
    ['an id with capitals', 'terms:\n' + term('Decider', '决策者', 'decider'), `${GLOSSARY} › terms[0] "Decider".id: use lower-case letters, digits and hyphens`],
    ['no terms', 'terms: []\n', `${GLOSSARY} › terms: Too small: expected array to have >=1 items`],
  ])('reports %s', (_, text, expected) => {
    expect(run(files(text)).problems.join('\n')).toContain(expected);
  });

  it.each([
    ['a duplicate id', good + term('decider', '拍板人', 'final say'), `${GLOSSARY} › terms[2] "decider".id: "decider" is also used by terms[0] "decider"`],
    ['a duplicate Chinese term', good + term('decider-2', '决策者', 'final say'), `${GLOSSARY} › terms[2] "decider-2".term.zh-CN: "决策者" is also used by terms[0] "decider"`],
    ['a duplicate English term, in another case', good + term('decider-2', '拍板人', 'Decider'), `${GLOSSARY} › terms[2] "decider-2".term.en: "Decider" is also used by terms[0] "decider"`],
    ['an unknown lesson', 'terms:\n' + term('decider', '决策者', 'decider').replace('lesson: first', 'lesson: second'), `${GLOSSARY} › terms[0] "decider".lesson: "second" is not a lesson of demo; lessons: first`],
    ['an unknown source', 'terms:\n' + term('decider', '决策者', 'decider', '    sources: [gpl, gpl-99]\n'), `${GLOSSARY} › terms[0] "decider".sources[1]: "gpl-99" is not an id in content/courses/demo/sources.yaml`],
  ])('reports %s as an error', (_, text, expected) => {
    expect(run(files(text)).problems).toEqual([expected]);
  });

  it.each([
    ['a Chinese term missing from its lesson', files(good, '采购人员执行。'), `${GLOSSARY} › terms[0] "decider".term.zh-CN: "决策者" does not occur in the text of ${ZH}, so the lesson cannot link to it`],
    ['an English term missing from its lesson', files(good, undefined, 'The buyer runs it.'), `${GLOSSARY} › terms[0] "decider".term.en: "decider" does not occur in the text of ${EN}, so the lesson cannot link to it`],
    ['a term only in a heading', files(good, '## 决策者\n\n采购人员执行。'), `${GLOSSARY} › terms[0] "decider".term.zh-CN: "决策者" does not occur in the text of ${ZH}, so the lesson cannot link to it`],
    ['a term only in a trainer note', files(good, '<TrainerNote>\n\n决策者\n\n</TrainerNote>\n\n采购人员执行。'), `${GLOSSARY} › terms[0] "decider".term.zh-CN: "决策者" does not occur in the text of ${ZH}, so the lesson cannot link to it`],
    ['a term only inside a longer term', files('terms:\n' + term('purchaser', '采购人', 'purchaser') + term('buyer', '采购人员', 'buyer'), '采购人员执行。', 'The purchaser buys; the buyer runs it.'), `${GLOSSARY} › terms[0] "purchaser".term.zh-CN: "采购人" does not occur in the text of ${ZH}, so the lesson cannot link to it`],
  ])('warns about %s, without an error', (_, fs, expected) => {
    expect(run(fs)).toEqual({ problems: [], warnings: [expected] });
  });

  it('finds English terms in any case, in the plural, and without a bracketed ending', () => {
    const text = 'terms:\n' + term('decider', '决策者', 'decider') + term('agency', '代理机构', 'procurement agency') + term('research', '需求调查', '"market research (needs survey)"');
    expect(run(files(text, '决策者、代理机构和需求调查。', 'Deciders, procurement agencies and market research.'))).toEqual({ problems: [], warnings: [] });
  });

  it('reads the body a trainee reads', () => {
    expect(readableBody(lesson('甲\n\n## 乙\n\n<Quiz />\n\n<Scenario id="x" />\n\n<TrainerNote>\n\n丙\n\n</TrainerNote>\n\n丁')).replace(/\s+/g, ' ').trim()).toBe('甲 丁');
  });

  it('runs inside checkContent: errors fail the check, warnings do not', () => {
    const report = checkContent(files(good.replace('lesson: first', 'lesson: second')));
    expect(report.problems.map(formatProblem)).toEqual([`${GLOSSARY} › terms[0] "decider".lesson: "second" is not a lesson of demo; lessons: first`]);
    expect(checkContent(files(good, '采购人员执行。')).problems).toEqual([]);
    expect(checkContent(files(good, '采购人员执行。')).warnings.map(formatProblem)).toEqual([`${GLOSSARY} › terms[0] "decider".term.zh-CN: "决策者" does not occur in the text of ${ZH}, so the lesson cannot link to it`]);
  });

  it('reserves the glossary page: no lesson may be called "glossary"', () => {
    const fs = files(good).map((f) => (f.path === COURSE ? { ...f, text: f.text.replace('[first]', '[glossary]') } : f.path === ZH ? { path: 'content/courses/demo/zh-CN/lessons/01-glossary.mdx', text: f.text } : f));
    expect(checkContent(fs).problems.map(formatProblem)).toContain('content/courses/demo/zh-CN/lessons/01-glossary.mdx: "glossary" is a page of every course; give the lesson another id');
  });
});
