// The scanner behind tests/build/punctuation.test.ts: what counts as full-width punctuation on an
// English page, and the one exemption (an element marked lang="zh-CN").
import { describe, expect, it } from 'vitest';
import { fullWidthFindings } from '../support/punctuation.ts';

const island = (props: unknown) => `<astro-island component-url="/_astro/QuizIsland.Ab12_x.js" props="${JSON.stringify(props).replaceAll('&', '&amp;').replaceAll('"', '&quot;')}"></astro-island>`;

describe('full-width punctuation on an English page', () => {
  it.each([
    ['a Chinese semicolon in the text', '<p>A；B</p>', ['text: A；B']],
    ['a full-width colon in an aria-label', '<section aria-label="Note：x"></section>', ['@aria-label: Note：x']],
    ['a document number with 〔〕 in the text', '<p>财库〔2020〕10号</p>', ['text: 财库〔2020〕10号', 'text: 财库〔2020〕10号']],
    ['a full-width comma in an island prop', island({ text: [0, 'A，B'] }), ['island QuizIsland: A，B']],
    ['a Chinese semicolon in HTML inside an island prop', island({ html: [0, '<p>x；y</p>'] }), ['island QuizIsland text: x；y']],
    ['English inside a Chinese element', '<span lang="zh-CN">决策者<span lang="en">a；b</span></span>', ['text: a；b']],
  ] as const)('found: %s', (_, html, found) => {
    expect(fullWidthFindings(html).map((f) => `${f.where}: ${f.excerpt}`)).toEqual(found);
  });

  it.each([
    ['a Chinese term in ASCII brackets, as English lessons show one', '<p>file a challenge (质疑) within 7 days</p>'],
    ['a term in an element marked lang="zh-CN", with everything inside it', '<dt><dfn>decider</dfn> <span class="other" lang="zh-CN">决策者（<b>角色</b>）</span></dt>'],
    ['the link to the Chinese site', '<a href="/" lang="zh-CN" aria-label="中文：首页">中文</a>'],
    ['curly quotes, ellipsis and dashes of English typography', '<p>“Three Majors” — it’s… A–B · C</p>'],
    ['script and style text', '<script>const a = "；"</script><style>p::after{content:"："}</style>'],
    ['a Chinese element in HTML inside an island prop', island({ html: [0, '<p>term <span lang="zh-CN">（质疑）</span></p>'] })],
  ] as const)('not found: %s', (_, html) => {
    expect(fullWidthFindings(html)).toEqual([]);
  });
});
