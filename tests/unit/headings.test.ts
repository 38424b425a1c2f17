import { describe, expect, it } from 'vitest';
import { createSatteriMarkdownProcessor } from '@astrojs/markdown-satteri';
import { headingText, lessonHeadings, sectionHeadings, sectionSlug } from '../../src/lib/content/headings.ts';
import { checkContent, formatProblem, headingsOf, type ContentFile } from '../../src/lib/content/check.ts';

/** Headings as Astro's Markdown processor (Sätteri, github-slugger) gives them: the ids the page has. */
const astroHeadings = async (body: string) => {
  const processor = await createSatteriMarkdownProcessor({ syntaxHighlight: false } as never);
  return (await processor.render(body)).metadata.headings.map(({ depth, text, slug }) => ({ depth, text, slug }));
};

const TRICKY = [
  '## 三重一大：谁来决定？',
  '### 小节',
  '## 三重一大：谁来决定？',
  '## Working with the *four* roles (SOE)',
  '## See [决策者](/customer-org/glossary/#term-decider) first',
  '## `code` and **bold** \\# x',
  '```',
  '## not a heading: in a code block',
  '```',
  '## 1. 决策链（SOE）',
  '## 小节',
  '## Closing sequence ##',
].join('\n\n');

describe('lesson headings: one source for the content check and the section links', () => {
  it('agree with the headings and ids Astro gives the page (punctuation, repeats, a glossary link, markup, code)', async () => {
    expect(lessonHeadings(TRICKY)).toEqual(await astroHeadings(TRICKY));
  });

  it.each([
    ['## 四种角色', [{ depth: 2, text: '四种角色', slug: '四种角色' }]],
    ['## Working with the four roles', [{ depth: 2, text: 'Working with the four roles', slug: 'working-with-the-four-roles' }]],
    ['## 1. 决策链（SOE）', [{ depth: 2, text: '1. 决策链（SOE）', slug: '1-决策链soe' }]],
    ['## A\n\n## A', [{ depth: 2, text: 'A', slug: 'a' }, { depth: 2, text: 'A', slug: 'a-1' }]],
    ['## 依据 <Cite id="gp-law" />', [{ depth: 2, text: '依据', slug: '依据' }]],
    ['#no space\n\n####### seven', []],
  ])('%j', (body, expected) => {
    expect(lessonHeadings(body)).toEqual(expected);
  });

  it('headingText drops markup and keeps the words', () => {
    expect(headingText('[决策者](/g/#term-decider) 与 **影响者** `x` <Cite id="a" /> ##')).toBe('决策者 与 影响者 x');
  });

  it('sectionHeadings keeps level 2 only, with the slugs counted over every level', () => {
    expect(sectionHeadings('## 小节\n\n### 小节\n\n## 小节').map((h) => h.slug)).toEqual(['小节', '小节-2']);
    expect(sectionSlug('## 小节\n\n### 小节\n\n## 小节', '小节')).toBe('小节');
    expect(sectionSlug('## 小节', '没有')).toBeUndefined();
  });

  it('the content check accepts a section exactly when a link to it resolves', () => {
    const course = 'title: {zh-CN: 演示}\nsummary: {zh-CN: 摘要}\naudience: {zh-CN: 学员}\nobjectives: {zh-CN: [说出一件事]}\nlessons: [first]\n';
    const lesson = `---\ntitle: 第一课\ndescription: 一个最小但完整的课节，用于测试。\norder: 1\nminutes: 5\nobjectives: [说出一件事]\n---\n\n## 见 [决策者](/demo/glossary/#term-decider)：谁拍板？\n\n正文。\n\n<Quiz />\n`;
    const tf = (n: number, section: string) => `  - { id: q${n}, type: truefalse, prompt: 题, section: "${section}", answer: true, feedback: { true: 对, false: 错 } }\n`;
    const bank = (section: string) => `lesson: first\nquestions:\n${[1, 2, 3, 4, 5].map((n) => tf(n, section)).join('')}`;
    const files = (section: string): ContentFile[] => [
      { path: 'content/courses/demo/course.yaml', text: course },
      { path: 'content/courses/demo/zh-CN/lessons/01-first.mdx', text: lesson },
      { path: 'content/courses/demo/zh-CN/quizzes/first.yaml', text: bank(section) },
    ];
    const body = lesson.split('---\n')[2]!;
    for (const section of ['见 决策者：谁拍板？', '见 [决策者](/demo/glossary/#term-decider)：谁拍板？', '谁拍板']) {
      const messages = checkContent(files(section)).problems.map(formatProblem);
      expect(messages.filter((m) => !m.includes('.section:'))).toEqual([]);
      const accepted = !messages.some((m) => m.includes('.section:'));
      expect({ section, accepted }).toEqual({ section, accepted: sectionSlug(body, section) !== undefined });
    }
    expect(headingsOf(body)).toEqual(['见 决策者：谁拍板？']);
    expect(sectionSlug(body, '见 决策者：谁拍板？')).toBe('见-决策者谁拍板');
  });
});
