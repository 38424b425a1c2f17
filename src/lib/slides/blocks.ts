/*
 * A lesson's rendered HTML as a list of top-level blocks (paragraph, heading, callout, table…),
 * each described by what the slide planner needs. Pure string work: it runs at build time on
 * Astro's rendered output, and in tests on built pages.
 */

const VOID = new Set(['area', 'base', 'br', 'col', 'embed', 'hr', 'img', 'input', 'link', 'meta', 'source', 'track', 'wbr']);

/** Splits HTML into its top-level elements (text between them is kept only if not blank). */
export function topLevelBlocks(source: string): string[] {
  const html = source.replace(/<!--[\s\S]*?-->/g, '');
  const out: string[] = [];
  const tag = /<(\/?)([a-zA-Z][\w-]*)\b[^>]*?(\/?)>/g;
  let depth = 0;
  let start = 0;
  let m: RegExpExecArray | null;
  while ((m = tag.exec(html))) {
    const [, closing, nameRaw, selfClosing] = m;
    const name = nameRaw!.toLowerCase();
    if (depth === 0 && !closing) {
      const text = html.slice(start, m.index).trim();
      if (text) out.push(text);
      start = m.index;
    }
    if (closing) depth--;
    else if (!selfClosing && !VOID.has(name)) depth++;
    // Script and style hold raw text, where "<" is not a tag: skip to their end tag.
    if (!closing && !selfClosing && (name === 'script' || name === 'style')) {
      const end = html.indexOf(`</${name}`, tag.lastIndex);
      tag.lastIndex = end < 0 ? html.length : end;
    }
    if (depth === 0) {
      out.push(html.slice(start, tag.lastIndex));
      start = tag.lastIndex;
    }
  }
  const rest = html.slice(start).trim();
  if (rest) out.push(rest);
  return out;
}

/** The visible text of some HTML: tags removed, entities for the common characters decoded, spaces collapsed. */
export function textOf(html: string): string {
  return html
    .replace(/<(script|style|template)\b[\s\S]*?<\/\1>/gi, ' ')
    .replace(/<[^>]+>/g, ' ')
    .replace(/&(amp|lt|gt|quot|#39|nbsp);/g, (_, e: string) => ({ amp: '&', lt: '<', gt: '>', quot: '"', '#39': "'", nbsp: ' ' })[e]!)
    .replace(/\s+/g, ' ')
    .trim();
}

export type BlockKind = 'heading' | 'note' | 'discussion' | 'keypoints' | 'quiz' | 'scenario' | 'break' | 'content';

export interface Block {
  kind: BlockKind;
  html: string;
  text: string;
  /** Heading text, discussion minutes, quiz lesson or scenario id, as the kind needs. */
  data?: string;
}

const attr = (html: string, name: string) => new RegExp(`${name}="([^"]*)"`).exec(html)?.[1];

/** What a top-level block is, for the slide planner. */
export function describe(html: string): Block {
  const open = /^<([a-zA-Z][\w-]*)([^>]*)>/.exec(html);
  const tag = open?.[1]?.toLowerCase() ?? '';
  const attrs = open?.[2] ?? '';
  const cls = attr(attrs, 'class') ?? '';
  const text = textOf(html);
  if (tag === 'h2') return { kind: 'heading', html, text, data: text };
  if (tag === 'hr' && /data-slide-break/.test(attrs)) return { kind: 'break', html, text: '' };
  if (/\btrainer-note\b/.test(cls)) return { kind: 'note', html, text };
  if (/\bdiscussion\b/.test(cls)) return { kind: 'discussion', html, text, data: attr(attrs, 'data-minutes') ?? '' };
  if (/\bkey-points\b/.test(cls)) return { kind: 'keypoints', html, text };
  if (/data-slide-quiz/.test(attrs)) return { kind: 'quiz', html, text: '', data: attr(attrs, 'data-slide-quiz') ?? '' };
  if (/data-slide-scenario/.test(attrs)) return { kind: 'scenario', html, text: '', data: attr(attrs, 'data-slide-scenario') ?? '' };
  return { kind: 'content', html, text };
}
