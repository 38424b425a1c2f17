// Full-width punctuation on a built page where it does not belong: English pages use half-width
// punctuation, Chinese pages full-width (docs/authoring.md). English lessons show a Chinese term
// as plain Han characters in ASCII brackets, "a challenge (质疑)": that holds no full-width
// punctuation, so it needs no exemption. The one exemption is an element marked lang="zh-CN"
// (or any zh lang), with everything inside it: the glossary's Chinese term beside the English
// one, the header's link to the Chinese site.
import type { Element, Root } from 'hast';
import { attr, fromHtml, isElement } from '../../src/lib/slides/hast.ts';

/**
 * CJK symbols and punctuation (U+3000–303F: 、。〈〉《》「」『』【】〔〕 and the ideographic space),
 * the full-width forms of ASCII punctuation (U+FF01–FF0F, FF1A–FF20, FF3B–FF40, FF5B–FF65:
 * ，；：！？（）［］｛｝ …) and the katakana middle dot ・. Not the curly quotes “ ” ‘ ’, the
 * ellipsis … or the dashes — –: English typography uses those same characters
 * (docs/translation-brief.md: prefer “ ” in prose).
 */
export const FULL_WIDTH = /[\u3000-\u303f\uff01-\uff0f\uff1a-\uff20\uff3b-\uff40\uff5b-\uff65\u30fb]/u;
const FULL_WIDTH_ALL = new RegExp(FULL_WIDTH.source, 'gu');

export interface Finding {
  /** Where on the page: `text`, `@<attribute>`, or `island <component>` for an island's props. */
  where: string;
  /** The character with up to 30 characters either side. */
  excerpt: string;
}

const excerpts = (text: string, where: string): Finding[] =>
  [...text.matchAll(FULL_WIDTH_ALL)].map((m) => ({ where, excerpt: text.slice(Math.max(0, m.index - 30), m.index + 31).replace(/\s+/g, ' ').trim() }));

const isChinese = (lang: string | undefined, inherited: boolean) => (lang === undefined ? inherited : /^zh\b/i.test(lang));

/**
 * Every string in an astro-island's `props` (JSON, Astro's `[type, value]` pairs): a string that
 * holds markup (a slide's HTML) is read as HTML, so its lang="zh-CN" elements are exempt too.
 */
function propStrings(value: unknown, out: string[] = []): string[] {
  if (typeof value === 'string') out.push(value);
  else if (Array.isArray(value)) for (const v of value) propStrings(v, out);
  else if (value && typeof value === 'object') for (const v of Object.values(value)) propStrings(v, out);
  return out;
}

/** Full-width punctuation in an English page's or fragment's text, attributes and island props, outside Chinese-marked elements. */
export function fullWidthFindings(html: string): Finding[] {
  const out: Finding[] = [];
  const walk = (node: Root | Element, chinese: boolean) => {
    for (const child of node.children) {
      if (child.type === 'text') {
        if (!chinese) out.push(...excerpts(child.value, 'text'));
      } else if (isElement(child)) {
        const zh = isChinese(attr(child, 'lang'), chinese);
        if (child.tagName === 'script' || child.tagName === 'style') continue;
        for (const [name, value] of Object.entries(child.properties ?? {})) {
          if (zh || value === undefined || value === null) continue;
          const text = Array.isArray(value) ? value.join(' ') : String(value);
          if (child.tagName === 'astro-island' && name === 'props') {
            const where = `island ${(attr(child, 'component-url') ?? '').replace(/^.*\/|\.[\w-]+\.js$/g, '')}`;
            for (const s of propStrings(JSON.parse(text))) {
              const found = s.includes('<') ? fullWidthFindings(s) : excerpts(s, where);
              out.push(...found.map((f) => ({ ...f, where: f.where === where ? where : `${where} ${f.where}` })));
            }
          } else out.push(...excerpts(text, `@${name}`));
        }
        walk(child, zh);
      }
    }
  };
  walk(fromHtml(html), false);
  return out;
}
