import { describe, expect, it } from 'vitest';
import { pagesPerTemplate, templateFor, templateOf } from '../support/templates.ts';

const FILES = [
  '404.astro',
  '[...lang]/index.astro',
  '[...lang]/search.astro',
  '[...lang]/[course]/index.astro',
  '[...lang]/[course]/results.astro',
  '[...lang]/[course]/[lesson]/index.astro',
  '[...lang]/[course]/[lesson]/present/index.astro',
  '[...lang]/[course]/scenarios/[id].astro',
];
const REST = ['', 'en/'];
const templates = FILES.map((f) => templateOf(f, REST));

describe('templateFor: the page template that built a path', () => {
  it.each([
    ['/', '[...lang]/index.astro'],
    ['/en/', '[...lang]/index.astro'],
    ['/404/', '404.astro'],
    ['/search/', '[...lang]/search.astro'],
    ['/en/search/', '[...lang]/search.astro'],
    ['/customer-org/', '[...lang]/[course]/index.astro'],
    ['/en/customer-org/', '[...lang]/[course]/index.astro'],
    ['/customer-org/results/', '[...lang]/[course]/results.astro'],
    ['/customer-org/roles/', '[...lang]/[course]/[lesson]/index.astro'],
    ['/en/customer-org/roles/', '[...lang]/[course]/[lesson]/index.astro'],
    ['/customer-org/roles/present/', '[...lang]/[course]/[lesson]/present/index.astro'],
    ['/customer-org/scenarios/private-cost/', '[...lang]/[course]/scenarios/[id].astro'],
  ])('%s comes from %s', (path, file) => {
    expect(templateFor(templates, path)?.file).toBe(file);
  });

  it('matches nothing for a path no template makes', () => {
    expect(templateFor([templateOf('[course]/index.astro')], '/a/b/')).toBeUndefined();
  });
});

describe('pagesPerTemplate', () => {
  const languageOf = (p: string) => (p.startsWith('/en/') ? 'en' : 'zh-CN');

  it('picks, per template and language, the page with the most islands', () => {
    const { picks, unbuilt } = pagesPerTemplate(
      ['[...lang]/[course]/[lesson]/index.astro', '[...lang]/index.astro'],
      [
        { path: '/customer-org/roles/', islands: 1 },
        { path: '/customer-org/soe-case/', islands: 2 },
        { path: '/en/customer-org/roles/', islands: 1 },
        { path: '/', islands: 0 },
      ],
      languageOf,
      REST,
    );
    expect(picks).toEqual([
      { template: '[...lang]/[course]/[lesson]/index.astro', language: 'en', path: '/en/customer-org/roles/' },
      { template: '[...lang]/[course]/[lesson]/index.astro', language: 'zh-CN', path: '/customer-org/soe-case/' },
      { template: '[...lang]/index.astro', language: 'zh-CN', path: '/' },
    ]);
    expect(unbuilt).toEqual([]);
  });

  it('names a template that built no page', () => {
    expect(pagesPerTemplate(['[...lang]/glossary.astro'], [{ path: '/', islands: 0 }], languageOf, REST).unbuilt).toEqual(['[...lang]/glossary.astro']);
  });
});
