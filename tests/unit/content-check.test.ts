import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { checkContent, formatProblem, splitFrontmatter, type ContentFile } from '../../src/lib/content/check.ts';
import { readContentTree } from '../../src/data/content-model.ts';
import { contentCheck } from '../../src/integrations/content-check.ts';

const root = fileURLToPath(new URL('../..', import.meta.url));
const fixture = (name: string) => fileURLToPath(new URL(`../fixtures/${name}/`, import.meta.url));

const COURSE = 'content/courses/demo/course.yaml';
const LESSON = 'content/courses/demo/zh-CN/lessons/01-first.mdx';
const courseYaml = 'title: {zh-CN: 演示}\nsummary: {zh-CN: 摘要}\naudience: {zh-CN: 学员}\nobjectives: {zh-CN: [说出一件事]}\nlessons: [first]\n';
const front = (fields: string) => `---\n${fields}\n---\n\n正文。\n`;
const goodFront = 'title: 第一课\ndescription: 一个最小但完整的课节，用于测试。\norder: 1\nminutes: 5\nobjectives: [说出一件事]';
const files = (lesson: string, course = courseYaml, path = LESSON): ContentFile[] => [
  { path: COURSE, text: course },
  { path, text: lesson },
];
const messages = (fs: ContentFile[]) => checkContent(fs).problems.map(formatProblem);

describe('checkContent', () => {
  it('passes a minimal valid course', () => {
    expect(checkContent(files(front(goodFront))).problems).toEqual([]);
  });

  it.each([
    ['a missing title', goodFront.replace('title: 第一课\n', ''), `${LESSON} › frontmatter.title: required field is missing`],
    ['minutes written as text', goodFront.replace('minutes: 5', 'minutes: 五分钟'), `${LESSON} › frontmatter.minutes: Invalid input: expected number, received string`],
    ['no objectives', goodFront.replace('objectives: [说出一件事]', 'objectives: []'), `${LESSON} › frontmatter.objectives: Too small: expected array to have >=1 items`],
    ['an unknown field', goodFront + '\nauthor: 某人', `${LESSON} › frontmatter: Unrecognized key: "author"`],
    ['an order that disagrees with course.yaml', goodFront.replace('order: 1', 'order: 2'), `${LESSON} › frontmatter.order: is 2, but ${COURSE} lists this lesson at position 1`],
    ['YAML that cannot be read', goodFront.replace('minutes: 5', 'minutes: [5'), `${LESSON} › frontmatter: YAML cannot be read`],
  ])('names the file and field for %s', (_, fields, expected) => {
    expect(messages(files(front(fields))).join('\n')).toContain(expected);
  });

  it.each([
    ['no frontmatter at all', '正文。', `${LESSON} › frontmatter: missing: the file must start with a --- frontmatter block ---`],
    ['an unknown component', front(goodFront) + '\n<Quizz id="x" />\n', `${LESSON} › body line 4: unknown component <Quizz>; available: Callout, Flow, Step, KeyPoints, Discussion, TrainerNote`],
    ['a # heading', front(goodFront) + '\n# 标题\n', `${LESSON} › body line 4: a "# " heading`],
    ['an import line', front(goodFront) + '\nimport X from "x";\n', `${LESSON} › body line 4: imports are not needed`],
    ['a slide with no title', front(goodFront) + '\n<Slide>\n\n- 一点\n\n</Slide>\n', `${LESSON} › body line 4: <Slide> needs a title`],
    ['a slide with an empty title', front(goodFront) + '\n<Slide title=" ">\n', `${LESSON} › body line 4: <Slide> needs a title`],
  ])('reports %s', (_, text, expected) => {
    expect(messages(files(text)).join('\n')).toContain(expected);
  });

  it('accepts a slide with a title', () => {
    expect(checkContent(files(front(goodFront) + '\n<Slide title="四种角色">\n\n- 决策者\n\n</Slide>\n')).problems).toEqual([]);
  });

  it('ignores components inside code blocks', () => {
    expect(checkContent(files(front(goodFront) + '\n```\n<NotAComponent />\n```\n')).problems).toEqual([]);
  });

  it('reports a lesson not listed in course.yaml, and a listed lesson with no file', () => {
    const out = messages(files(front(goodFront), courseYaml.replace('[first]', '[first, second]'), 'content/courses/demo/zh-CN/lessons/01-first.mdx'));
    expect(out).toEqual([`${COURSE} › lessons[1]: lesson "second" has no file content/courses/demo/zh-CN/lessons/02-second.mdx`]);
    expect(messages(files(front(goodFront), courseYaml.replace('[first]', '[other]'))).join('\n')).toContain('lesson "first" is not listed under lessons: in content/courses/demo/course.yaml');
  });

  it('reports a file number that disagrees with the position', () => {
    expect(messages(files(front(goodFront), courseYaml, 'content/courses/demo/zh-CN/lessons/03-first.mdx'))).toEqual([
      'content/courses/demo/zh-CN/lessons/03-first.mdx: file number 03 does not match position 1 in content/courses/demo/course.yaml',
    ]);
  });

  it.each([
    ['a lesson listed twice', courseYaml.replace('[first]', '[first, first]'), `${COURSE} › lessons.1: lesson "first" is listed twice`],
    ['a lesson id with capitals', courseYaml.replace('[first]', '[First]'), `${COURSE} › lessons.0: use lower-case letters, digits and hyphens`],
    ['a missing summary', courseYaml.replace('summary: {zh-CN: 摘要}\n', ''), `${COURSE} › summary: required field is missing`],
    ['broken YAML', 'title: [', `${COURSE}: YAML cannot be read (line 1)`],
  ])('reports course.yaml with %s', (_, course, expected) => {
    expect(messages(files(front(goodFront), course)).join('\n')).toContain(expected);
  });

  it('reports a lesson in the wrong folder', () => {
    expect(messages([{ path: 'content/courses/demo/lessons/first.mdx', text: front(goodFront) }])).toEqual([
      'content/courses/demo/lessons/first.mdx: a lesson must be at content/courses/<course>/<locale>/lessons/NN-<id>.mdx',
    ]);
  });

  it('splits frontmatter with Windows line ends', () => {
    expect(splitFrontmatter('---\r\ntitle: x\r\n---\r\nbody')).toEqual({ frontmatter: 'title: x', body: 'body' });
  });
});

describe('the real content and the fixtures', () => {
  it('the course content passes', () => {
    const report = checkContent(readContentTree(root));
    expect(report.problems.map(formatProblem)).toEqual([]);
    // Chinese and English: 8 lessons, 8 banks of 6 questions and 5 scenarios each.
    expect(report.counts).toEqual({ courses: 1, lessons: 16, quizzes: 16, questions: 96, scenarios: 10 });
    expect(report.notes).toHaveLength(10);
  });

  it('the minimal fixture passes', () => {
    expect(checkContent(readContentTree(fixture('minimal'))).problems).toEqual([]);
  });

  it('npm run check:content fails on the broken-frontmatter fixture, naming file and fields', () => {
    const run = spawnSync(process.execPath, ['scripts/check-content.ts', fixture('broken-frontmatter')], { cwd: root, encoding: 'utf8' });
    expect(run.status).toBe(1);
    expect(run.stderr).toContain('content/courses/demo/zh-CN/lessons/01-first.mdx › frontmatter.title: required field is missing');
    expect(run.stderr).toContain('content/courses/demo/zh-CN/lessons/01-first.mdx › frontmatter.minutes: Invalid input: expected number, received string');
  });

  it('the build stops on the broken-frontmatter fixture with the same message', () => {
    const setup = contentCheck().hooks['astro:config:setup'] as (o: unknown) => void;
    const logger = { info: () => {} };
    expect(() => setup({ config: { root: new URL(`file://${fixture('broken-frontmatter')}`) }, logger })).toThrow(/frontmatter\.title: required field is missing/);
    expect(() => setup({ config: { root: new URL(`file://${fixture('minimal')}`) }, logger })).not.toThrow();
  });
});
