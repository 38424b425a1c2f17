// Runs after `astro build` (npm test does both): checks the built site itself.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { weighSite, type PageWeight } from '../../scripts/page-weight.ts';
import { RESERVED } from '../../src/lib/content/check.ts';
import { DIST, builtSite } from '../support/site.ts';

const KB = 1024;
// builtSite() throws when there is no build: these tests fail rather than pass on nothing.
builtSite();
const pages = weighSite(DIST);
const lessonPages = pages.filter((p) => /^\/customer-org\/[a-z-]+\/$/.test(p.page) && !RESERVED.some((r) => p.page.endsWith(`/${r}/`)));
const html = (page: string) => readFileSync(pages.find((p) => p.page === page)!.file, 'utf8');

describe('the built site', () => {
  it('has the home page, the course page and eight lesson pages', () => {
    expect(pages.map((p) => p.page)).toEqual(expect.arrayContaining(['/', '/customer-org/']));
    expect(lessonPages.map((p) => p.page)).toEqual(
      ['decision-process', 'definition', 'discovery', 'factors', 'roles', 'soe-case', 'summary', 'types'].map((id) => `/customer-org/${id}/`),
    );
  });

  it('never sends trainer notes to trainees', () => {
    for (const p of lessonPages) expect(html(p.page)).not.toContain('trainer-note');
  });
});

describe('budgets (gzip bytes)', () => {
  const withQuiz = lessonPages.filter((p) => html(p.page).includes('component-url="/_astro/QuizIsland'));
  const withScenario = lessonPages.filter((p) => html(p.page).includes('component-url="/_astro/ScenarioIsland'));
  const over = (list: PageWeight[], key: 'js' | 'baseJs' | 'css', limit: number) => list.filter((p) => p[key] > limit).map((p) => `${p.page}: ${p[key]} B`);

  // Issue 15's targets, for both languages, as a browser loads them on a cold visit with the
  // page scrolled to its end (every island started): gzip -9 of each script, inline ones included.
  const both = (path: string) => [path, `/en${path}`].map((u) => pages.find((p) => p.page === u)!);

  it('a lesson page without its islands ships at most 3 KB of JavaScript', () => {
    // Every lesson has a quiz now; this is what a lesson without one would ship: the page's own scripts.
    expect(over(lessonPages, 'baseJs', 3 * KB)).toEqual([]);
  });

  it('a lesson page with its quiz ships at most 15 KB of JavaScript in total', () => {
    expect(withQuiz).toHaveLength(8);
    expect(over(withQuiz.filter((p) => !withScenario.includes(p)), 'js', 15 * KB)).toEqual([]);
    expect(over(both('/customer-org/roles/'), 'js', 15 * KB)).toEqual([]);
  });

  it.each([
    ['/customer-org/results/', 20],
    ['/customer-org/dashboard/', 20],
    ['/customer-org/', 3],
    ['/', 3],
  ])('%s ships at most %s KB of JavaScript in both languages', (path, limit) => {
    expect(over(both(path), 'js', limit * KB)).toEqual([]);
  });

  it('pages that show progress read a sealed record without shipping the checking reader, which loads only for an unsealed one', () => {
    for (const p of [...both('/'), ...both('/customer-org/'), ...both('/customer-org/roles/')]) {
      expect(p.scripts.filter((s) => /progress-checked|\/read\.|\/storage\./.test(s)), p.page).toEqual([]);
      expect(p.lazyJs, p.page).toBeGreaterThan(1 * KB);
    }
  });

  it('every page runs the site-wide script, and a page without progress or islands nothing else', () => {
    const glossary = both('/customer-org/glossary/');
    for (const p of glossary) expect(p.scripts.some((s) => /\/site\./.test(s)), p.page).toBe(true);
    expect(over(glossary, 'js', 0.7 * KB)).toEqual([]);
  });

  it('the results and dashboard pages load zod only when a file is chosen', () => {
    for (const p of [...both('/customer-org/results/'), ...both('/customer-org/dashboard/')]) {
      expect(p.scripts.filter((s) => /account-map\./.test(s)), p.page).toEqual([]);
      expect(p.lazyJs, p.page).toBeGreaterThan(20 * KB);
    }
  });

  it('a lesson page with a scenario ships at most 25 KB of JavaScript in total', () => {
    expect(withScenario.map((p) => p.page)).toEqual(['/customer-org/soe-case/']);
    expect(over(withScenario, 'js', 25 * KB)).toEqual([]);
  });

  it('the account-map page ships at most 20 KB of JavaScript before an import (zod loads only for one)', () => {
    const maps = pages.filter((p) => /\/customer-org\/account-map\/$/.test(p.page));
    expect(maps.map((p) => p.page).sort()).toEqual(['/customer-org/account-map/', '/en/customer-org/account-map/']);
    expect(over(maps, 'js', 20 * KB)).toEqual([]);
  });

  it('every page ships at most 15 KB of CSS', () => {
    expect(over(pages, 'css', 15 * KB)).toEqual([]);
  });

  it('the weighing follows imports: a lesson page counts the island, Preact and the shared progress chunk', () => {
    const lesson = lessonPages[0]!;
    expect(lesson.scripts.some((s) => /preact/.test(s))).toBe(true);
    expect(lesson.scripts.some((s) => /QuizIsland/.test(s))).toBe(true);
    expect(lesson.js).toBeGreaterThan(lesson.baseJs + 5 * KB);
    // An island entry that only re-exports its chunk still counts that chunk.
    expect(lesson.scripts.some((s) => /\/quiz\./.test(s))).toBe(true);
  });
});
