/*
 * Sources as content: a course's sources.yaml, the <Cite id="…" /> tags of its lessons and the
 * `sources: [id]` fields of its questions, scenario nodes and debrief entries. Pure: the content
 * check (check.ts) calls checkSources with the files it was given; pages call citedIds.
 */
import { parse as parseYaml } from 'yaml';
import { SourcesFileSchema } from '../../schemas/sources.ts';
import { parseDataPath, parseLessonPath } from './paths.ts';
import { readYaml, splitFrontmatter, ROOT, type ContentFile, type Problem } from './problems.ts';

/** Where a course's sources file lives: `content/courses/<course>/sources.yaml`. */
export const sourcesFile = (course: string) => `${ROOT}${course}/sources.yaml`;

/** One `<Cite …>` tag of a lesson body: its 1-based body line and its id (null when it has none). */
export interface CiteTag {
  line: number;
  id: string | null;
}

/** Every `<Cite>` tag of a lesson body, outside code blocks and inline code, in reading order. */
export function citeTags(body: string): CiteTag[] {
  const tags: CiteTag[] = [];
  let inCode = false;
  body.split('\n').forEach((line, i) => {
    if (/^\s*```/.test(line)) inCode = !inCode;
    if (inCode) return;
    for (const m of line.replace(/`[^`]*`/g, '').matchAll(/<Cite\b([^>]*)>/g)) {
      const id = /\bid\s*=\s*(?:"([^"]*)"|'([^']*)')/.exec(m[1]!);
      tags.push({ line: i + 1, id: (id?.[1] ?? id?.[2] ?? '').trim() || null });
    }
  });
  return tags;
}

/** The ids a lesson body cites, each once, in order of first citation: id → number − 1. */
export function citedIds(body: string): string[] {
  return [...new Set(citeTags(body).flatMap((t) => (t.id ? [t.id] : [])))];
}

/** A cited source as islands get it from the page (never sources.yaml itself): its label and its entry on the sources page. */
export interface BasisRef {
  /** Title and article, e.g. 中华人民共和国政府采购法实施条例 第十八条. */
  label: string;
  href: string;
}

/** Where a source id is cited within one course and locale, as the sources page lists it. */
export interface SourceUse {
  /** Lesson ids whose body cites it, in course order. */
  lessons: string[];
  /** Question ids (with their lesson) whose `sources` name it. */
  questions: { lesson: string; id: string }[];
  /** Scenario nodes and debrief entries whose `sources` name it. */
  scenarios: { scenario: string; node?: string; debrief?: number }[];
}

/** Collects, for every cited id, where it is cited. Lessons in the order given. */
export function sourceUses(input: {
  lessons: { id: string; body: string }[];
  quizzes: { lesson: string; questions: { id: string; sources?: string[] | undefined }[] }[];
  scenarios: { id: string; nodes: Record<string, { sources?: string[] | undefined }>; debrief: { sources?: string[] | undefined }[] }[];
}): Map<string, SourceUse> {
  const uses = new Map<string, SourceUse>();
  const use = (id: string) => uses.get(id) ?? (uses.set(id, { lessons: [], questions: [], scenarios: [] }), uses.get(id)!);
  for (const l of input.lessons) for (const id of citedIds(l.body)) use(id).lessons.push(l.id);
  for (const q of input.quizzes) for (const question of q.questions) for (const id of new Set(question.sources ?? [])) use(id).questions.push({ lesson: q.lesson, id: question.id });
  for (const s of input.scenarios) {
    for (const [node, n] of Object.entries(s.nodes)) for (const id of new Set(n.sources ?? [])) use(id).scenarios.push({ scenario: s.id, node });
    s.debrief.forEach((d, i) => {
      for (const id of new Set(d.sources ?? [])) use(id).scenarios.push({ scenario: s.id, debrief: i });
    });
  }
  return uses;
}

const strings = (x: unknown): string[] | null => (Array.isArray(x) && x.every((s) => typeof s === 'string') ? x : null);

/**
 * Checks every course's sources.yaml (schema, unique ids) and every citation: a lesson's
 * `<Cite>` tags, a question's, a scenario node's and a debrief entry's `sources`. A citation
 * must name an id of its own course's sources.yaml.
 */
export function checkSources(files: readonly ContentFile[]): Problem[] {
  const problems: Problem[] = [];
  /** Course → its valid ids; a course whose file is broken is absent, so citations are not checked against it. */
  const known = new Map<string, Set<string>>();
  const broken = new Set<string>();
  for (const f of files.filter((f) => f.path.startsWith(ROOT) && /^[^/]+\/sources\.yaml$/.test(f.path.slice(ROOT.length)))) {
    const course = f.path.slice(ROOT.length).split('/')[0]!;
    const { data, problem } = readYaml(f.path, f.text);
    if (problem) { problems.push(problem); broken.add(course); continue; }
    const parsed = SourcesFileSchema.safeParse(data ?? []);
    if (!parsed.success) {
      broken.add(course);
      for (const issue of parsed.error.issues) {
        const [index, ...rest] = issue.path.map(String);
        const id = typeof index === 'string' && Array.isArray(data) ? (data[Number(index)] as { id?: unknown } | null)?.id : undefined;
        const where = index === undefined ? undefined : [`[${index}]${typeof id === 'string' ? ` "${id}"` : ''}`, ...rest].join('.');
        const missing = issue.code === 'invalid_type' && /received undefined/.test(issue.message);
        problems.push({ file: f.path, ...(where ? { where } : {}), message: missing ? 'required field is missing' : issue.message });
      }
      continue;
    }
    known.set(course, new Set(parsed.data.map((s) => s.id)));
  }

  /** Why `id` cannot be cited from `course`, or null when it can (or when the sources file is broken: fix that first). */
  const unknown = (course: string, id: string): string | null => {
    if (broken.has(course)) return null;
    const ids = known.get(course);
    if (!ids) return `"${id}" is cited, but the course has no ${sourcesFile(course)}`;
    return ids.has(id) ? null : `"${id}" is not an id in ${sourcesFile(course)}`;
  };
  const cite = (file: string, course: string, where: string, list: unknown) => {
    (strings(list) ?? []).forEach((id, i) => {
      const why = unknown(course, id);
      if (why) problems.push({ file, where: `${where}.sources[${i}]`, message: why });
    });
  };

  for (const f of files.filter((f) => f.path.startsWith(ROOT))) {
    const rel = f.path.slice(ROOT.length);
    const lesson = f.path.endsWith('.mdx') ? parseLessonPath(rel) : null;
    if (lesson) {
      const body = splitFrontmatter(f.text)?.body;
      for (const tag of body === undefined ? [] : citeTags(body)) {
        const where = `body line ${tag.line}`;
        if (!tag.id) problems.push({ file: f.path, where, message: `<Cite> needs id="…", an id from ${sourcesFile(lesson.course)}` });
        else {
          const why = unknown(lesson.course, tag.id);
          if (why) problems.push({ file: f.path, where, message: `<Cite id="${tag.id}" />: ${why}` });
        }
      }
      continue;
    }
    const quiz = parseDataPath(rel, 'quizzes');
    const scenario = parseDataPath(rel, 'scenarios');
    if (!quiz && !scenario) continue;
    // Unreadable YAML and schema errors are reported by the quiz and scenario checks.
    let data: unknown;
    try { data = parseYaml(f.text); } catch { continue; }
    if (!data || typeof data !== 'object') continue;
    if (quiz) {
      const questions = (data as { questions?: unknown }).questions;
      if (!Array.isArray(questions)) continue;
      questions.forEach((q: { id?: unknown; sources?: unknown } | null, i) => {
        if (q && typeof q === 'object') cite(f.path, quiz.course, `questions[${i}]${typeof q.id === 'string' ? ` "${q.id}"` : ''}`, q.sources);
      });
    } else if (scenario) {
      const { nodes, debrief } = data as { nodes?: unknown; debrief?: unknown };
      if (nodes && typeof nodes === 'object') {
        for (const [id, n] of Object.entries(nodes)) if (n && typeof n === 'object') cite(f.path, scenario.course, `nodes.${id}`, (n as { sources?: unknown }).sources);
      }
      if (Array.isArray(debrief)) debrief.forEach((d: { sources?: unknown } | null, i) => d && typeof d === 'object' && cite(f.path, scenario.course, `debrief[${i}]`, d.sources));
    }
  }
  return problems;
}
