import { describe, expect, it } from 'vitest';
import { QuestionSchema, type Question } from '../../src/schemas/quiz.ts';
import { absoluteWordsIn, keyIsLongest, lintItems, type LintBank } from '../../src/lib/content/item-lint.ts';

const FILE = 'content/courses/demo/zh-CN/quizzes/first.yaml';
const GROUP = 'demo/zh-CN';
const fb = '理由。';
const q = (x: Record<string, unknown>) => QuestionSchema.parse({ prompt: '陈述', section: '小节', ...x }) as Question;
/** A true/false question with the given key and statement. */
const tf = (id: string, answer: boolean, prompt = '客户的采购通常要经过几个环节。') => q({ id, type: 'truefalse', prompt, answer, feedback: { true: fb, false: fb } });
/** A single-choice question: option texts as given, the key at `key` (0-based). */
const single = (id: string, texts: string[], key: number) => q({ id, type: 'single', options: texts.map((text, i) => ({ id: `o${i}`, text, correct: i === key, feedback: fb })) });
const bank = (...questions: Question[]): LintBank[] => [{ file: FILE, group: GROUP, questions }];
const messages = (banks: LintBank[]) => lintItems(banks).map((w) => `${w.file} › ${w.where}: ${w.message}`);
const at = (i: number, id: string) => `${FILE} › questions[${i}] "${id}"`;

const even = ['甲方案', '乙方案', '丙方案'];

describe('item lint: each rule, where it fires, where it does not, and below the 4-item minimum', () => {
  it.each<{ rule: string; banks: LintBank[]; expected: string[] }>([
    {
      rule: 'true/false keys over 70 % one way: fires (4 of 5 false)',
      banks: bank(tf('t1', false), tf('t2', false), tf('t3', false), tf('t4', false), tf('t5', true)),
      expected: [1, 2, 3, 4].map((n) => `${at(n - 1, `t${n}`)}: the true/false key is false, as in 4 of 5 true/false questions of ${GROUP} (more than 70 % one way): rewrite some statements so the keys balance`),
    },
    { rule: 'true/false keys: does not fire at 70 % exactly or below (3 of 4 is 75 %, 5 of 8 is 62 %)', banks: bank(...[1, 2, 3, 4, 5].map((n) => tf(`t${n}`, true)), tf('t6', false), tf('t7', false), tf('t8', false)), expected: [] },
    { rule: 'true/false keys: below the minimum (3 items, all false)', banks: bank(tf('t1', false), tf('t2', false), tf('t3', false)), expected: [] },
    {
      rule: 'absolute word in a true/false stem: fires (Chinese pair 只要…就, English never)',
      banks: bank(tf('t1', true), tf('t2', false), tf('t3', true, '只要找到局长，就找到了决策者。'), tf('t4', false, 'A senior title never means the person decides.')),
      expected: [
        `${at(2, 't3')}: the true/false statement uses the absolute word "只要…就", which gives the key away: state the claim without it`,
        `${at(3, 't4')}: the true/false statement uses the absolute word "never", which gives the key away: state the claim without it`,
      ],
    },
    { rule: 'absolute word: does not fire on words that merely contain one (small, call, 只有)', banks: bank(tf('t1', true, 'A small buying unit may call for quotes.'), tf('t2', false), tf('t3', true), tf('t4', false, '只有三家供应商时可以考虑邀请招标。')), expected: [] },
    { rule: 'absolute word: below the minimum (3 true/false items)', banks: bank(tf('t1', true, '客户总是先做预算。'), tf('t2', false), tf('t3', true)), expected: [] },
    {
      rule: 'the key the longest option in more than half: fires (3 of 4)',
      banks: bank(single('s1', ['甲', '乙', '最长的正确答案'], 2), single('s2', ['最长的正确答案', '乙', '丙'], 0), single('s3', ['甲', '最长的正确答案', '丙'], 1), single('s4', even, 0)),
      expected: [
        `${at(0, 's1')}: the key is the longest option, as in 3 of 4 single-choice questions of ${GROUP} (more than half): make the options alike in length`,
        `${at(1, 's2')}: the key is the longest option, as in 3 of 4 single-choice questions of ${GROUP} (more than half): make the options alike in length`,
        `${at(2, 's3')}: the key is the longest option, as in 3 of 4 single-choice questions of ${GROUP} (more than half): make the options alike in length`,
      ],
    },
    { rule: 'longest key: does not fire at half (2 of 4), nor on a tie for longest', banks: bank(single('s1', ['甲', '乙', '最长的正确答案'], 2), single('s2', ['最长的正确答案', '乙', '丙'], 0), single('s3', ['一样长', '一样长的', '一样长的'], 1), single('s4', even, 2)), expected: [] },
    { rule: 'longest key: below the minimum (3 items, all longest)', banks: bank(single('s1', ['甲', '乙', '最长的正确答案'], 2), single('s2', ['最长的正确答案', '乙', '丙'], 0), single('s3', ['甲', '最长的正确答案', '丙'], 1)), expected: [] },
    {
      rule: 'keys in one position more than 70 %: fires (4 of 5 first)',
      banks: bank(single('s1', even, 0), single('s2', even, 0), single('s3', even, 0), single('s4', even, 0), single('s5', even, 2)),
      expected: [1, 2, 3, 4].map((n) => `${at(n - 1, `s${n}`)}: the key is option 1 as written, as in 4 of 5 single-choice questions of ${GROUP} (more than 70 % in one position): move some keys`),
    },
    { rule: 'key position: does not fire at 70 % or below (7 of 10 first)', banks: bank(...[1, 2, 3, 4, 5, 6, 7].map((n) => single(`s${n}`, even, 0)), single('s8', even, 1), single('s9', even, 2), single('s10', even, 1)), expected: [] },
    { rule: 'key position: below the minimum (3 items, all first)', banks: bank(single('s1', even, 0), single('s2', even, 0), single('s3', even, 0)), expected: [] },
  ])('$rule', ({ banks, expected }) => {
    expect(messages(banks)).toEqual(expected);
  });

  it('counts per course and language: two languages of 3 items each stay below the minimum', () => {
    const three = [tf('t1', false), tf('t2', false), tf('t3', false)];
    expect(lintItems([{ file: FILE, group: 'demo/zh-CN', questions: three }, { file: FILE.replace('zh-CN', 'en'), group: 'demo/en', questions: three }])).toEqual([]);
  });

  it('counts across the banks of one course and language, naming each file', () => {
    const other = 'content/courses/demo/zh-CN/quizzes/second.yaml';
    const out = messages([{ file: FILE, group: GROUP, questions: [tf('t1', false), tf('t2', false)] }, { file: other, group: GROUP, questions: [tf('t3', false), tf('t4', false)] }]);
    expect(out).toHaveLength(4);
    expect(out[2]).toBe(`${other} › questions[0] "t3": the true/false key is false, as in 4 of 4 true/false questions of ${GROUP} (more than 70 % one way): rewrite some statements so the keys balance`);
  });
});

describe('item lint helpers', () => {
  it('finds absolute words in either language', () => {
    expect(absoluteWordsIn('领导一定是决策者，所有事都由他定。')).toEqual(['一定', '所有']);
    expect(absoluteWordsIn('You must ALWAYS ask.')).toEqual(['always', 'must']);
    expect(absoluteWordsIn('只要价格低就能中标')).toEqual(['只要…就']);
    expect(absoluteWordsIn('Overall, a small unit may call.')).toEqual([]);
  });
  it('a key is the longest only when strictly longer than every other option, counting characters', () => {
    expect(keyIsLongest([{ text: '长一点', correct: true }, { text: '短', correct: false }])).toBe(true);
    expect(keyIsLongest([{ text: '一样', correct: true }, { text: '同样', correct: false }])).toBe(false);
    expect(keyIsLongest([{ text: '中文四字', correct: true }, { text: 'abc', correct: false }])).toBe(true);
  });
});
