import { readFileSync } from 'node:fs';
import { afterEach, describe, expect, it } from 'vitest';
import { assetPath, coursePath, homePath, lessonPath, localeBase, pathsFor, scenarioPath, searchPath, siteBase, type Paths } from '../../src/lib/urls.ts';
import { alternates } from '../../src/lib/alternates.ts';
import { courseIdOf, dataEntryId, lessonEntryId, parseDataPath, parseLessonPath } from '../../src/lib/content/paths.ts';
import { headingSlug } from '../../src/lib/content/headings.ts';
import { searchRecords } from '../../src/lib/search/records.ts';
import { recordTitle } from '../../src/integrations/search-index.ts';

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

  it.each<[string, Record<string, string>, () => string, string]>([
    ['a lesson on a site served from /training/', { base: '/training/' }, () => lessonPath('customer-org', 'roles'), '/training/customer-org/roles/'],
    ['an English lesson under /training/', { base: '/training/', langBase: 'en/' }, () => lessonPath('customer-org', 'roles', 'x'), '/training/en/customer-org/roles/#x'],
    ['the home page under /training/', { base: '/training/', langBase: 'en/' }, () => homePath(), '/training/en/'],
    ['the search page with a query', { base: '/training/' }, () => searchPath('把关者'), `/training/search/?q=${encodeURIComponent('把关者')}`],
    ['the service worker under /training/, whatever the language', { base: '/training/', langBase: 'en/' }, () => assetPath('sw.js'), '/training/sw.js'],
    ['the service worker on a site at the root', { base: '/' }, () => assetPath('sw.js'), '/sw.js'],
    ['a page without marks (as before data-base)', {}, () => assetPath('pagefind/pagefind.js'), '/pagefind/pagefind.js'],
    ['the SCORM package root wins over the site base', { root: '../../', base: '/', index: 'index.html' }, () => assetPath('pagefind/pagefind.js'), '../../pagefind/pagefind.js'],
    ['the home page in the SCORM package', { root: '../', index: 'index.html' }, () => homePath(), '../index.html'],
  ])('in the browser: %s', (_, dataset, make, expected) => {
    inPage(dataset);
    expect(make()).toBe(expected);
  });
});

describe('the site base', () => {
  it.each([
    [undefined, '/'],
    ['', '/'],
    ['/', '/'],
    ['training', '/training/'],
    ['/training', '/training/'],
    ['/training/', '/training/'],
    ['//intranet//training//', '/intranet/training/'],
  ])('BASE_PATH %j is served as %s', (given, expected) => {
    expect(siteBase(given)).toBe(expected);
  });

  it.each([
    ['zh-CN', '/', '/'],
    ['en', '/', '/en/'],
    ['zh-CN', '/training/', '/training/'],
    ['en', '/training/', '/training/en/'],
    ['en', 'training', '/training/en/'],
  ])('%s pages under %s start at %s', (locale, site, expected) => {
    expect(localeBase(locale, site)).toBe(expected);
  });
});

describe('every page kind, at build time, under "/" and "/training/"', () => {
  // [what, builder, Chinese under "/", English under "/training/"]
  it.each<[string, (p: Paths) => string, string, string]>([
    ['home', (p) => p.home(), '/', '/training/en/'],
    ['course', (p) => p.course('customer-org'), '/customer-org/', '/training/en/customer-org/'],
    ['lesson', (p) => p.lesson('customer-org', 'roles'), '/customer-org/roles/', '/training/en/customer-org/roles/'],
    ['lesson section', (p) => p.lesson('customer-org', 'roles', 'basis-mof-87'), '/customer-org/roles/#basis-mof-87', '/training/en/customer-org/roles/#basis-mof-87'],
    ['presenter view', (p) => p.lessonView('customer-org', 'roles', 'present'), '/customer-org/roles/present/', '/training/en/customer-org/roles/present/'],
    ['audience window', (p) => p.lessonView('customer-org', 'roles', 'audience'), '/customer-org/roles/present/audience/', '/training/en/customer-org/roles/present/audience/'],
    ['PDF deck', (p) => p.lessonView('customer-org', 'roles', 'print'), '/customer-org/roles/present/print/', '/training/en/customer-org/roles/present/print/'],
    ['facilitator guide', (p) => p.lessonView('customer-org', 'roles', 'guide'), '/customer-org/roles/guide/', '/training/en/customer-org/roles/guide/'],
    ['handout', (p) => p.lessonView('customer-org', 'roles', 'handout'), '/customer-org/roles/handout/', '/training/en/customer-org/roles/handout/'],
    ['scenarios', (p) => p.scenarios('customer-org'), '/customer-org/scenarios/', '/training/en/customer-org/scenarios/'],
    ['one scenario', (p) => p.scenarios('customer-org', 'gov-open-tender'), '/customer-org/scenarios/gov-open-tender/', '/training/en/customer-org/scenarios/gov-open-tender/'],
    ['sources entry', (p) => p.sources('customer-org', 'mof-87'), '/customer-org/sources/#source-mof-87', '/training/en/customer-org/sources/#source-mof-87'],
    ['glossary term', (p) => p.glossary('customer-org', 'decider'), '/customer-org/glossary/#term-decider', '/training/en/customer-org/glossary/#term-decider'],
    ['results', (p) => p.results('customer-org'), '/customer-org/results/', '/training/en/customer-org/results/'],
    ['assessment', (p) => p.assessment('customer-org'), '/customer-org/assessment/', '/training/en/customer-org/assessment/'],
    ['dashboard', (p) => p.dashboard('customer-org'), '/customer-org/dashboard/', '/training/en/customer-org/dashboard/'],
    ['account map', (p) => p.accountMap('customer-org'), '/customer-org/account-map/', '/training/en/customer-org/account-map/'],
    ['search', (p) => p.search(), '/search/', '/training/en/search/'],
    ['live class', (p) => p.live(), '/live/', '/training/en/live/'],
    ['favicon, in no language folder', (p) => p.asset('favicon.svg'), '/favicon.svg', '/training/favicon.svg'],
    ['manifest', (p) => p.asset('/manifest.webmanifest'), '/manifest.webmanifest', '/training/manifest.webmanifest'],
  ])('%s', (_, make, root, training) => {
    expect(make(pathsFor(localeBase('zh-CN', '/'), '/'))).toBe(root);
    expect(make(pathsFor(localeBase('en', '/training/'), '/training/'))).toBe(training);
    // Every page URL ends with a slash before its fragment or query (trailingSlash: 'always').
    expect(training.replace(/[#?].*$/, '')).toMatch(/\/$|\.[a-z]+$/);
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

  it.each([
    ['/training/', '/training/', '/training/en/'],
    ['/training', '/training/', '/training/en/'],
    ['/training/en/', '/training/', '/training/en/'],
    ['/training/en', '/training/', '/training/en/'],
    ['/training/customer-org/roles/', '/training/customer-org/roles/', '/training/en/customer-org/roles/'],
    ['/training/en/customer-org/roles/present/', '/training/customer-org/roles/present/', '/training/en/customer-org/roles/present/'],
    ['/training/entry/', '/training/entry/', '/training/en/entry/'],
  ])('under /training/: %s → zh %s, en %s', (path, zh, en) => {
    expect(alternates(path, '/training/').map((a) => a.path)).toEqual([zh, en, zh]);
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
    ], recordTitle);
    expect(records).toHaveLength(7);
    expect(records[0]).toMatchObject({ url: '/en/customer-org/roles/#what-each-of-the-four-roles-does', language: 'en' });
    expect(records[0]!.meta.title).toMatch(/^Knowledge check: A city data bureau’s platform project/);
    expect(records[0]!.content).toContain('The evaluation committee ranks the bids');
    expect(records[6]).toMatchObject({ url: '/customer-org/scenarios/gov-open-tender/', language: 'zh-CN', meta: { title: '情景模拟：数据局政务服务平台升级' } });
  });

  it('every glossary term is a record in each language, linking to its entry', () => {
    const records = searchRecords([file('content/courses/customer-org/glossary.yaml')], recordTitle);
    const zh = records.find((r) => r.url === '/customer-org/glossary/#term-decider');
    const en = records.find((r) => r.url === '/en/customer-org/glossary/#term-decider');
    expect(zh).toMatchObject({ language: 'zh-CN', meta: { title: '术语：决策者' } });
    expect(zh!.content.split('\n')[0]).toBe('决策者 · decider');
    expect(en).toMatchObject({ language: 'en', meta: { title: 'Glossary: decider' } });
    expect(en!.content).toContain('The person with the final say on a purchase');
    expect(records.filter((r) => r.language === 'en')).toHaveLength(records.length / 2);
  });
});
