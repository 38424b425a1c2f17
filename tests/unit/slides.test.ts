import { describe, expect, it } from 'vitest';
import { describe as describeBlock, textOf, topLevelBlocks } from '../../src/lib/slides/blocks.ts';
import { planSlides } from '../../src/lib/slides/plan.ts';

const plan = (html: string, maxChars = 200, questions = 2) => planSlides(topLevelBlocks(html).map(describeBlock), { maxChars, questions });
const p = (n: number, ch = '字') => `<p>${ch.repeat(n)}</p>`;

describe('topLevelBlocks', () => {
  it.each<[string, string, string[]]>([
    ['siblings', '<p>a</p><h2 id="x">b</h2>', ['<p>a</p>', '<h2 id="x">b</h2>']],
    ['nesting and void elements', '<div><p>a<br>b</p><img src="x"></div><hr>', ['<div><p>a<br>b</p><img src="x"></div>', '<hr>']],
    ['whitespace between blocks dropped', '\n  <p>a</p>\n\n  <p>b</p>\n', ['<p>a</p>', '<p>b</p>']],
    ['comments skipped, stray text kept', '<!-- c --><p>a</p> loose text ', ['<p>a</p>', 'loose text']],
    ['self-closing custom tags', '<astro-slot/><p>a</p>', ['<astro-slot/>', '<p>a</p>']],
    ['"<" inside scripts and styles is not a tag', '<section><script>if (a<b && c<div) x()</script><style>p>a{}</style></section><p>b</p>', ['<section><script>if (a<b && c<div) x()</script><style>p>a{}</style></section>', '<p>b</p>']],
  ])('%s', (_, html, blocks) => expect(topLevelBlocks(html)).toEqual(blocks));

  it('text of HTML: tags off, entities decoded, scripts ignored', () => {
    expect(textOf('<p>A &amp; B&nbsp;&lt;C&gt;<script>x()</script></p>')).toBe('A & B <C>');
  });
});

describe('planSlides', () => {
  it('makes a title slide and one slide per ## section', () => {
    const s = plan(`${p(10)}<h2>一</h2>${p(10)}<h2>二</h2>${p(10)}`);
    expect(s.map((x) => x.kind)).toEqual(['title', 'content', 'content', 'content']);
    expect(s.slice(1).map((x) => (x.kind === 'content' ? x.heading ?? '' : ''))).toEqual(['', '一', '二']);
  });

  it('continues a long section on further slides at block boundaries, repeating its heading', () => {
    const s = plan(`<h2>长</h2>${p(150)}${p(150)}${p(30)}`);
    const content = s.filter((x) => x.kind === 'content');
    expect(content.map((x) => x.kind === 'content' && [x.heading, x.continued, x.html.length])).toEqual([['长', false, 1], ['长', true, 2]]);
  });

  it('keeps one long block whole rather than leave an empty slide', () => {
    const s = plan(`<h2>长</h2>${p(500)}`);
    expect(s).toHaveLength(2);
  });

  it('starts a new slide at an author’s break', () => {
    const s = plan(`<h2>一</h2>${p(5)}<hr data-slide-break>${p(5)}`);
    expect(s.filter((x) => x.kind === 'content').map((x) => x.kind === 'content' && x.continued)).toEqual([false, true]);
  });

  it('gives trainer notes to the slide they follow, never to the audience', () => {
    const s = plan(`<aside class="trainer-note"><p>开场问一问</p></aside><h2>一</h2>${p(5)}<aside class="trainer-note"><p>注意</p></aside>`);
    expect(s[0]).toEqual({ kind: 'title', notes: ['<aside class="trainer-note"><p>开场问一问</p></aside>'] });
    expect(s[1]).toMatchObject({ kind: 'content', html: [p(5)], notes: ['<aside class="trainer-note"><p>注意</p></aside>'] });
  });

  it('turns key points, discussions, quizzes and scenarios into slides of their own', () => {
    const s = plan(`<h2>一</h2>${p(5)}<section class="key-points"><h2>要点回顾</h2><ul><li>x</li></ul></section><div data-slide-scenario="soe"></div><div data-slide-quiz="roles"></div><section class="discussion" data-minutes="15"><h2>课堂讨论</h2><p>?</p></section>`);
    expect(s.map((x) => x.kind)).toEqual(['title', 'content', 'content', 'scenario', 'question', 'question', 'discussion']);
    expect(s.at(-1)).toMatchObject({ kind: 'discussion', minutes: 15 });
    expect(s[4]).toMatchObject({ lesson: 'roles', index: 0 });
  });

  it('drops a heading left empty by a special slide, keeping its notes', () => {
    const s = plan(`<h2>一</h2>${p(5)}<h2>空</h2><aside class="trainer-note"><p>n</p></aside><section class="discussion" data-minutes="5"><p>?</p></section>`);
    expect(s.map((x) => x.kind)).toEqual(['title', 'content', 'discussion']);
    expect(s[1]!.notes).toEqual(['<aside class="trainer-note"><p>n</p></aside>']);
  });
});
