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

  it.each<[string, string, { kind: string; html: string; data?: string }]>([
    ['an authored slide: its title, and its inner markup as the slide', '<section data-slide="四种角色">\n<ul><li>决策者</li></ul>\n<p>x</p></section>', { kind: 'slide', data: '四种角色', html: '<ul><li>决策者</li></ul>\n<p>x</p>' }],
    ['a discussion with its minutes', '<section class="discussion" data-minutes="15"><h2>课堂讨论</h2></section>', { kind: 'discussion', data: '15', html: '<section class="discussion" data-minutes="15"><h2>课堂讨论</h2></section>' }],
    ['a class among others', '<aside class="callout trainer-note x"><p>n</p></aside>', { kind: 'note', html: '<aside class="callout trainer-note x"><p>n</p></aside>' }],
    ['a quiz marker', '<div data-slide-quiz="roles"></div>', { kind: 'quiz', data: 'roles', html: '<div data-slide-quiz="roles"></div>' }],
  ])('describes %s', (what, html, expected) => expect(describeBlock(html), what).toMatchObject(expected));

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

describe('planSlides with authored <Slide> blocks', () => {
  const slide = (title: string, body = '<ul><li>点</li></ul>') => `<section data-slide="${title}">${body}</section>`;
  const kinds = (s: ReturnType<typeof plan>) => s.map((x) => (x.kind === 'content' ? `content:${x.heading ?? ''}` : x.kind));

  it.each<[string, string, string[]]>([
    ['only authored slides reach the room, with their titles', `${p(5)}<h2>一</h2>${slide('甲')}${p(300)}<h2>二</h2>${slide('乙')}${p(300)}`, ['title', 'content:甲', 'content:乙']],
    ['a section with no slide adds none', `<h2>一</h2>${slide('甲')}${p(5)}<h2>二</h2>${p(500)}<hr data-slide-break>${p(5)}`, ['title', 'content:甲']],
    ['key points are notes, discussions and questions still slides', `<h2>一</h2>${slide('甲')}<section class="key-points"><h2>要点回顾</h2><ul><li>x</li></ul></section><div data-slide-quiz="roles"></div><section class="discussion" data-minutes="5"><p>?</p></section>`, ['title', 'content:甲', 'question', 'question', 'discussion']],
    ['two slides in one section', `<h2>一</h2>${slide('甲')}${p(5)}${slide('乙')}${p(5)}`, ['title', 'content:甲', 'content:乙']],
  ])('%s', (what, html, expected) => expect(kinds(plan(html)), what).toEqual(expected));

  it('turns the lesson prose of each part into its slide\'s notes, losing nothing', () => {
    const html = `${p(3, '引')}<h2>一</h2>${p(3, '前')}${slide('甲', '<p>点</p>')}${p(3, '后')}<aside class="trainer-note"><p>提示</p></aside><h2>二</h2>${p(3, '无')}<div data-slide-quiz="x"></div>${p(3, '尾')}`;
    const s = plan(html, 200, 1);
    expect(s[0]!.notes, 'the introduction goes to the title slide').toEqual([p(3, '引')]);
    expect(s[1], 'the heading and prose before the slide, then the prose after it').toMatchObject({ kind: 'content', heading: '甲', authored: true, html: ['<p>点</p>'], notes: ['<h2>一</h2>', p(3, '前'), p(3, '后'), '<aside class="trainer-note"><p>提示</p></aside>', '<h2>二</h2>', p(3, '无')] });
    expect(s[2], 'what follows a question goes to it').toMatchObject({ kind: 'question', notes: [p(3, '尾')] });
    const shown = s.flatMap((x) => [...(x.kind === 'content' ? x.html : []), ...x.notes]).join('');
    for (const b of topLevelBlocks(html).filter((b) => !b.includes('data-slide'))) expect(shown, b).toContain(b);
  });
});

