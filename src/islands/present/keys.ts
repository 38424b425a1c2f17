import type { Action } from '../../lib/slides/session.ts';

/**
 * What a key does in a presentation: the keys of presentation clickers (PageUp/PageDown, arrows,
 * Space), Home/End, F, B, Esc; O for the overview grid and G to go to a slide by number (the
 * number is typed into a field, so it never reaches the tally keys); in a class quiz 1–9 to count
 * a hand for an option of the current row, [ and ] to change row, R to reveal.
 * Returns null for keys a focused control should keep.
 */
export function keyAction(e: KeyboardEvent, slide: number): Action | 'fullscreen' | 'leave' | 'overview' | 'goto' | { tally: number } | { rowBy: number } | null {
  const target = e.target as HTMLElement | null;
  if (target && /^(INPUT|SELECT|TEXTAREA)$/.test(target.tagName)) return null;
  if (e.altKey || e.ctrlKey || e.metaKey) return null;
  const onButton = target?.tagName === 'BUTTON' || target?.tagName === 'A' || target?.tagName === 'SUMMARY';
  switch (e.key) {
    case 'ArrowRight':
    case 'ArrowDown':
    case 'PageDown':
      return { type: 'next' };
    case ' ':
      return onButton ? null : { type: 'next' };
    case 'ArrowLeft':
    case 'ArrowUp':
    case 'PageUp':
      return { type: 'prev' };
    case 'Home':
      return { type: 'go', to: 0 };
    case 'End':
      return { type: 'go', to: Number.MAX_SAFE_INTEGER };
    case 'b':
    case 'B':
    case '.':
      return { type: 'black' };
    case 'f':
    case 'F':
      return 'fullscreen';
    case 'Escape':
      return 'leave';
    case 'r':
    case 'R':
      return { type: 'reveal', slide };
    case 'o':
    case 'O':
      return 'overview';
    case 'g':
    case 'G':
      return 'goto';
    case '[':
      return { rowBy: -1 };
    case ']':
      return { rowBy: 1 };
    default:
      return /^[1-9]$/.test(e.key) ? { tally: Number(e.key) - 1 } : null;
  }
}
