import { parse as parseYaml, YAMLParseError } from 'yaml';
import type { z } from 'zod';
import { CourseSchema } from '../../schemas/course.ts';
import { LessonSchema } from '../../schemas/lesson.ts';
import { parseLessonPath } from './paths.ts';

/** A content file as read from disk; `path` is relative to the project root, with `/`. */
export interface ContentFile {
  path: string;
  text: string;
}

/** One thing wrong with the content, precise enough for an author to find and fix it. */
export interface Problem {
  file: string;
  /** Where in the file: `frontmatter.minutes`, `lessons[2]`, `body` … */
  where?: string;
  message: string;
}

export interface CheckReport {
  problems: Problem[];
  /** What was checked, for the summary line. */
  counts: { courses: number; lessons: number };
}

export const ROOT = 'content/courses/';

/** The components lesson authors may use in MDX; the lesson page provides them, so no imports. */
export const MDX_COMPONENTS = ['Callout', 'Flow', 'Step', 'KeyPoints', 'Discussion', 'TrainerNote'] as const;
export type MdxComponentName = (typeof MDX_COMPONENTS)[number];

export const formatProblem = (p: Problem) => `${p.file}${p.where ? ` › ${p.where}` : ''}: ${p.message}`;

/** Turns zod issues into problems naming the field. */
function schemaProblems(file: string, prefix: string, error: z.ZodError): Problem[] {
  return error.issues.map((issue) => {
    const where = [prefix, ...issue.path.map(String)].filter(Boolean).join('.');
    const missing = issue.code === 'invalid_type' && /received undefined/.test(issue.message);
    return { file, where, message: missing ? 'required field is missing' : issue.message };
  });
}

function readYaml(file: string, text: string, where?: string): { data?: unknown; problem?: Problem } {
  try {
    return { data: parseYaml(text) };
  } catch (e) {
    const line = e instanceof YAMLParseError ? e.linePos?.[0]?.line : undefined;
    const first = (e as Error).message.split('\n')[0];
    return { problem: { file, ...(where ? { where } : {}), message: `YAML cannot be read${line ? ` (line ${line})` : ''}: ${first}` } };
  }
}

/** Splits `---\n…\n---\n` frontmatter from the body. */
export function splitFrontmatter(text: string): { frontmatter: string; body: string } | null {
  const m = /^---\r?\n([\s\S]*?)\r?\n---\r?\n?([\s\S]*)$/.exec(text);
  return m ? { frontmatter: m[1]!, body: m[2]! } : null;
}

function checkBody(file: string, body: string): Problem[] {
  const problems: Problem[] = [];
  const allowed = new Set<string>(MDX_COMPONENTS);
  let inCode = false;
  body.split('\n').forEach((line, i) => {
    if (/^\s*```/.test(line)) inCode = !inCode;
    if (inCode) return;
    const where = `body line ${i + 1}`;
    if (/^#\s/.test(line)) problems.push({ file, where, message: 'a "# " heading: the page shows the title already; start sections with "## "' });
    if (/^(import|export)\s/.test(line)) problems.push({ file, where, message: 'imports are not needed: the lesson page provides ' + MDX_COMPONENTS.join(', ') });
    for (const m of line.matchAll(/<\/?([A-Z][A-Za-z0-9]*)/g)) {
      if (!allowed.has(m[1]!)) problems.push({ file, where, message: `unknown component <${m[1]}>; available: ${MDX_COMPONENTS.join(', ')}` });
    }
  });
  return problems;
}

/** Validates every course and lesson file, and how they fit together. Pure: the caller reads the files. */
export function checkContent(files: readonly ContentFile[]): CheckReport {
  const problems: Problem[] = [];
  const courses = new Map<string, { file: string; lessons: string[] }>();
  let lessonCount = 0;

  for (const f of files.filter((f) => f.path.startsWith(ROOT) && /^[^/]+\/course\.yaml$/.test(f.path.slice(ROOT.length)))) {
    const { data, problem } = readYaml(f.path, f.text);
    if (problem) { problems.push(problem); continue; }
    const parsed = CourseSchema.safeParse(data ?? {});
    if (!parsed.success) { problems.push(...schemaProblems(f.path, '', parsed.error)); continue; }
    courses.set(f.path.slice(ROOT.length).split('/')[0]!, { file: f.path, lessons: parsed.data.lessons });
  }

  const seen = new Map<string, string>();
  for (const f of files.filter((f) => f.path.startsWith(ROOT) && f.path.endsWith('.mdx'))) {
    lessonCount++;
    const path = parseLessonPath(f.path.slice(ROOT.length));
    if (!path) { problems.push({ file: f.path, message: 'a lesson must be at content/courses/<course>/<locale>/lessons/NN-<id>.mdx' }); continue; }
    const split = splitFrontmatter(f.text);
    if (!split) { problems.push({ file: f.path, where: 'frontmatter', message: 'missing: the file must start with a --- frontmatter block ---' }); continue; }
    const { data, problem } = readYaml(f.path, split.frontmatter, 'frontmatter');
    if (problem) { problems.push(problem); continue; }
    const parsed = LessonSchema.safeParse(data ?? {});
    if (!parsed.success) problems.push(...schemaProblems(f.path, 'frontmatter', parsed.error));
    problems.push(...checkBody(f.path, split.body));

    const key = `${path.course}/${path.locale}/${path.lesson}`;
    if (seen.has(key)) problems.push({ file: f.path, message: `lesson id "${path.lesson}" is also used by ${seen.get(key)}` });
    seen.set(key, f.path);
    const course = courses.get(path.course);
    if (!course) { problems.push({ file: f.path, message: `course "${path.course}" has no valid course.yaml` }); continue; }
    const index = course.lessons.indexOf(path.lesson);
    if (index < 0) { problems.push({ file: f.path, message: `lesson "${path.lesson}" is not listed under lessons: in ${course.file}` }); continue; }
    if (parsed.success && parsed.data.order !== index + 1) {
      problems.push({ file: f.path, where: 'frontmatter.order', message: `is ${parsed.data.order}, but ${course.file} lists this lesson at position ${index + 1}` });
    }
    if (path.number !== null && path.number !== index + 1) {
      problems.push({ file: f.path, message: `file number ${String(path.number).padStart(2, '0')} does not match position ${index + 1} in ${course.file}` });
    }
  }

  for (const [id, course] of courses) {
    course.lessons.forEach((lesson, i) => {
      if (!seen.has(`${id}/zh-CN/${lesson}`)) problems.push({ file: course.file, where: `lessons[${i}]`, message: `lesson "${lesson}" has no file ${ROOT}${id}/zh-CN/lessons/${String(i + 1).padStart(2, '0')}-${lesson}.mdx` });
    });
  }
  return { problems, counts: { courses: courses.size, lessons: lessonCount } };
}
