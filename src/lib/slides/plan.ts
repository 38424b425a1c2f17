import type { Block } from './blocks.ts';

/*
 * How a lesson becomes slides. Two ways:
 *
 * - Authored (the lesson has <Slide> blocks): the room sees only the authored slides, plus the
 *   title slide, discussions, class questions and scenarios. Everything else in the lesson becomes
 *   speaker notes, so nothing is lost: the blocks of a `##` section before its first <Slide> go
 *   to that slide (the heading first), the blocks after a <Slide> go to it, and a section with no
 *   <Slide> goes to the slide before it (the lesson's introduction to the title slide).
 * - Automatic (no <Slide> block yet: today's behaviour, kept while decks are written): each `##`
 *   section is a slide; an author's <SlideBreak /> starts a new one; a section with more text than
 *   fits is continued on further slides at block boundaries, repeating its heading. Trainer notes
 *   go to the presenter's notes of the slide they sit in; key points get a slide of their own.
 *
 * Either way each discussion prompt gets a slide with a timer, a knowledge check one per
 * question, and a scenario one to play with the room.
 */

export type Slide =
  | { kind: 'title'; notes: string[] }
  | { kind: 'content'; heading?: string; continued: boolean; html: string[]; notes: string[]; /** Written for the room with <Slide>. */ authored?: true }
  | { kind: 'discussion'; html: string; minutes: number; notes: string[] }
  | { kind: 'question'; lesson: string; index: number; notes: string[] }
  | { kind: 'scenario'; id: string; notes: string[] };

export interface PlanOptions {
  /** Most characters of text on one content slide before it continues on the next. */
  maxChars: number;
  /** Questions in the lesson's knowledge check, so each gets a slide. */
  questions: number;
}

/** Does this lesson have authored slides? */
export const isAuthored = (blocks: readonly Block[]) => blocks.some((b) => b.kind === 'slide');

export function planSlides(blocks: readonly Block[], options: PlanOptions): Slide[] {
  return isAuthored(blocks) ? planAuthored(blocks, options) : planAutomatic(blocks, options);
}

/** The slides of a lesson with <Slide> blocks (see the top of this file). */
function planAuthored(blocks: readonly Block[], { questions }: PlanOptions): Slide[] {
  const slides: Slide[] = [{ kind: 'title', notes: [] }];
  /** Blocks of the current section that no slide has taken yet. */
  let pending: string[] = [];
  /** The authored slide of the current section that later blocks go to. */
  let current: Slide | null = null;
  const flush = () => {
    slides[slides.length - 1]!.notes.push(...pending);
    pending = [];
  };
  const special = (s: Slide[]) => {
    flush();
    slides.push(...s);
    current = null;
  };
  for (const b of blocks) {
    switch (b.kind) {
      case 'slide':
        current = { kind: 'content', heading: b.data ?? '', continued: false, html: [b.html], notes: pending, authored: true };
        pending = [];
        slides.push(current);
        break;
      case 'heading':
        flush();
        current = null;
        pending.push(b.html);
        break;
      case 'discussion':
        special([{ kind: 'discussion', html: b.html, minutes: Number(b.data) || 10, notes: [] }]);
        break;
      case 'quiz':
        special(Array.from({ length: questions }, (_, index) => ({ kind: 'question' as const, lesson: b.data!, index, notes: [] })));
        break;
      case 'scenario':
        special([{ kind: 'scenario', id: b.data!, notes: [] }]);
        break;
      case 'break':
        break;
      default:
        // Prose, callouts, tables, key points and trainer notes: the speaker notes of their slide.
        if (current) current.notes.push(b.html);
        else pending.push(b.html);
    }
  }
  flush();
  return slides;
}

/** The slides of a lesson without <Slide> blocks: cut from its sections (see the top of this file). */
function planAutomatic(blocks: readonly Block[], { maxChars, questions }: PlanOptions): Slide[] {
  const slides: Slide[] = [{ kind: 'title', notes: [] }];
  let heading: string | undefined;
  let current: Extract<Slide, { kind: 'content' }> | null = null;
  let size = 0;
  const open = (continued: boolean) => {
    current = { kind: 'content', ...(heading !== undefined ? { heading } : {}), continued, html: [], notes: [] };
    slides.push(current);
    size = 0;
  };
  const close = () => {
    current = null;
  };

  for (const b of blocks) {
    switch (b.kind) {
      case 'heading':
        heading = b.data;
        open(false);
        break;
      case 'break':
        open(true);
        break;
      case 'note':
        // A trainer note belongs to the slide it follows (the title slide when nothing came before).
        slides[slides.length - 1]!.notes.push(b.html);
        break;
      case 'keypoints':
        close();
        heading = undefined;
        slides.push({ kind: 'content', continued: false, html: [b.html], notes: [] });
        break;
      case 'discussion':
        close();
        slides.push({ kind: 'discussion', html: b.html, minutes: Number(b.data) || 10, notes: [] });
        break;
      case 'quiz':
        close();
        for (let i = 0; i < questions; i++) slides.push({ kind: 'question', lesson: b.data!, index: i, notes: [] });
        break;
      case 'scenario':
        close();
        slides.push({ kind: 'scenario', id: b.data!, notes: [] });
        break;
      case 'content': {
        if (!current || (size > 0 && size + b.text.length > maxChars)) open(!!current);
        current!.html.push(b.html);
        size += b.text.length;
        break;
      }
    }
  }
  // A heading followed directly by a special slide (key points, discussion…) leaves an empty
  // slide: drop it, handing its notes to the slide before.
  const out: Slide[] = [];
  for (const s of slides) {
    if (s.kind === 'content' && !s.html.length) out[out.length - 1]!.notes.push(...s.notes);
    else out.push(s);
  }
  return out;
}
