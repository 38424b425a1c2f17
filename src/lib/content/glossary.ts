/*
 * The content check of course glossaries (`content/courses/<course>/glossary.yaml`). Pure: it
 * takes the content files as read.
 *
 * Errors: YAML that cannot be read, the schema (src/schemas/glossary.ts), a duplicate id or term
 * (Chinese, or English in any case), a lesson that is not in course.yaml, a source id that is not
 * in the course's sources.yaml.
 * Warnings: a term's Chinese (English) text does not occur in the body of its lesson's Chinese
 * (English) file, outside headings and trainer notes, so the lesson cannot link to it.
 */
import { parse as parseYaml, YAMLParseError } from 'yaml';
import { GlossarySchema, type Glossary } from '../../schemas/glossary.ts';
import type { Locale } from '../../schemas/course.ts';
import { findTerms } from '../glossary/match.ts';
import { parseLessonPath } from './paths.ts';
import type { ContentFile, Problem } from './problems.ts';

const ROOT = 'content/courses/';

/** `content/courses/<course>/glossary.yaml` → the course id; null for any other path. */
export const glossaryCourseOf = (path: string): string | null => /^content\/courses\/([^/]+)\/glossary\.yaml$/.exec(path)?.[1] ?? null;

type Read = { glossary?: Glossary; problems: Problem[] };

/** Reads and validates one glossary file; problems name the file and the field (`terms[3] "decider".lesson`). */
export function readGlossary(file: string, text: string): Read {
  let data: unknown;
  try {
    data = parseYaml(text);
  } catch (e) {
    const line = e instanceof YAMLParseError ? e.linePos?.[0]?.line : undefined;
    return { problems: [{ file, message: `YAML cannot be read${line ? ` (line ${line})` : ''}: ${(e as Error).message.split('\n')[0]}` }] };
  }
  const parsed = GlossarySchema.safeParse(data ?? {});
  if (parsed.success) return { glossary: parsed.data, problems: [] };
  return {
    problems: parsed.error.issues.map((issue) => {
      const path = issue.path.map(String);
      if (path[0] === 'terms' && path[1] !== undefined) {
        const id = (data as { terms?: { id?: unknown }[] })?.terms?.[Number(path[1])]?.id;
        path.splice(0, 2, `terms[${path[1]}]${typeof id === 'string' ? ` "${id}"` : ''}`);
      }
      const missing = issue.code === 'invalid_type' && /received undefined/.test(issue.message);
      return { file, ...(path.length ? { where: path.join('.') } : {}), message: missing ? 'required field is missing' : issue.message };
    }),
  };
}

/** A lesson body as a trainee reads it: no frontmatter, no `#` headings, no trainer notes, knowledge checks or scenarios. */
export function readableBody(mdx: string): string {
  const body = mdx.replace(/^---\r?\n[\s\S]*?\r?\n---\r?\n?/, '');
  return body
    .replace(/<(TrainerNote|Quiz|Scenario)\b[^>]*\/>/g, '')
    .replace(/<(TrainerNote|Quiz|Scenario)\b[^>]*>[\s\S]*?<\/\1>/g, '')
    .split('\n')
    .filter((line) => !/^\s*#{1,6}\s/.test(line))
    .join('\n');
}

const yamlOr = (text: string | undefined): unknown => {
  if (text === undefined) return undefined;
  try {
    return parseYaml(text);
  } catch {
    return undefined;
  }
};

export interface GlossaryCheck {
  problems: Problem[];
  warnings: Problem[];
  /** The valid glossaries by course id, for the English check. */
  glossaries: Map<string, Glossary>;
}

/** Checks every course glossary against its course.yaml, sources.yaml and lessons. */
export function checkGlossaries(files: readonly ContentFile[]): GlossaryCheck {
  const problems: Problem[] = [];
  const warnings: Problem[] = [];
  const glossaries = new Map<string, Glossary>();
  const text = (path: string) => files.find((f) => f.path === path)?.text;

  for (const f of files) {
    const course = glossaryCourseOf(f.path);
    if (!course) continue;
    const { glossary, problems: read } = readGlossary(f.path, f.text);
    problems.push(...read);
    if (!glossary) continue;
    glossaries.set(course, glossary);

    const courseData = yamlOr(text(`${ROOT}${course}/course.yaml`)) as { lessons?: unknown } | undefined;
    const lessons = Array.isArray(courseData?.lessons) ? courseData.lessons.filter((l): l is string => typeof l === 'string') : null;
    const sourcesData = yamlOr(text(`${ROOT}${course}/sources.yaml`));
    const sources = Array.isArray(sourcesData) ? new Set(sourcesData.map((s: { id?: unknown }) => s?.id).filter((id): id is string => typeof id === 'string')) : null;
    const lessonFile = (locale: Locale, lesson: string) =>
      files.find((l) => {
        const p = parseLessonPath(l.path.slice(ROOT.length));
        return l.path.startsWith(ROOT) && p?.course === course && p.locale === locale && p.lesson === lesson;
      });

    const seen = { id: new Map<string, number>(), zh: new Map<string, number>(), en: new Map<string, number>() };
    const needles = (lang: 'zh-CN' | 'en') => glossary.terms.map((t) => ({ key: t.id, text: t.term[lang] }));
    glossary.terms.forEach((term, i) => {
      const where = `terms[${i}] "${term.id}"`;
      const twice = (kind: keyof typeof seen, key: string, field: string, shown: string) => {
        const other = seen[kind].get(key);
        if (other !== undefined) problems.push({ file: f.path, where: `${where}.${field}`, message: `"${shown}" is also used by terms[${other}] "${glossary.terms[other]!.id}"` });
        else seen[kind].set(key, i);
      };
      twice('id', term.id, 'id', term.id);
      twice('zh', term.term['zh-CN'], 'term.zh-CN', term.term['zh-CN']);
      twice('en', term.term.en.toLowerCase(), 'term.en', term.term.en);

      if (lessons && !lessons.includes(term.lesson)) {
        problems.push({ file: f.path, where: `${where}.lesson`, message: `"${term.lesson}" is not a lesson of ${course}; lessons: ${lessons.join(', ')}` });
        return;
      }
      term.sources?.forEach((id, j) => {
        if (sources && !sources.has(id)) problems.push({ file: f.path, where: `${where}.sources[${j}]`, message: `"${id}" is not an id in ${ROOT}${course}/sources.yaml` });
      });
      for (const locale of ['zh-CN', 'en'] as const) {
        const lesson = lessonFile(locale, term.lesson);
        if (!lesson) continue;
        const found = findTerms(readableBody(lesson.text), needles(locale), locale).some((x) => x.key === term.id);
        if (!found) warnings.push({ file: f.path, where: `${where}.term.${locale}`, message: `"${term.term[locale]}" does not occur in the text of ${lesson.path}, so the lesson cannot link to it` });
      }
    });
  }
  return { problems, warnings, glossaries };
}
