import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { headingsOf, splitFrontmatter } from '../../src/lib/content/check.ts';

/*
 * Every English file has the same structure as its Chinese twin: the same headings (count and
 * order), components and table rows in lessons; the same question, option and item ids in banks;
 * the same nodes, choices, effects and flags in scenarios. Only the words differ.
 */
const base = new URL('../../content/courses/customer-org/', import.meta.url);
const files = (locale: string, folder: string) => (existsSync(new URL(`${locale}/${folder}/`, base)) ? readdirSync(new URL(`${locale}/${folder}/`, base)).sort() : []);
const read = (locale: string, folder: string, f: string) => readFileSync(new URL(`${locale}/${folder}/${f}`, base), 'utf8');
const en = { lessons: files('en', 'lessons'), quizzes: files('en', 'quizzes'), scenarios: files('en', 'scenarios') };

/** What must not differ between languages in a lesson. */
function lessonShape(text: string) {
  const { frontmatter, body } = splitFrontmatter(text)!;
  const fm = parse(frontmatter) as Record<string, unknown>;
  return {
    keys: Object.keys(fm).sort(),
    numbers: [fm.order, fm.minutes, fm.source, (fm.objectives as unknown[]).length, ((fm.keyTerms as unknown[]) ?? []).length],
    headings: headingsOf(body).length,
    components: [...body.matchAll(/<([A-Z]\w*)([^>]*?)(\/?)>/g)].map((m) => `${m[1]}${m[2]!.match(/(kind|minutes|id)=\S+/g)?.join(' ') ?? ''}`),
    tableRows: body.split('\n').filter((l) => l.trim().startsWith('|')).length,
  };
}
/** Ids, keys and numbers, with every text replaced: what must not differ in YAML data. */
const TEXT = new Set(['prompt', 'text', 'left', 'right', 'label', 'feedback', 'explanation', 'section', 'title', 'summary', 'name', 'consequence', 'true', 'false']);
function skeleton(x: unknown, key = ''): unknown {
  if (Array.isArray(x)) return x.map((v) => skeleton(v));
  if (x && typeof x === 'object') return Object.fromEntries(Object.entries(x).map(([k, v]) => [k, TEXT.has(k) && typeof v === 'string' ? '…' : skeleton(v, k)]));
  return TEXT.has(key) ? '…' : x;
}

describe.runIf(en.lessons.length > 0)('English lessons mirror the Chinese', () => {
  it('every Chinese lesson has an English twin', () => expect(en.lessons).toEqual(files('zh-CN', 'lessons')));
  it.each(en.lessons)('%s', (f) => expect(lessonShape(read('en', 'lessons', f))).toEqual(lessonShape(read('zh-CN', 'lessons', f))));
});

describe.runIf(en.quizzes.length > 0)('English question banks mirror the Chinese', () => {
  it('every bank has an English twin', () => expect(en.quizzes).toEqual(files('zh-CN', 'quizzes')));
  it.each(en.quizzes)('%s', (f) => expect(skeleton(parse(read('en', 'quizzes', f)))).toEqual(skeleton(parse(read('zh-CN', 'quizzes', f)))));
});

describe.runIf(en.scenarios.length > 0)('English scenarios mirror the Chinese', () => {
  it('every scenario has an English twin', () => expect(en.scenarios).toEqual(files('zh-CN', 'scenarios')));
  it.each(en.scenarios)('%s', (f) => expect(skeleton(parse(read('en', 'scenarios', f)))).toEqual(skeleton(parse(read('zh-CN', 'scenarios', f)))));
});
