/*
 * A lesson's rendered HTML as a list of top-level blocks (paragraph, heading, callout, table,
 * authored slide…), each described by what the slide planner needs. Pure functions over a hast
 * tree (./hast.ts): they run at build time on Astro's rendered output, and in tests on built pages.
 */
import type { Element, Root } from 'hast';
import { attr, fromHtml, hasClass, isElement, nodeText, toHtml } from './hast.ts';

export type BlockKind = 'heading' | 'note' | 'discussion' | 'keypoints' | 'quiz' | 'scenario' | 'break' | 'slide' | 'content';

export interface Block {
  kind: BlockKind;
  /** The block's markup as it stands in the source (for an authored slide, its inner markup). */
  html: string;
  /** Its visible text. */
  text: string;
  /** Heading text, discussion minutes, quiz lesson, scenario id or slide title, as the kind needs. */
  data?: string;
}

/** The markup of a node exactly as it stands in `source` when its position is known, else serialized from the tree. */
const markupOf = (el: Element, source: string) => {
  const { start, end } = el.position ?? {};
  return start?.offset !== undefined && end?.offset !== undefined ? source.slice(start.offset, end.offset) : toHtml(el);
};
const innerMarkupOf = (el: Element, source: string) => {
  const first = el.children.find((n) => isElement(n)) ?? null;
  const inner = el.children.filter((c) => c.type === 'element' || (c.type === 'text' && c.value.trim()));
  if (!inner.length) return '';
  const allPositioned = inner.every((c) => c.type === 'element' && c.position?.start.offset !== undefined);
  if (first && allPositioned) {
    const a = (inner[0] as Element).position!.start.offset!;
    const b = (inner.at(-1) as Element).position!.end.offset!;
    return source.slice(a, b);
  }
  return toHtml({ type: 'root', children: el.children });
};

/** What one top-level element is, for the slide planner. */
export function describeElement(el: Element, source = toHtml(el)): Block {
  const html = markupOf(el, source);
  const text = nodeText(el);
  if (el.tagName === 'h2') return { kind: 'heading', html, text, data: text };
  if (el.tagName === 'hr' && attr(el, 'data-slide-break') !== undefined) return { kind: 'break', html, text: '' };
  const slide = attr(el, 'data-slide');
  if (slide !== undefined) return { kind: 'slide', html: innerMarkupOf(el, source), text, data: slide };
  if (hasClass(el, 'trainer-note')) return { kind: 'note', html, text };
  if (hasClass(el, 'discussion')) return { kind: 'discussion', html, text, data: attr(el, 'data-minutes') ?? '' };
  if (hasClass(el, 'key-points')) return { kind: 'keypoints', html, text };
  const quiz = attr(el, 'data-slide-quiz');
  if (quiz !== undefined) return { kind: 'quiz', html, text: '', data: quiz };
  const scenario = attr(el, 'data-slide-scenario');
  if (scenario !== undefined) return { kind: 'scenario', html, text: '', data: scenario };
  return { kind: 'content', html, text };
}

/** The top-level blocks of a fragment of HTML; stray text between elements becomes a content block of its own. */
export function blocksOf(source: string | Root): Block[] {
  const html = typeof source === 'string' ? source : toHtml(source);
  const tree = typeof source === 'string' ? fromHtml(source) : source;
  const out: Block[] = [];
  for (const n of tree.children) {
    if (n.type === 'element') out.push(describeElement(n, html));
    else if (n.type === 'text' && n.value.trim()) out.push({ kind: 'content', html: n.value.trim(), text: n.value.replace(/\s+/g, ' ').trim() });
  }
  return out;
}

/** The markup of each top-level block of some HTML (blank text between them dropped). */
export const topLevelBlocks = (html: string): string[] =>
  fromHtml(html).children.flatMap((n) => (n.type === 'element' ? [markupOf(n, html)] : n.type === 'text' && n.value.trim() ? [n.value.trim()] : []));

/** What a top-level block (given as markup) is. */
export function describe(html: string): Block {
  const el = fromHtml(html).children.find((n) => isElement(n));
  return el ? describeElement(el, html) : { kind: 'content', html, text: html.replace(/\s+/g, ' ').trim() };
}

/** The visible text of some HTML: tags removed, entities decoded, hidden text left out, spaces collapsed. */
export const textOf = (html: string): string => nodeText(fromHtml(html));
