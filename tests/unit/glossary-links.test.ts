import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { pathToFileURL } from 'node:url';
import { glossaryLinks, glossaryLinksUnder, linkTerms, planLinks, type HNode } from '../../src/lib/glossary/links.ts';
import { glossaryPath } from '../../src/lib/urls.ts';

const root = fileURLToPath(new URL('../..', import.meta.url)).replace(/\/$/, '');
const text = (value: string): HNode => ({ type: 'text', value });
const el = (tagName: string, ...children: HNode[]): HNode => ({ type: 'element', tagName, properties: {}, children });
const jsx = (name: string, ...children: HNode[]): HNode => ({ type: 'mdxJsxFlowElement', name, children });
const a = (href: string, value: string): HNode => ({ type: 'element', tagName: 'a', properties: { href, className: ['glossary-link'] }, children: [text(value)] });
const root_ = (...children: HNode[]): HNode => ({ type: 'root', children });

const HREF = '/customer-org/glossary/#term-decider';
const zh = { link: [{ key: 'decider', text: '决策者', href: HREF }], all: [{ key: 'decider', text: '决策者' }], locale: 'zh-CN' as const };

describe('linkTerms', () => {
  it('links the first occurrence in body text, and only that one', () => {
    const tree = root_(el('p', text('先找决策者，再找决策者的上级。')), el('p', text('决策者拍板。')));
    expect(linkTerms(tree, zh)).toEqual(['decider']);
    expect(tree).toEqual(root_(el('p', text('先找'), a(HREF, '决策者'), text('，再找决策者的上级。')), el('p', text('决策者拍板。'))));
  });

  it('skips headings', () => {
    const tree = root_(el('h2', text('决策者')), el('p', text('决策者拍板。')));
    linkTerms(tree, zh);
    expect(tree).toEqual(root_(el('h2', text('决策者')), el('p', a(HREF, '决策者'), text('拍板。'))));
  });

  it('skips a term inside a link, and links the next occurrence', () => {
    const tree = root_(el('p', el('a', text('决策者'))), el('p', text('决策者')));
    linkTerms(tree, zh);
    expect(tree).toEqual(root_(el('p', el('a', text('决策者'))), el('p', a(HREF, '决策者'))));
  });

  it.each(['Quiz', 'Scenario', 'TrainerNote', 'Cite'])('skips text inside <%s>', (name) => {
    const tree = root_(jsx(name, el('p', text('决策者'))), el('p', text('决策者')));
    linkTerms(tree, zh);
    expect(tree).toEqual(root_(jsx(name, el('p', text('决策者'))), el('p', a(HREF, '决策者'))));
  });

  it('skips code, but links inside callouts and list items', () => {
    const tree = root_(el('p', el('code', text('决策者'))), jsx('Callout', el('ul', el('li', text('决策者')))));
    linkTerms(tree, zh);
    expect(tree).toEqual(root_(el('p', el('code', text('决策者'))), jsx('Callout', el('ul', el('li', a(HREF, '决策者'))))));
  });

  it('never reads a longer term as a shorter one (采购人员 is not 采购人)', () => {
    const opts = { link: [{ key: 'purchaser', text: '采购人', href: '#p' }], all: [{ key: 'purchaser', text: '采购人' }, { key: 'buyer', text: '采购人员' }], locale: 'zh-CN' as const };
    const tree = root_(el('p', text('采购人员向采购人报告。')));
    linkTerms(tree, opts);
    expect(tree).toEqual(root_(el('p', text('采购人员向'), a('#p', '采购人'), text('报告。'))));
  });

  it('links several terms in one text node, each once', () => {
    const opts = { link: [{ key: 'decider', text: 'decider', href: '#d' }, { key: 'user', text: 'user', href: '#u' }], all: [], locale: 'en' as const };
    const tree = root_(el('p', text('Deciders listen to users; the decider asks the user.')));
    expect(linkTerms(tree, opts)).toEqual(['decider', 'user']);
    expect(tree).toEqual(root_(el('p', a('#d', 'Deciders'), text(' listen to '), a('#u', 'users'), text('; the decider asks the user.'))));
  });

  it('matches English as whole words, without the bracketed ending', () => {
    const opts = { link: [{ key: 'research', text: 'market research (needs survey)', href: '#r' }, { key: 'user', text: 'user', href: '#u' }], all: [], locale: 'en' as const };
    const tree = root_(el('p', text('An end-user answers the market research.')));
    linkTerms(tree, opts);
    expect(tree).toEqual(root_(el('p', text('An end-user answers the '), a('#r', 'market research'), text('.'))));
  });
});

describe('the hast plugin', () => {
  /** Runs the plugin as Sätteri would: the factory for the file, then its `before` hook with replaceNode. */
  const run = (tree: HNode, path: string, plugins = glossaryLinks) => {
    const plugin = plugins({ fileURL: pathToFileURL(path) });
    plugin?.before(tree, { replaceNode: (node, parts) => {
      const walk = (n: HNode) => { if (n.children) { n.children = n.children.flatMap((c) => (c === node ? parts : [c])); n.children.forEach(walk); } };
      walk(tree);
    } });
    return plugin;
  };

  it('reads the course glossary and links a lesson’s own terms, with the locale’s URL', () => {
    expect(glossaryPath('customer-org', 'decider', '/en/')).toBe('/en/customer-org/glossary/#term-decider');
    const zhTree = root_(el('p', text('决策者和影响者；三重一大')));
    run(zhTree, `${root}/content/courses/customer-org/zh-CN/lessons/04-roles.mdx`);
    expect(zhTree).toEqual(root_(el('p', a('/customer-org/glossary/#term-decider', '决策者'), text('和'), a('/customer-org/glossary/#term-influencer', '影响者'), text('；三重一大'))));
    const enTree = root_(el('p', text('The decider and the influencer.')));
    run(enTree, `${root}/content/courses/customer-org/en/lessons/04-roles.mdx`);
    expect(enTree).toEqual(root_(el('p', text('The '), a('/en/customer-org/glossary/#term-decider', 'decider'), text(' and the '), a('/en/customer-org/glossary/#term-influencer', 'influencer'), text('.'))));
  });

  it('links under the site base when the site is served from a sub-path', () => {
    const enTree = root_(el('p', text('The decider.')));
    run(enTree, `${root}/content/courses/customer-org/en/lessons/04-roles.mdx`, glossaryLinksUnder('/training/'));
    expect(enTree).toEqual(root_(el('p', text('The '), a('/training/en/customer-org/glossary/#term-decider', 'decider'), text('.'))));
  });

  it('is left out for files that are not lessons', () => {
    expect(glossaryLinks({ fileURL: pathToFileURL(`${root}/src/pages/x.mdx`) })).toBeNull();
    expect(glossaryLinks({ fileURL: undefined })).toBeNull();
  });

  it('plans without changing the tree', () => {
    const tree = root_(el('p', text('决策者')));
    expect(planLinks(tree, zh)).toHaveLength(1);
    expect(tree).toEqual(root_(el('p', text('决策者'))));
  });
});
