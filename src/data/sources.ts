import { getCollection, getEntry } from 'astro:content';
import type { Locale } from '../schemas/course.ts';
import { localized } from '../i18n/index.ts';
import { localeBase } from './route.ts';
import { sourcesPath } from '../lib/urls.ts';
import { citedIds, type BasisRef } from '../lib/content/sources.ts';

/** One entry of a course's sources.yaml, in one locale. */
export interface SourceView {
  id: string;
  title: string;
  article?: string;
  date?: string;
  note: string;
  /** Title and article, as a citation names it: 中华人民共和国政府采购法实施条例 第十八条. */
  label: string;
}

/** A course's sources in one locale, in the order of its sources.yaml; none when the course has no file. */
export function getSources(course: string, locale: Locale): Promise<SourceView[]> {
  if (!cache) return readSources(course, locale);
  const key = `${course}/${locale}`;
  if (!cache.has(key)) cache.set(key, readSources(course, locale));
  return cache.get(key)!;
}

/** Every <Cite> of a build asks for its course's sources: read them once per build (not in dev, where the file may change). */
const cache = import.meta.env.DEV ? null : new Map<string, Promise<SourceView[]>>();

async function readSources(course: string, locale: Locale): Promise<SourceView[]> {
  const all = await getCollection('sources', (s) => s.id.startsWith(`${course}/`));
  return all
    .sort((a, b) => a.data.order - b.data.order)
    .map(({ data }) => {
      const title = localized(data.title, locale);
      const article = data.article ? localized(data.article, locale) : undefined;
      return { id: data.id, title, ...(article ? { article } : {}), ...(data.date ? { date: data.date } : {}), note: localized(data.note, locale), label: article ? `${title} ${article}` : title };
    });
}

/** The sources a lesson cites, numbered in order of first citation (number = index + 1). Derived from its MDX source. */
export async function lessonBasis(course: string, locale: Locale, lesson: string): Promise<SourceView[]> {
  const entry = await getEntry('lessons', `${course}/${locale}/${lesson}`);
  const ids = citedIds(entry?.body ?? '');
  if (!ids.length) return [];
  const sources = await getSources(course, locale);
  return ids.map((id) => sources.find((s) => s.id === id)).filter((s): s is SourceView => s !== undefined);
}

/**
 * Labels and links of the sources that `items` cite (questions, scenario nodes, debrief entries),
 * by id: the data an island gets instead of sources.yaml.
 */
export async function basisRefs(course: string, locale: Locale, items: Iterable<{ sources?: string[] | undefined }>): Promise<Record<string, BasisRef>> {
  const ids = new Set([...items].flatMap((x) => x.sources ?? []));
  if (!ids.size) return {};
  const sources = await getSources(course, locale);
  return Object.fromEntries(sources.filter((s) => ids.has(s.id)).map((s) => [s.id, { label: s.label, href: sourcesPath(course, s.id, localeBase(locale)) }]));
}
