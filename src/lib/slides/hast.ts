/*
 * Rendered HTML as a hast tree (the syntax tree of unified/rehype), so that slides are cut from
 * real elements rather than from regular expressions over markup.
 *
 * hast-util-to-html and the hast types come with Astro; a parser into hast (rehype-parse,
 * hast-util-from-html) does not, and packages cannot be added here, so `fromHtml` is a small
 * tokenizer that builds hast itself. Everything else in src/lib/slides works on hast only, so
 * replacing this one function with `hast-util-from-html` later changes nothing downstream.
 */
import type { Element, ElementContent, Root, RootContent } from 'hast';
import { toHtml } from 'hast-util-to-html';

export { toHtml };

const NAMED: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: '\u00a0', mdash: '—', ndash: '–', hellip: '…', lsquo: '‘', rsquo: '’', ldquo: '“', rdquo: '”', middot: '·', times: '×', rarr: '→', larr: '←' };

/** Character references (&amp;, &#39;, &#x4e2d;, and the common named ones) as the characters they stand for. */
export function decodeEntities(text: string): string {
  return text.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (whole, ref: string) => {
    if (ref[0] === '#') {
      const code = ref[1] === 'x' || ref[1] === 'X' ? parseInt(ref.slice(2), 16) : parseInt(ref.slice(1), 10);
      return Number.isFinite(code) && code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : whole;
    }
    return NAMED[ref.toLowerCase()] ?? whole;
  });
}

const VOID = new Set(['area', 'base', 'br', 'col', 'embed', 'hr', 'img', 'input', 'link', 'meta', 'source', 'track', 'wbr']);
const RAW_TEXT = new Set(['script', 'style', 'textarea']);
const NAME = /[a-zA-Z][\w:-]*/y;
const ATTR = /\s*([^\s"'>\/=]+)(?:\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s>]+)))?/y;

/**
 * Parses an HTML fragment into a hast root: elements, text (character references decoded), every
 * element with the offsets of its markup in the source; comments and doctypes are dropped. It is
 * a tokenizer for well-formed markup such as Astro's output (void elements, self-closing tags,
 * raw text in script and style, unmatched end tags ignored), not a full HTML5 tree builder.
 * Attribute names are kept as written (`class`, `data-minutes`): read them with `attr`.
 */
export function fromHtml(html: string): Root {
  const root: Root = { type: 'root', children: [] };
  const stack: (Root | Element)[] = [root];
  const top = () => stack[stack.length - 1]!;
  const at = (offset: number) => ({ line: 0, column: 0, offset });
  const text = (from: number, to: number) => {
    if (to > from) (top().children as ElementContent[]).push({ type: 'text', value: decodeEntities(html.slice(from, to)) });
  };
  let i = 0;
  while (i < html.length) {
    const lt = html.indexOf('<', i);
    if (lt < 0) {
      text(i, html.length);
      break;
    }
    text(i, lt);
    if (html.startsWith('<!--', lt)) {
      const end = html.indexOf('-->', lt + 4);
      i = end < 0 ? html.length : end + 3;
      continue;
    }
    if (html[lt + 1] === '!' || html[lt + 1] === '?') {
      const end = html.indexOf('>', lt);
      i = end < 0 ? html.length : end + 1;
      continue;
    }
    const closing = html[lt + 1] === '/';
    NAME.lastIndex = lt + (closing ? 2 : 1);
    const name = NAME.exec(html)?.[0]?.toLowerCase();
    if (!name) {
      // A "<" that opens no tag is text.
      text(lt, lt + 1);
      i = lt + 1;
      continue;
    }
    if (closing) {
      const end = html.indexOf('>', NAME.lastIndex);
      i = end < 0 ? html.length : end + 1;
      const open = stack.findLastIndex((n) => n.type === 'element' && n.tagName === name);
      if (open > 0) {
        for (let k = stack.length - 1; k >= open; k--) {
          const el = stack[k] as Element;
          el.position = { start: el.position!.start, end: at(k === open ? i : lt) };
        }
        stack.length = open;
      }
      continue;
    }
    const properties: Element['properties'] = {};
    let p = NAME.lastIndex;
    for (;;) {
      ATTR.lastIndex = p;
      const m = ATTR.exec(html);
      if (!m || !m[0].trim()) break;
      properties[m[1]!] = decodeEntities(m[2] ?? m[3] ?? m[4] ?? '');
      p = ATTR.lastIndex;
    }
    const gt = html.indexOf('>', p);
    const end = gt < 0 ? html.length : gt + 1;
    const selfClosing = html[gt - 1] === '/';
    const el: Element = { type: 'element', tagName: name, properties, children: [], position: { start: at(lt), end: at(end) } };
    (top().children as ElementContent[]).push(el);
    i = end;
    if (RAW_TEXT.has(name)) {
      const close = html.toLowerCase().indexOf(`</${name}`, i);
      const stop = close < 0 ? html.length : close;
      if (stop > i) el.children.push({ type: 'text', value: html.slice(i, stop) });
      const after = close < 0 ? html.length : html.indexOf('>', close) + 1 || html.length;
      el.position = { start: at(lt), end: at(after) };
      i = after;
    } else if (!selfClosing && !VOID.has(name)) stack.push(el);
  }
  // Elements left open at the end run to the end of the source.
  for (let k = stack.length - 1; k > 0; k--) {
    const el = stack[k] as Element;
    el.position = { start: el.position!.start, end: at(html.length) };
  }
  return root;
}

export const isElement = (n: unknown, tag?: string): n is Element => !!n && (n as Element).type === 'element' && (tag === undefined || (n as Element).tagName === tag);

/** An attribute's value as written in the HTML (undefined when absent). */
export function attr(el: Element, name: string): string | undefined {
  const v = el.properties?.[name];
  return v === undefined || v === null ? undefined : Array.isArray(v) ? v.join(' ') : String(v);
}

export const classes = (el: Element): string[] => (attr(el, 'class') ?? '').split(/\s+/).filter(Boolean);
export const hasClass = (el: Element, name: string) => classes(el).includes(name);

/** Elements whose text nobody sees on screen: scripts, styles, templates, SVG titles and descriptions, hidden and visually hidden text (aria-hidden text is seen, so it counts). */
export function isHidden(el: Element): boolean {
  if (['script', 'style', 'template', 'title', 'desc'].includes(el.tagName)) return true;
  if (attr(el, 'hidden') !== undefined) return true;
  return hasClass(el, 'visually-hidden') || hasClass(el, 'sr-only');
}

const INLINE = new Set(['a', 'abbr', 'b', 'cite', 'code', 'em', 'i', 'kbd', 'mark', 'q', 's', 'small', 'span', 'strong', 'sub', 'sup', 'time', 'u']);

/** The visible text of a node: hidden elements left out, boundaries of non-inline elements as spaces, spaces collapsed. */
export function nodeText(node: Root | ElementContent | RootContent): string {
  const parts: string[] = [];
  const walk = (n: Root | ElementContent | RootContent) => {
    if (n.type === 'text') parts.push(n.value);
    else if (n.type === 'element') {
      if (isHidden(n)) return;
      const gap = INLINE.has(n.tagName) ? '' : ' ';
      parts.push(gap);
      n.children.forEach(walk);
      parts.push(gap);
    } else if (n.type === 'root') n.children.forEach(walk);
  };
  walk(node);
  return parts.join('').replace(/\s+/g, ' ').trim();
}

/** Every element under a node (itself included), depth first, skipping nothing. */
export function elements(node: Root | Element): Element[] {
  const out: Element[] = [];
  const walk = (n: Root | RootContent) => {
    if (n.type === 'element') out.push(n);
    if (n.type === 'element' || n.type === 'root') n.children.forEach(walk);
  };
  walk(node);
  return out;
}
