/*
 * The content rules of a slide written for the room: a heading; at most 6 short points, or one
 * diagram, table or quote (with at most one line beside it); at most 160 slide characters shown
 * (./measure.ts), heading included. Question slides are exempt from the count. Pure functions over
 * hast; the build test applies them to every authored deck.
 */
import type { Element, Root } from 'hast';
import { fromHtml, hasClass, isElement, nodeText } from './hast.ts';
import { slideChars } from './measure.ts';

export const SLIDE_RULES = { maxPoints: 6, maxVisuals: 1, maxChars: 160, maxLinesBesideVisual: 1 } as const;

export interface SlideShape {
  heading: string;
  /** List items and paragraphs outside a visual. */
  points: number;
  /** Diagrams, tables, quotes, flows, figures and images. */
  visuals: number;
  /** Slide characters of everything shown, heading included. */
  chars: number;
  /** The visible text, heading first. */
  text: string;
}

const VISUAL_TAGS = new Set(['table', 'figure', 'svg', 'blockquote', 'img', 'picture']);
/** Is this element a diagram, table or quote, shown as one piece? */
export const isVisual = (el: Element) => VISUAL_TAGS.has(el.tagName) || hasClass(el, 'flow') || hasClass(el, 'diagram') || hasClass(el, 'table-scroll');

/** Points and visuals in a slide's body. */
function count(node: Root | Element): { points: number; visuals: number } {
  let points = 0;
  let visuals = 0;
  const walk = (n: Root | Element) => {
    for (const c of n.children) {
      if (!isElement(c)) continue;
      if (isVisual(c)) visuals++;
      else if (c.tagName === 'li' || c.tagName === 'p' || /^h[3-6]$/.test(c.tagName)) points++;
      else walk(c);
    }
  };
  walk(node);
  // Text that is neither in a list nor in a paragraph (a bare line) is one point.
  if (!points && !visuals && nodeText(node)) points = 1;
  return { points, visuals };
}

/** What a slide with this heading and body markup shows. */
export function slideShape(heading: string | undefined, body: string | Root): SlideShape {
  const tree = typeof body === 'string' ? fromHtml(body) : body;
  const text = [heading ?? '', nodeText(tree)].filter(Boolean).join(' ');
  return { heading: (heading ?? '').trim(), ...count(tree), chars: slideChars(text), text };
}

/** What breaks the rules on one slide, in words (empty when it keeps them). Question slides are exempt from the count. */
export function slideProblems(shape: SlideShape, kind: 'content' | 'question' = 'content'): string[] {
  const out: string[] = [];
  if (!shape.heading) out.push('no heading');
  if (kind === 'question') return out;
  if (shape.points > SLIDE_RULES.maxPoints) out.push(`${shape.points} points (at most ${SLIDE_RULES.maxPoints})`);
  if (shape.visuals > SLIDE_RULES.maxVisuals) out.push(`${shape.visuals} diagrams, tables or quotes (at most ${SLIDE_RULES.maxVisuals})`);
  if (shape.visuals && shape.points > SLIDE_RULES.maxLinesBesideVisual) out.push(`${shape.points} points beside a diagram, table or quote (at most ${SLIDE_RULES.maxLinesBesideVisual})`);
  if (shape.chars > SLIDE_RULES.maxChars) out.push(`${shape.chars} characters (at most ${SLIDE_RULES.maxChars})`);
  return out;
}
