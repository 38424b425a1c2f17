/*
 * English consistency: warnings (never errors) on lines of English lessons, question banks and
 * scenarios that use a variant the course glossary lists under `avoid`, or a spelling that is not
 * the house style (British, with -ize: organization, centre, programme, behaviour, analyse).
 *
 * The spelling list is short on purpose: each rule must never fire on correct British text.
 * - -ise verbs and nouns → -ize, for a fixed list of stems (organise, recognise, prioritise …);
 *   words that are -ise in every spelling (advise, exercise, enterprise, expertise …) are not in it.
 * - analyze, paralyze, catalyze → -yse (British keeps -yse even with -ize).
 * - center → centre; program → programme, except "computer program"; catalog → catalogue.
 * - behavior, favor, color, labor, neighbor, honor, humor, endeavor, flavor, rigor → -our
 *   (but "rigorous", "laborious", "humorous", "honorary" are British too and not flagged).
 * - defense, offense → defence, offence.
 * - traveled, canceled, labeled, modeling, leveled, signaled, counseled, fueled → double l.
 * Not checked, since British usage depends on the part of speech: practice/practise,
 * license/licence, judgment/judgement.
 */
import type { Glossary } from '../../schemas/glossary.ts';
import { searchText, wordPattern } from '../glossary/match.ts';
import type { ContentFile, Problem } from './problems.ts';

/** One house-style spelling rule: what to find, and the word to write instead. */
interface SpellingRule {
  find: RegExp;
  fix: (word: string) => string;
}

const keepCase = (from: string, to: string) => (from[0] === from[0]!.toUpperCase() ? to[0]!.toUpperCase() + to.slice(1) : to);

export const SPELLING_RULES: readonly SpellingRule[] = [
  {
    find: /\b(organ|recogn|real|priorit|standard|summar|categor|author|central|special|custom|util|minim|maxim|emphas|final|optim|character|formal)is(e|es|ed|ing|ation|ations|er|ers)\b/gi,
    fix: (w) => w.replace(/is(e|es|ed|ing|ation|ations|er|ers)$/i, (m) => 'iz' + m.slice(2)),
  },
  { find: /\b(anal|paral|catal)yz(e|es|ed|ing|er|ers)\b/gi, fix: (w) => w.replace(/yz/i, 'ys') },
  { find: /\bcenter(s|ed|ing)?\b/gi, fix: (w) => keepCase(w, ({ '': 'centre', s: 'centres', ed: 'centred', ing: 'centring' } as Record<string, string>)[w.slice(6).toLowerCase()]!) },
  { find: /(?<!\bcomputer\s)\bprogram(s)?\b/gi, fix: (w) => w.replace(/program/i, (m) => m + 'me') },
  { find: /\bcatalog(s|ed|ing)?\b/gi, fix: (w) => keepCase(w, ({ '': 'catalogue', s: 'catalogues', ed: 'catalogued', ing: 'cataloguing' } as Record<string, string>)[w.slice(7).toLowerCase()]!) },
  {
    find: /\b(behavi|fav|col|lab|neighb|hon|hum|endeav|flav|rig)or(s|ed|ing|al|ally|ite|ites|able|ably|ful|less|hood)?\b/gi,
    fix: (w) => w.replace(/^(behavi|fav|col|lab|neighb|hon|hum|endeav|flav|rig)or/i, (m) => m.slice(0, -2) + 'our'),
  },
  { find: /\b(def|off)ense(s)?\b/gi, fix: (w) => w.replace(/ense/i, 'ence') },
  { find: /\b(travel|cancel|label|model|level|signal|counsel|fuel)(ed|ing|er|ers)\b/gi, fix: (w) => w.replace(/l(ed|ing|er|ers)$/i, (m) => 'll' + m.slice(1)) },
];

/** A variant the glossary tells writers to avoid, and what to write instead. */
export interface AvoidRule {
  variant: string;
  use: string;
  zh: string;
}

/** The avoid rules and fixed English terms of a glossary. */
export function englishRules(glossary: Glossary): { avoid: AvoidRule[]; fixed: string[] } {
  return {
    avoid: glossary.terms.flatMap((t) => (t.avoid ?? []).map((variant) => ({ variant, use: t.term.en, zh: t.term['zh-CN'] }))),
    fixed: glossary.terms.map((t) => searchText(t.term.en)),
  };
}

/** The warnings for one line of English text, as messages, in the order they occur. */
export function checkEnglishLine(line: string, avoid: readonly AvoidRule[] = [], fixed: readonly string[] = []): string[] {
  const out: { at: number; message: string }[] = [];
  // Where the glossary's own renderings stand: a variant inside one ("Party group" in "bureau Party group meeting") is fine.
  const spans = fixed.flatMap((term) => [...line.matchAll(wordPattern(term, true))].map((m) => [m.index, m.index + m[0].length] as const));
  const hits = avoid.flatMap((rule) => [...line.matchAll(wordPattern(rule.variant))].map((m) => ({ rule, start: m.index, end: m.index + m[0].length, text: m[0] })));
  const inside = (a: { start: number; end: number }, b: readonly [number, number]) => b[0] <= a.start && a.end <= b[1] && b[1] - b[0] > a.end - a.start;
  for (const h of hits) {
    if (spans.some(([s, e]) => s <= h.start && h.end <= e)) continue;
    if (hits.some((o) => o !== h && inside(h, [o.start, o.end]))) continue;
    out.push({ at: h.start, message: `"${h.text}": write "${h.rule.use}" (${h.rule.zh} in the glossary)` });
  }
  for (const rule of SPELLING_RULES) {
    for (const m of line.matchAll(rule.find)) out.push({ at: m.index, message: `"${m[0]}": write "${rule.fix(m[0])}" (house style: British spelling with -ize)` });
  }
  return out.sort((a, b) => a.at - b.at).map((o) => o.message);
}

/** English lessons, question banks and scenarios: `content/courses/<course>/en/{lessons,quizzes,scenarios}/…`. */
const ENGLISH = /^content\/courses\/([^/]+)\/en\/(lessons|quizzes|scenarios)\/[^/]+\.(mdx|ya?ml)$/;

/** Warnings naming file and line for every English content file; `glossaries` by course id. */
export function checkEnglish(files: readonly ContentFile[], glossaries: ReadonlyMap<string, Glossary>): Problem[] {
  const warnings: Problem[] = [];
  for (const f of files) {
    const course = ENGLISH.exec(f.path)?.[1];
    if (!course) continue;
    const glossary = glossaries.get(course);
    const { avoid, fixed } = glossary ? englishRules(glossary) : { avoid: [], fixed: [] };
    f.text.split('\n').forEach((line, i) => {
      for (const message of checkEnglishLine(line, avoid, fixed)) warnings.push({ file: f.path, where: `line ${i + 1}`, message });
    });
  }
  return warnings;
}
