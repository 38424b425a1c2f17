/*
 * How much text a slide shows, in the unit of the course's slide rule (at most 160): a Chinese,
 * Japanese or Korean character, or a full-width punctuation mark, counts 1; any other visible
 * character (Latin letters, digits, ASCII punctuation, symbols) counts ⅓, since about three fit in
 * the width of one CJK character; spaces count 0.
 */

const WIDE = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}\p{Script=Bopomofo}\u2e80-\u2fdf\u3000-\u303f\u3200-\u33ff\uff01-\uff60\uffe0-\uffe6]/u;

/** The weight of one character, in thirds (3 for a CJK character, 1 for a Latin letter, 0 for a space). */
export function charThirds(ch: string): number {
  if (/^\s$/u.test(ch)) return 0;
  return WIDE.test(ch) ? 3 : 1;
}

/** Slide characters in a text: CJK 1 each, other visible characters ⅓ each, spaces 0. Rounded to two decimals. */
export function slideChars(text: string): number {
  let thirds = 0;
  for (const ch of text) thirds += charThirds(ch);
  return Math.round((thirds / 3) * 100) / 100;
}
