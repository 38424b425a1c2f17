/*
 * Lesson → glossary links. In the lesson a term names as its `lesson`, the FIRST occurrence of the
 * term in body text becomes a link to its glossary entry (`/<course>/glossary/#term-<id>`), in
 * each language with that language's term. Never inside headings, links, code, or the Quiz,
 * Scenario, TrainerNote and Cite elements; at most one link per term per lesson.
 *
 * `planLinks` is pure (a HAST tree and the terms in, the text nodes to replace out); the plugin
 * around it (`glossaryLinks`, a Sätteri hast plugin: Astro 7's MDX pipeline runs hast plugins in
 * place of rehype plugins) works out the course, locale and lesson from the MDX file's path,
 * reads the course's glossary.yaml and applies the plan.
 */
import { readFileSync, statSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { parse } from 'yaml';
import { GlossarySchema, type Glossary } from '../../schemas/glossary.ts';
import type { Locale } from '../../schemas/course.ts';
import { parseLessonPath } from '../content/paths.ts';
import { glossaryPath, localeBase } from '../urls.ts';
import { toLocale } from '../../i18n/index.ts';
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

/** One text node to replace by text and links. */
export interface Replacement {
  node: HNode;
  parts: HNode[];
}

/** Which text nodes to split, and into what, to link the first occurrence of each `link` term. Pure: the tree is not changed. */
export function planLinks(tree: HNode, { link, all, locale }: LinkOptions): Replacement[] {
  const targets = new Map(link.map((l) => [l.key, l.href]));
  const needles = [...all, ...link.filter((l) => !all.some((a) => a.key === l.key))];
  const done = new Set<string>();
  const plan: Replacement[] = [];

  const visit = (node: HNode) => {
    if (!node.children || skipped(node)) return;
    for (const child of node.children) {
      if (done.size === targets.size) return;
      if (child.type !== 'text') { visit(child); continue; }
      const text = child.value ?? '';
      const parts: HNode[] = [];
      let at = 0;
      for (const hit of findTerms(text, needles, locale)) {
        if (!targets.has(hit.key) || done.has(hit.key)) continue;
        done.add(hit.key);
        if (hit.start > at) parts.push({ type: 'text', value: text.slice(at, hit.start) });
        parts.push({ type: 'element', tagName: 'a', properties: { href: targets.get(hit.key), className: ['glossary-link'] }, children: [{ type: 'text', value: text.slice(hit.start, hit.end) }] });
        at = hit.end;
      }
      if (!parts.length) continue;
      if (at < text.length) parts.push({ type: 'text', value: text.slice(at) });
      plan.push({ node: child, parts });
    }
  };
  visit(tree);
  return plan;
}

/** Applies `planLinks` to a plain HAST tree in place; returns the terms linked, in order. */
export function linkTerms(tree: HNode, options: LinkOptions): string[] {
  const plan = planLinks(tree, options);
  const replace = (node: HNode) => {
    if (!node.children) return;
    node.children = node.children.flatMap((c) => plan.find((r) => r.node === c)?.parts ?? [c]);
    node.children.forEach(replace);
  };
  replace(tree);
  const keys = new Map(options.link.map((l) => [l.href, l.key]));
  return plan.flatMap((r) => r.parts.filter((p) => p.tagName === 'a').map((p) => keys.get(String(p.properties?.href))!));
}

/** The needles for one lesson, from a parsed glossary. */
export function lessonNeedles(glossary: Glossary, course: string, lesson: string, locale: Locale, site = '/') {
  const lang = locale === 'en' ? 'en' : 'zh-CN';
  const all = glossary.terms.map((t) => ({ key: t.id, text: t.term[lang] }));
  const link = glossary.terms.filter((t) => t.lesson === lesson).map((t) => ({ key: t.id, text: t.term[lang], href: glossaryPath(course, t.id, localeBase(locale, site)) }));
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

/** What to link in the lesson at `path` (an absolute file path), or null when it is not a lesson or its course has no glossary. `site`: the site's base. */
export function optionsForFile(path: string, site = '/'): LinkOptions | null {
  const file = path.replaceAll('\\', '/');
  const at = file.lastIndexOf('/content/courses/');
  if (at < 0) return null;
  const lesson = parseLessonPath(file.slice(at + '/content/courses/'.length));
  if (!lesson) return null;
  const glossary = readGlossary(`${file.slice(0, at)}/content/courses/${lesson.course}/glossary.yaml`);
  return glossary ? lessonNeedles(glossary, lesson.course, lesson.lesson, toLocale(lesson.locale), site) : null;
}

/** The part of Sätteri's plugin API this module uses (astro.config.mjs passes the plugin to its MDX processor). */
interface PluginContext {
  fileURL: URL | undefined;
}
interface HastContext {
  replaceNode(node: HNode, parts: HNode[]): void;
}

/**
 * The hast plugin for lesson MDX. Astro 7 compiles MDX with Sätteri, whose hast plugins play the
 * part of rehype plugins: this factory is called per document and leaves non-lessons alone.
 */
export const glossaryLinks = (ctx: PluginContext) => glossaryLinksUnder('/')(ctx);

/** The same plugin for a site served from `site` (astro.config.mjs passes its `base`): the links start with it. */
export const glossaryLinksUnder = (site: string) => (ctx: PluginContext) => {
  const options = ctx.fileURL ? optionsForFile(fileURLToPath(ctx.fileURL), site) : null;
  if (!options) return null;
  return {
    name: 'glossary-links',
    before(root: HNode, hast: HastContext) {
      for (const { node, parts } of planLinks(root, options)) hast.replaceNode(node, parts);
    },
  };
};
