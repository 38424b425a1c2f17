/*
 * Lesson → glossary links. In the lesson a term names as its `lesson`, the FIRST occurrence of the
 * term in body text becomes a link to its glossary entry (`/<course>/glossary/#term-<id>`), in
 * each language with that language's term. Never inside headings, links, code, or the Quiz,
 * Scenario, TrainerNote and Cite elements; at most one link per term per lesson.
 *
 * `linkTerms` is pure (a HAST tree and the terms in, the tree changed in place); the plugin
 * around it works out the course, locale and lesson from the MDX file's path and reads the
 * course's glossary.yaml.
 */
import { readFileSync, statSync } from 'node:fs';
import { parse } from 'yaml';
import { GlossarySchema, type Glossary } from '../../schemas/glossary.ts';
import type { Locale } from '../../schemas/course.ts';
import { parseLessonPath } from '../content/paths.ts';
import { glossaryPath } from '../urls.ts';
import { localeBase, toLocale } from '../../i18n/index.ts';
import { findTerms, type Needle } from './match.ts';

/** The part of a HAST node this module reads: elements, text, and MDX's JSX elements. */
export interface HNode {
  type: string;
  tagName?: string;
  name?: string | null;
  value?: string;
  properties?: Record<string, unknown>;
  children?: HNode[];
}

/** Elements whose text is never linked. */
const SKIP_TAGS = new Set(['h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'a', 'code', 'pre', 'kbd', 'script', 'style', 'summary']);
/** Lesson components whose content is never linked (trainer notes, interactive parts, citations). */
const SKIP_COMPONENTS = new Set(['Quiz', 'Scenario', 'TrainerNote', 'Cite']);

export interface LinkOptions {
  /** Terms of this lesson to link: key, text in this language, and the link target. */
  link: readonly (Needle & { href: string })[];
  /** Every term of the glossary in this language, so that overlapping terms resolve leftmost-longest. */
  all: readonly Needle[];
  locale: Locale;
}

const skipped = (node: HNode) =>
  (node.type === 'element' && SKIP_TAGS.has(node.tagName ?? '')) ||
  ((node.type === 'mdxJsxFlowElement' || node.type === 'mdxJsxTextElement') && SKIP_COMPONENTS.has(node.name ?? ''));

/** Links the first occurrence of each `link` term in the tree's body text. Returns the keys linked, in order. */
export function linkTerms(tree: HNode, { link, all, locale }: LinkOptions): string[] {
  const targets = new Map(link.map((l) => [l.key, l.href]));
  const needles = [...all, ...link.filter((l) => !all.some((a) => a.key === l.key))];
  const done: string[] = [];

  const visit = (node: HNode) => {
    if (!node.children || skipped(node)) return;
    for (let i = 0; i < node.children.length; i++) {
      const child = node.children[i]!;
      if (child.type !== 'text') { visit(child); continue; }
      if (done.length === targets.size) return;
      const text = child.value ?? '';
      const hits = findTerms(text, needles, locale).filter((f) => targets.has(f.key) && !done.includes(f.key));
      const parts: HNode[] = [];
      let at = 0;
      for (const hit of hits) {
        if (done.includes(hit.key)) continue;
        done.push(hit.key);
        if (hit.start > at) parts.push({ type: 'text', value: text.slice(at, hit.start) });
        parts.push({ type: 'element', tagName: 'a', properties: { href: targets.get(hit.key), className: ['glossary-link'] }, children: [{ type: 'text', value: text.slice(hit.start, hit.end) }] });
        at = hit.end;
      }
      if (!parts.length) continue;
      if (at < text.length) parts.push({ type: 'text', value: text.slice(at) });
      node.children.splice(i, 1, ...parts);
      i += parts.length - 1;
    }
  };
  visit(tree);
  return done;
}

/** The needles for one lesson, from a parsed glossary. */
export function lessonNeedles(glossary: Glossary, course: string, lesson: string, locale: Locale) {
  const lang = locale === 'en' ? 'en' : 'zh-CN';
  const all = glossary.terms.map((t) => ({ key: t.id, text: t.term[lang] }));
  const link = glossary.terms.filter((t) => t.lesson === lesson).map((t) => ({ key: t.id, text: t.term[lang], href: glossaryPath(course, t.id, localeBase(locale)) }));
  return { all, link, locale };
}

const cache = new Map<string, { mtime: number; glossary: Glossary | null }>();

/** The course's glossary, or null when it has none or it does not validate (the content check reports that). */
function readGlossary(file: string): Glossary | null {
  let mtime: number;
  try {
    mtime = statSync(file).mtimeMs;
  } catch {
    return null;
  }
  const hit = cache.get(file);
  if (hit && hit.mtime === mtime) return hit.glossary;
  let glossary: Glossary | null = null;
  try {
    const parsed = GlossarySchema.safeParse(parse(readFileSync(file, 'utf8')));
    glossary = parsed.success ? parsed.data : null;
  } catch {
    glossary = null;
  }
  cache.set(file, { mtime, glossary });
  return glossary;
}

/** The rehype plugin for lesson MDX (astro.config.mjs): links each term's first occurrence in its lesson. */
export function rehypeGlossaryLinks() {
  return (tree: HNode, file: { path?: string }) => {
    const path = (file.path ?? '').replaceAll('\\', '/');
    const at = path.lastIndexOf('/content/courses/');
    if (at < 0) return;
    const lesson = parseLessonPath(path.slice(at + '/content/courses/'.length));
    if (!lesson) return;
    const glossary = readGlossary(`${path.slice(0, at)}/content/courses/${lesson.course}/glossary.yaml`);
    if (!glossary) return;
    linkTerms(tree, lessonNeedles(glossary, lesson.course, lesson.lesson, toLocale(lesson.locale)));
  };
}
