import { readFileSync } from 'node:fs';
import { afterEach, describe, expect, it } from 'vitest';
import { coursePath, lessonPath, scenarioPath } from '../../src/lib/urls.ts';
import { alternates } from '../../src/lib/alternates.ts';
import { courseIdOf, dataEntryId, lessonEntryId, parseDataPath, parseLessonPath } from '../../src/lib/content/paths.ts';
import { headingSlug } from '../../src/lib/search/slug.ts';
import { searchRecords } from '../../src/lib/search/records.ts';

describe('internal links', () => {
  afterEach(() => {
    delete (globalThis as { document?: unknown }).document;
  });
  const inPage = (dataset: Record<string, string>) => ((globalThis as { document?: unknown }).document = { documentElement: { dataset } });

  it.each<[string, () => string, string]>([
    ['a course, at build time with the English base', () => coursePath('customer-org', '/en/'), '/en/customer-org/'],
    ['a lesson at a Chinese heading, encoded', () => lessonPath('customer-org', 'roles', '四种角色', '/'), `/customer-org/roles/#${encodeURIComponent('四种角色')}`],
    ['a lesson without a section', () => lessonPath('customer-org', 'roles', undefined, '/'), '/customer-org/roles/'],
    ['the scenarios page', () => scenarioPath('customer-org', undefined, '/'), '/customer-org/scenarios/'],
    ['one scenario', () => scenarioPath('customer-org', 'gov-open-tender', '/en/'), '/en/customer-org/scenarios/gov-open-tender/'],
  ])('%s', (_, make, expected) => {
    expect(make()).toBe(expected);
  });

  it.each<[string, Record<string, string>, string]>([
    ['a page on the site', {}, '/customer-org/roles/'],
    ['an English page on the site', { langBase: 'en/' }, '/en/customer-org/roles/'],
    ['a page in the SCORM package, one folder down', { root: '../../', index: 'index.html' }, '../../customer-org/roles/index.html'],
    ['an English page in the package', { root: '../../../', langBase: 'en/', index: 'index.html' }, '../../../en/customer-org/roles/index.html'],
  ])('in the browser, read from the page marks: %s', (_, dataset, expected) => {
    inPage(dataset);
    expect(lessonPath('customer-org', 'roles')).toBe(expected);
  });
});

describe('language twins', () => {
  it.each([
    ['/', '/', '/en/'],
    ['/en/', '/', '/en/'],
    ['/en', '/', '/en/'],
    ['/customer-org/roles/', '/customer-org/roles/', '/en/customer-org/roles/'],
    ['/en/customer-org/roles/present/', '/customer-org/roles/present/', '/en/customer-org/roles/present/'],
  ])('%s → zh %s, en %s, x-default Chinese', (path, zh, en) => {
    expect(alternates(path)).toEqual([
      { hreflang: 'zh-CN', path: zh },
      { hreflang: 'en', path: en },
      { hreflang: 'x-default', path: zh },
    ]);
  });
});

describe('content paths', () => {
  it.each([
    ['customer-org/zh-CN/lessons/03-decision-process.mdx', { course: 'customer-org', locale: 'zh-CN', number: 3, lesson: 'decision-process' }, 'customer-org/zh-CN/decision-process'],
    ['customer-org/en/lessons/roles.mdx', { course: 'customer-org', locale: 'en', number: null, lesson: 'roles' }, 'customer-org/en/roles'],
    ['customer-org/zh-CN/notes/03-x.mdx', null, 'customer-org/zh-CN/notes/03-x.mdx'],
    ['customer-org/zh-CN/lessons/03-x.md', null, 'customer-org/zh-CN/lessons/03-x.md'],
  ])('lesson file %s', (path, parsed, id) => {
    expect(parseLessonPath(path)).toEqual(parsed);
    expect(lessonEntryId(path)).toBe(id);
  });

  it.each<[string, 'quizzes' | 'scenarios', object | null, string]>([
    ['customer-org/zh-CN/quizzes/roles.yaml', 'quizzes', { course: 'customer-org', locale: 'zh-CN', id: 'roles' }, 'customer-org/zh-CN/roles'],
    ['customer-org/en/scenarios/gov-open-tender.yaml', 'scenarios', { course: 'customer-org', locale: 'en', id: 'gov-open-tender' }, 'customer-org/en/gov-open-tender'],
    ['customer-org/en/scenarios/gov-open-tender.yaml', 'quizzes', null, 'customer-org/en/scenarios/gov-open-tender.yaml'],
    ['customer-org/quizzes/roles.yaml', 'quizzes', null, 'customer-org/quizzes/roles.yaml'],
  ])('data file %s in %s', (path, folder, parsed, id) => {
    expect(parseDataPath(path, folder)).toEqual(parsed);
    expect(dataEntryId(folder)(path)).toBe(id);
  });

  it('the course id is the first folder', () => {
    expect(courseIdOf('customer-org/course.yaml')).toBe('customer-org');
  });
});

describe('search records', () => {
  it.each([
    ['四种角色', '四种角色'],
    ['Working with the four roles', 'working-with-the-four-roles'],
    ['1. 决策链（SOE）', '1-决策链soe'],
  ])('heading %s has the id %s, as Astro gives it', (text, slug) => {
    expect(headingSlug(text)).toBe(slug);
  });

  const file = (path: string) => ({ path, text: readFileSync(path, 'utf8') });
  it('every question links to its lesson section, and every scenario to its page, in its language', () => {
    const records = searchRecords([
      file('content/courses/customer-org/en/quizzes/roles.yaml'),
      file('content/courses/customer-org/zh-CN/scenarios/gov-open-tender.yaml'),
      { path: 'content/courses/customer-org/en/quizzes/misshapen.yaml', text: 'questions: 3' },
      { path: 'content/courses/customer-org/course.yaml', text: 'id: customer-org' },
    ]);
    expect(records).toHaveLength(7);
    expect(records[0]).toMatchObject({ url: '/en/customer-org/roles/#what-each-of-the-four-roles-does', language: 'en' });
    expect(records[0]!.meta.title).toMatch(/^Knowledge check: A city data bureau’s platform project/);
    expect(records[0]!.content).toContain('The evaluation committee ranks the bids');
    expect(records[6]).toMatchObject({ url: '/customer-org/scenarios/gov-open-tender/', language: 'zh-CN', meta: { title: '情景模拟：数据局政务服务平台升级' } });
  });

  it('every glossary term is a record in each language, linking to its entry', () => {
    const records = searchRecords([file('content/courses/customer-org/glossary.yaml')]);
    const zh = records.find((r) => r.url === '/customer-org/glossary/#term-decider');
    const en = records.find((r) => r.url === '/en/customer-org/glossary/#term-decider');
    expect(zh).toMatchObject({ language: 'zh-CN', meta: { title: '术语：决策者' } });
    expect(zh!.content.split('\n')[0]).toBe('决策者 · decider');
    expect(en).toMatchObject({ language: 'en', meta: { title: 'Glossary: decider' } });
    expect(en!.content).toContain('The person with the final say on a purchase');
    expect(records.filter((r) => r.language === 'en')).toHaveLength(records.length / 2);
  });
});
