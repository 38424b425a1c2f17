import { describe, expect, it } from 'vitest';
import { formatProblem, headingsOf, ROOT } from '../../src/lib/content/check.ts';
import { checkAccountMaps, type LessonHeadings } from '../../src/lib/content/account-map.ts';
import { parseLessonPath } from '../../src/lib/content/paths.ts';
import { readContentTree } from '../../src/data/content-model.ts';

const tree = readContentTree(process.cwd());
const FILE = 'content/courses/customer-org/account-map.yaml';
/** The real content with account-map.yaml edited. */
const withConfig = (edit: (text: string) => string) => tree.map((f) => (f.path === FILE ? { ...f, text: edit(f.text) } : f));
const lessons: LessonHeadings = new Map(
  tree.flatMap((f) => {
    const p = f.path.startsWith(ROOT) ? parseLessonPath(f.path.slice(ROOT.length)) : null;
    return p ? [[`${p.course}/${p.locale}/${p.lesson}`, { file: f.path, headings: headingsOf(f.text) }] as const] : [];
  }),
);
const problemsOf = (edit: (text: string) => string) => checkAccountMaps(withConfig(edit), lessons).map(formatProblem);

describe('account-map.yaml in the content check', () => {
  it('passes as shipped', () => expect(problemsOf((t) => t)).toEqual([]));
  it.each([
    ['a heading that is not in the lesson', (t: string) => t.replace('heading: { zh-CN: 四类客户对照', 'heading: { zh-CN: 四类客户', ), 'coaching.no-type.section.heading.zh-CN: "四类客户" is not a ## heading of'],
    ['an English heading that is not in the lesson', (t: string) => t.replace('en: Working with the four roles }', 'en: Working with roles }'), 'coaching.stale-role.section.heading.en: "Working with roles" is not a ## heading of'],
    ['an unknown lesson', (t: string) => t.replace('section: { lesson: discovery,', 'section: { lesson: discover,'), 'coaching.no-discovery.section.lesson: there is no lesson "discover" in customer-org/zh-CN'],
    ['an unknown source', (t: string) => t.replace('sources: [sanzhong-yida]', 'sources: [sanzhong]'), 'orgTypes[1].traits[3].sources: "sanzhong" is not an id in content/courses/customer-org/sources.yaml'],
    ['a missing coaching entry', (t: string) => t.replace('  no-next:\n', '  no-nexts:\n'), 'coaching'],
    ['an example stage the file does not define', (t: string) => t.replace('    stage: decision\n', '    stage: decided\n'), 'example.zh-CN.stage: "decided" is not defined in account-map.yaml'],
    ['an example trait of another type', (t: string) => t.replace('traits: [compliance, leader-driven', 'traits: [policy, leader-driven'), 'example.zh-CN.traits[0]: "policy" is not defined in account-map.yaml'],
    ['an example person without a name', (t: string) => t.replace('alias: 董事会,', 'alias: "",'), 'example.zh-CN.people.0.alias'],
  ])('names %s', (_, edit, message) => {
    const problems = problemsOf(edit);
    expect(problems.some((p) => p.includes(message))).toBe(true);
  });
});
