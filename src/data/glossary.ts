import { getEntry } from 'astro:content';
import { parse } from 'yaml';
import type { Locale } from '../schemas/course.ts';
import type { GlossaryTerm } from '../schemas/glossary.ts';
import { lessonIdOf, type CatalogCourse } from './catalog.ts';

/** Every course's sources.yaml, read at build time (the glossary shows what each definition rests on). */
const SOURCE_FILES = import.meta.glob<string>('/content/courses/*/sources.yaml', { query: '?raw', import: 'default', eager: true });

type SourceText = { 'zh-CN'?: string; en?: string };
interface SourceEntry {
  id?: string;
  title?: SourceText;
  article?: SourceText;
}

/** "政府采购法 第五十二条" / "Government Procurement Law, Art. 52" for each source id of a course. */
export function sourceLabels(course: string, locale: Locale): Map<string, string> {
  const text = SOURCE_FILES[`/content/courses/${course}/sources.yaml`];
  const entries = (text ? (parse(text) as SourceEntry[] | null) : null) ?? [];
  const pick = (t?: SourceText) => (locale === 'en' ? (t?.en ?? t?.['zh-CN']) : t?.['zh-CN']);
  return new Map(
    entries.flatMap((s) => {
      const title = pick(s.title);
      if (!s.id || !title) return [];
      const article = pick(s.article);
      return [[s.id, article ? `${title}${locale === 'en' ? ', ' : ' '}${article}` : title] as const];
    }),
  );
}

/** A course's glossary terms grouped by the lesson where each first appears, in course order. */
export async function glossaryByLesson(entry: CatalogCourse): Promise<{ lesson: CatalogCourse['lessons'][number]; number: number; terms: GlossaryTerm[] }[] | null> {
  const glossary = await getEntry('glossaries', entry.id);
  if (!glossary) return null;
  return entry.lessons
    .map((lesson, i) => ({ lesson, number: i + 1, terms: glossary.data.terms.filter((t) => t.lesson === lessonIdOf(lesson)) }))
    .filter((g) => g.terms.length > 0);
}
