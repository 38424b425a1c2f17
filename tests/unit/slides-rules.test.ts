import { describe, expect, it } from 'vitest';
import { decodeEntities, fromHtml, nodeText, attr } from '../../src/lib/slides/hast.ts';
import { charThirds, slideChars } from '../../src/lib/slides/measure.ts';
import { slideProblems, slideShape } from '../../src/lib/slides/rules.ts';
import type { Element } from 'hast';

describe('fromHtml: rendered HTML as hast', () => {
  it.each<[string, string, string]>([
    ['entities decoded in text', '<p>A &amp; B&nbsp;&lt;C&gt; &#39;x&#39; &#x4e2d;</p>', "A & B <C> 'x' 中"],
    ['scripts and styles are raw text, and hidden', '<div><script>if (a<b && c<div) x()</script><style>p>a{}</style>t</div>', 't'],
    ['SVG titles and visually hidden text are not seen', '<figure><svg><title>alt</title><text>角色</text></svg><span class="visually-hidden">屏幕阅读器</span></figure>', '角色'],
    ['aria-hidden text is seen', '<li><span class="key" aria-hidden="true">1</span>选项</li>', '1选项'],
    ['void and self-closing elements do not swallow what follows', '<p>a<br>b</p><img src="x"><astro-slot/><p>c</p>', 'a b c'],
    ['comments dropped, a stray "<" kept as text', '<!-- note --><p>1 < 2</p>', '1 < 2'],
  ])('%s', (what, html, text) => expect(nodeText(fromHtml(html)), what).toBe(text));

  it('keeps attributes as written and the source offsets of each element', () => {
    const html = '<p>x</p><section class="discussion" data-minutes="15"><h2>课堂讨论</h2></section>';
    const el = fromHtml(html).children[1] as Element;
    expect(attr(el, 'class')).toBe('discussion');
    expect(attr(el, 'data-minutes')).toBe('15');
    expect(html.slice(el.position!.start.offset, el.position!.end.offset)).toBe(html.slice(8));
  });

  it('closes elements left open by a parent end tag', () => {
    const tree = fromHtml('<div><p>a</div><p>b</p>');
    expect(tree.children.map((c) => (c as Element).tagName)).toEqual(['div', 'p']);
  });

  it('leaves unknown references alone', () => expect(decodeEntities('&bogus; &#0; &amp;')).toBe('&bogus; &#0; &'));
});

describe('slideChars: CJK 1 each, other visible characters ⅓, spaces 0', () => {
  it.each<[string, number]>([
    ['', 0],
    ['决策者', 3],
    ['，。；：', 4],
    ['abc', 1],
    ['a b c', 1],
    ['decider', 2.33],
    ['约 30 天', 2.67],
    ['中'.repeat(160), 160],
  ])('%j counts %d', (text, n) => expect(slideChars(text), text).toBe(n));

  it.each<[string, number]>([['中', 3], ['あ', 3], ['한', 3], ['Ａ', 3], ['a', 1], ['7', 1], ['—', 1], [' ', 0], ['\u00a0', 0]])('%j weighs %d thirds', (ch, n) => expect(charThirds(ch), ch).toBe(n));
});

describe('slide rules', () => {
  const ok = '<ul><li>决策者拍板</li><li>影响者献策</li></ul>';
  it.each<[string, string | undefined, string, string[]]>([
    ['a heading and two points', '四种角色', ok, []],
    ['no heading', undefined, ok, ['no heading']],
    ['seven points', '角色', `<ul>${'<li>一点</li>'.repeat(7)}</ul>`, ['7 points (at most 6)']],
    ['paragraphs are points too', '角色', '<p>一</p><ul><li>二</li></ul>', []],
    ['one table, nothing else', '角色', '<div class="table-scroll"><table><tr><td>决策者</td></tr></table></div>', []],
    ['a diagram and one caption line', '角色', '<figure class="diagram"><svg><text>图</text></svg></figure><p>看图</p>', []],
    ['two visuals', '角色', '<table><tr><td>a</td></tr></table><blockquote><p>b</p></blockquote>', ['2 diagrams, tables or quotes (at most 1)']],
    ['a visual with two lines', '角色', '<table><tr><td>a</td></tr></table><p>b</p><p>c</p>', ['2 points beside a diagram, table or quote (at most 1)']],
    ['too many characters (heading counted)', '标题', `<p>${'字'.repeat(159)}</p>`, ['161 characters (at most 160)']],
    ['English at ⅓ a letter fits more', 'Roles', `<p>${'word '.repeat(90)}</p>`, []],
  ])('%s', (what, heading, body, problems) => expect(slideProblems(slideShape(heading, body)), what).toEqual(problems));

  it('question slides need a heading but are exempt from the count', () => {
    expect(slideProblems(slideShape('问题', `<ol>${'<li>很长的选项文字很长的选项文字</li>'.repeat(9)}</ol>`), 'question')).toEqual([]);
    expect(slideProblems(slideShape('', '<p>x</p>'), 'question')).toEqual(['no heading']);
  });
});
