import { describe, expect, it } from 'vitest';
import { checkEnglish, checkEnglishLine, type AvoidRule } from '../../src/lib/content/english.ts';
import { formatProblem } from '../../src/lib/content/check.ts';
import { GlossarySchema } from '../../src/schemas/glossary.ts';

const style = (found: string, use: string) => `"${found}": write "${use}" (house style: British spelling with -ize)`;
const avoided = (found: string, use: string, zh: string) => `"${found}": write "${use}" (${zh} in the glossary)`;

describe('house spelling', () => {
  it.each([
    ['The organisation decides.', [style('organisation', 'organization')]],
    ['They organised it and recognise it; prioritising helps.', [style('organised', 'organized'), style('recognise', 'recognize'), style('prioritising', 'prioritizing')]],
    ['We analyze the data; it was analyzed.', [style('analyze', 'analyse'), style('analyzed', 'analysed')]],
    ['the information center', [style('center', 'centre')]],
    ['The Information Center and its centers', [style('Center', 'Centre'), style('centers', 'centres')]],
    ['a training program; two programs', [style('program', 'programme'), style('programs', 'programmes')]],
    ['behavior, favors, colors, labor, neighbors', [style('behavior', 'behaviour'), style('favors', 'favours'), style('colors', 'colours'), style('labor', 'labour'), style('neighbors', 'neighbours')]],
    ['a behavioral change; their favorite', [style('behavioral', 'behavioural'), style('favorite', 'favourite')]],
    ['catalog, defense, offenses', [style('catalog', 'catalogue'), style('defense', 'defence'), style('offenses', 'offences')]],
    ['traveled, canceled, labeled, modeling', [style('traveled', 'travelled'), style('canceled', 'cancelled'), style('labeled', 'labelled'), style('modeling', 'modelling')]],
  ])('flags %j', (line, expected) => {
    expect(checkEnglishLine(line)).toEqual(expected);
  });

  it.each([
    'The organization organizes, recognizes and analyses.',
    'a computer program',
    'The centre runs a training programme.',
    'advise, exercise, enterprise, expertise, supervise, compromise, emphasis, analysis, analyses',
    'a rigorous, laborious and humorous, honorary review',
    'behaviour, favour, colour, labour, neighbour, catalogue, defence, offence',
    'travelled, cancelled, modelling, customers, specialist, realistic, authority, summaries',
  ])('leaves %j alone', (line) => {
    expect(checkEnglishLine(line)).toEqual([]);
  });
});

describe('glossary variants', () => {
  const rules: AvoidRule[] = [
    { variant: 'vice-president', use: 'deputy general manager', zh: '副总' },
    { variant: 'Party group', use: "leading Party members' group", zh: '党组' },
    { variant: 'Party leadership group', use: "leading Party members' group", zh: '党组' },
    { variant: 'Party leadership group meeting', use: 'bureau Party group meeting', zh: '局党组会' },
    { variant: 'party committee', use: 'Party committee', zh: '党委' },
    { variant: 'buyer (采购人)', use: 'purchaser', zh: '采购人' },
    { variant: 'quotation request', use: 'request for quotation', zh: '询价' },
  ];
  const fixed = ['deputy general manager', "leading Party members' group", 'bureau Party group meeting', 'Party committee', 'purchaser', 'buyer', 'request for quotation'];

  it.each([
    ['The vice-president said yes.', [avoided('vice-president', 'deputy general manager', '副总')]],
    ['The Vice-President said yes.', [avoided('Vice-President', 'deputy general manager', '副总')]],
    ['the Party group decided', [avoided('Party group', "leading Party members' group", '党组')]],
    ['at the Party leadership group meeting', [avoided('Party leadership group meeting', 'bureau Party group meeting', '局党组会')]],
    ['the party committee and the Party Committee', [avoided('party committee', 'Party committee', '党委'), avoided('Party Committee', 'Party committee', '党委')]],
    ['the buyer (采购人) signs', [avoided('buyer (采购人)', 'purchaser', '采购人')]],
    ['two quotation requests', [avoided('quotation requests', 'request for quotation', '询价')]],
    ['The organisation’s vice-president', [style('organisation', 'organization'), avoided('vice-president', 'deputy general manager', '副总')]],
  ])('flags %j', (line, expected) => {
    expect(checkEnglishLine(line, rules, fixed)).toEqual(expected);
  });

  it.each([
    'at the bureau Party group meeting',
    "the leading Party members' group and the leading Party members’ group",
    'the Party committee meeting; Party committees',
    'the buyer (采购人员) runs it for the purchaser (采购人)',
    'a request for quotation; requests for quotation',
    'The deputy general manager said yes.',
  ])('leaves %j alone', (line) => {
    expect(checkEnglishLine(line, rules, fixed)).toEqual([]);
  });
});

describe('checkEnglish', () => {
  const glossary = GlossarySchema.parse({
    terms: [{ id: 'deputy-gm', term: { 'zh-CN': '副总', en: 'deputy general manager' }, definition: { 'zh-CN': '定义。', en: 'A definition.' }, lesson: 'first', avoid: ['vice president'] }],
  });
  it('names file and line in English lessons, banks and scenarios, and nowhere else', () => {
    const files = [
      { path: 'content/courses/demo/en/lessons/01-first.mdx', text: '---\ntitle: x\n---\n\nThe vice president of the organisation.\n' },
      { path: 'content/courses/demo/en/quizzes/first.yaml', text: 'prompt: Who is the vice president?\n' },
      { path: 'content/courses/demo/en/scenarios/s.yaml', text: 'title: x\ntext: a training program\n' },
      { path: 'content/courses/demo/zh-CN/lessons/01-first.mdx', text: 'organisation vice president\n' },
      { path: 'content/courses/demo/glossary.yaml', text: 'avoid: [vice president]\n' },
    ];
    expect(checkEnglish(files, new Map([['demo', glossary]])).map(formatProblem)).toEqual([
      `content/courses/demo/en/lessons/01-first.mdx › line 5: ${avoided('vice president', 'deputy general manager', '副总')}`,
      `content/courses/demo/en/lessons/01-first.mdx › line 5: ${style('organisation', 'organization')}`,
      `content/courses/demo/en/quizzes/first.yaml › line 1: ${avoided('vice president', 'deputy general manager', '副总')}`,
      `content/courses/demo/en/scenarios/s.yaml › line 2: ${style('program', 'programme')}`,
    ]);
  });
});
