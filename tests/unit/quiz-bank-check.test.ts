import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { checkContent, formatProblem } from '../../src/lib/content/check.ts';
import { readContentTree } from '../../src/data/content-model.ts';

const root = fileURLToPath(new URL('../fixtures/broken-quiz/', import.meta.url));
const BANK = 'content/courses/demo/zh-CN/quizzes/first.yaml';
const messages = checkContent(readContentTree(root)).problems.map(formatProblem);

describe('a broken question bank gets a message naming the file, the question and the field', () => {
  it.each([
    ['a single choice with two keys', `${BANK} › questions[0] "two-keys".options: a single-choice question needs exactly one option with correct: true (found 2)`],
    ['an option without feedback', `${BANK} › questions[1] "no-feedback".options.1.feedback: required field is missing`],
    ['a category that does not exist', `${BANK} › questions[3] "bad-category".items.2.category: "z" is not one of the categories (x, y)`],
    ['a multiple choice with one key', `${BANK} › questions[4] "two-keys".options: a multiple-choice question needs at least two correct options and at least one wrong one (found 1 of 4 correct)`],
    ['an unknown question type', `${BANK} › questions[5] "unknown-type".type: Invalid discriminator value. Expected 'single' | 'multiple' | 'truefalse' | 'ordering' | 'matching' | 'categorize'`],
  ])('%s', (_, expected) => {
    expect(messages.join('\n')).toContain(expected);
  });
});

describe('cross-checks between banks and lessons', () => {
  const lesson = 'content/courses/demo/zh-CN/lessons/01-first.mdx';
  const course = 'content/courses/demo/course.yaml';
  const bank = (questions: string) => `lesson: first\nquestions:\n${questions}`;
  const tf = (id: string, section = '小节') => `  - { id: ${id}, type: truefalse, prompt: 题, section: ${section}, answer: true, feedback: { true: 对, false: 错 } }\n`;
  const five = (prefix: string) => [1, 2, 3, 4, 5].map((n) => tf(`${prefix}${n}`)).join('');
  const files = (lessonText: string, banks: Record<string, string>, courseExtra = '') => [
    { path: course, text: `title: {zh-CN: 演示}\nsummary: {zh-CN: 摘要}\naudience: {zh-CN: 学员}\nobjectives: {zh-CN: [说出一件事]}\nlessons: [first]\n${courseExtra}` },
    { path: lesson, text: lessonText },
    ...Object.entries(banks).map(([name, text]) => ({ path: `content/courses/demo/zh-CN/quizzes/${name}.yaml`, text })),
  ];
  const front = '---\ntitle: 第一课\ndescription: 一个最小但完整的课节，用于测试。\norder: 1\nminutes: 5\nobjectives: [说出一件事]\n---\n\n## 小节\n\n';
  const msgs = (...args: Parameters<typeof files>) => checkContent(files(...args)).problems.map(formatProblem);

  it('a valid bank shown by its lesson passes', () => {
    expect(msgs(front + '<Quiz />\n', { first: bank(five('q')) })).toEqual([]);
  });
  it('a section that is not a heading of the lesson', () => {
    expect(msgs(front + '<Quiz />\n', { first: bank(five('q') + tf('q6', '别处')) })).toEqual([`${'content/courses/demo/zh-CN/quizzes/first.yaml'} › questions[5] "q6".section: "别处" is not a ## heading of ${lesson}; headings: 小节`]);
  });
  it('a lesson that shows a quiz it does not have, and a bank no lesson shows', () => {
    expect(msgs(front + '<Quiz />\n', {})).toEqual([`${lesson}: uses <Quiz />, but there is no question bank content/courses/demo/zh-CN/quizzes/first.yaml`]);
    expect(msgs(front, { first: bank(five('q')) })).toEqual(['content/courses/demo/zh-CN/quizzes/first.yaml: the lesson content/courses/demo/zh-CN/lessons/01-first.mdx does not show it: add <Quiz /> where the knowledge check belongs']);
  });
  it('a bank for a lesson that does not exist, and a lesson field that disagrees with the file name', () => {
    expect(msgs(front + '<Quiz />\n', { first: bank(five('q')), other: `lesson: other\nquestions:\n${five('o')}` })).toContain('content/courses/demo/zh-CN/quizzes/other.yaml: there is no lesson "other" in demo/zh-CN');
    expect(msgs(front + '<Quiz />\n', { first: `lesson: second\nquestions:\n${five('q')}` })).toContain('content/courses/demo/zh-CN/quizzes/first.yaml › lesson: is "second", but the file is named after "first"');
  });
  it('a question id used twice in a bank', () => {
    expect(msgs(front + '<Quiz />\n', { first: bank(five('q') + tf('q1')) })).toEqual(['content/courses/demo/zh-CN/quizzes/first.yaml › questions[5] "q1".id: id "q1" is used twice']);
  });
  it('fewer than five questions', () => {
    expect(msgs(front + '<Quiz />\n', { first: bank(tf('q1')) })).toEqual(['content/courses/demo/zh-CN/quizzes/first.yaml › questions: Too small: expected array to have >=5 items']);
  });
  it('an assessment larger than the banks', () => {
    expect(msgs(front + '<Quiz />\n', { first: bank(five('q')) }, 'assessment: {questions: 20, passPercent: 80}\n')).toEqual([`${course} › assessment.questions: is 20, but the course's question banks hold only 5 questions`]);
  });
  it('a lesson id that would hide a course page', () => {
    const out = checkContent([
      { path: course, text: 'title: {zh-CN: 演示}\nsummary: {zh-CN: 摘要}\naudience: {zh-CN: 学员}\nobjectives: {zh-CN: [说出一件事]}\nlessons: [assessment]\n' },
      { path: 'content/courses/demo/zh-CN/lessons/01-assessment.mdx', text: front },
    ]).problems.map(formatProblem);
    expect(out).toContain('content/courses/demo/zh-CN/lessons/01-assessment.mdx: "assessment" is a page of every course; give the lesson another id');
  });
});
