/*
 * Finding glossary terms in running text, the same way for the lesson links (links.ts), the
 * content check's "term does not occur in its lesson" warning and the English consistency check.
 *
 * - A bracketed ending of a term is shown on the glossary page but not needed in text:
 *   "market research (needs survey)" is found as "market research".
 * - Chinese: the exact characters. English: case-insensitive, whole words (a letter, digit,
 *   underscore or hyphen on either side is part of the same word), an optional plural ("s", "es",
 *   "agency" → "agencies"),
 *   ' and ’ alike, any run of spaces alike.
 * - Terms that overlap resolve leftmost-longest, so 采购人员 is never read as 采购人 + 员, and
 *   "bureau Party group meeting" is not "Party group".
 */
import type { Locale } from '../../schemas/course.ts';

/** A term to look for, with a key the caller uses to tell terms apart (the glossary id). */
export interface Needle {
  key: string;
  text: string;
}

/** Where a term was found in a text. */
export interface Found {
  key: string;
  start: number;
  end: number;
}

/** The part of a term that text must contain: the term without a bracketed ending. */
export const searchText = (term: string) => term.replace(/\s*[（(][^（）()]*[）)]\s*$/, '').trim();

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * An English phrase as whole words (optional plural, ' and ’ alike, spaces alike), global.
 * `exactCase`: the case as written, but a lower-case first letter may be a capital (a sentence may
 * start with "board of directors"; "Party committee" stays as it is).
 */
export function wordPattern(phrase: string, exactCase = false): RegExp {
  const first = phrase[0] ?? '';
  const head = exactCase && first !== first.toUpperCase() ? `[${first.toUpperCase()}${first}]` : escape(first);
  // "agency" → "agencies"; otherwise an optional "s" or "es".
  const ies = /[^aeiou]y$/i.test(phrase) && phrase.length > 1;
  const body = (head + escape(phrase.slice(1, ies ? -1 : undefined))).replace(/['’]/g, "['’]").replace(/\s+/g, '\\s+');
  return new RegExp(`(?<![\\p{L}\\p{N}_-])${body}${ies ? '(?:y|ies)' : '(?:e?s)?'}(?![\\p{L}\\p{N}_-])`, exactCase ? 'gu' : 'giu');
}

/** The regular expression that finds one term in text of the given language (global). */
export function termPattern(term: string, locale: Locale): RegExp {
  const text = searchText(term);
  return locale === 'en' ? wordPattern(text) : new RegExp(escape(text), 'g');
}

/** Every occurrence of the needles in `text`, leftmost-longest, none overlapping, in text order. */
export function findTerms(text: string, needles: readonly Needle[], locale: Locale): Found[] {
  const all: Found[] = [];
  for (const n of needles) {
    if (!searchText(n.text)) continue;
    for (const m of text.matchAll(termPattern(n.text, locale))) all.push({ key: n.key, start: m.index, end: m.index + m[0].length });
  }
  all.sort((a, b) => a.start - b.start || b.end - a.end);
  const out: Found[] = [];
  let until = 0;
  for (const f of all) {
    if (f.start < until) continue;
    out.push(f);
    until = f.end;
  }
  return out;
}
