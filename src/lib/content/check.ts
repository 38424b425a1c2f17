import { parse as parseYaml, YAMLParseError } from 'yaml';
import type { z } from 'zod';
import { CourseSchema } from '../../schemas/course.ts';
import { LessonSchema } from '../../schemas/lesson.ts';
import { QuizSchema } from '../../schemas/quiz.ts';
import { ScenarioSchema } from '../../schemas/scenario.ts';
import { validateScenario } from '../scenario/validate.ts';
import { lintItems, type LintBank } from './item-lint.ts';
import { checkCompliance } from '../scenario/compliance.ts';
import { parseDataPath, parseLessonPath } from './paths.ts';
import { checkSources } from './sources.ts';
import { checkGlossaries } from './glossary.ts';
import { checkEnglish } from './english.ts';

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
  counts: { courses: number; lessons: number; quizzes: number; questions: number; scenarios: number };
  /** One line per scenario: its best and worst score per dimension. */
  notes: string[];
  /** What an author should look at but that does not fail the check: item-writing warnings about the question banks (item-lint.ts), glossary terms missing from their lesson, English variants and spellings (glossary.ts, english.ts). */
  warnings: Problem[];
}

export const ROOT = 'content/courses/';

/** The components lesson authors may use in MDX; the lesson page provides them, so no imports. */
export const MDX_COMPONENTS = ['Callout', 'Flow', 'Step', 'KeyPoints', 'Discussion', 'TrainerNote', 'Quiz', 'Scenario', 'Slide', 'SlideBreak', 'Cite'] as const;
export type MdxComponentName = (typeof MDX_COMPONENTS)[number];

/** Course pages that lessons must not shadow: /<course>/<id>/. */
export const RESERVED = ['assessment', 'results', 'present', 'scenarios', 'dashboard', 'sources', 'glossary'];

export const formatProblem = (p: Problem) => `${p.file}${p.where ? ` › ${p.where}` : ''}: ${p.message}`;

/** Turns zod issues into problems naming the field; a question is named by its id too. */
function schemaProblems(file: string, prefix: string, error: z.ZodError, data?: unknown): Problem[] {
  return error.issues.map((issue) => {
    const path = issue.path.map(String);
    if (path[0] === 'questions' && path[1] !== undefined) {
      const id = (data as { questions?: { id?: unknown }[] })?.questions?.[Number(path[1])]?.id;
      path.splice(0, 2, `questions[${path[1]}]${typeof id === 'string' ? ` "${id}"` : ''}`);
    }
    const where = [prefix, ...path].filter(Boolean).join('.');
    const missing = issue.code === 'invalid_type' && /received undefined/.test(issue.message);
    return { file, where, message: missing ? 'required field is missing' : issue.message };
  });
}

export function readYaml(file: string, text: string, where?: string): { data?: unknown; problem?: Problem } {
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
    for (const m of line.matchAll(/<Slide(?=[\s>])([^>]*)>/g)) {
      if (!/\btitle="[^"]*\S[^"]*"/.test(m[1]!)) problems.push({ file, where, message: '<Slide> needs a title: <Slide title="…"> (it is the slide\'s heading)' });
    }
  });
  return problems;
}

/** The `## ` headings of a lesson body, outside code blocks: what quiz questions may link to. */
export function headingsOf(body: string): string[] {
  let inCode = false;
  return body.split('\n').flatMap((line) => {
    if (/^\s*```/.test(line)) inCode = !inCode;
    const m = !inCode && /^##\s+(.+?)\s*$/.exec(line);
    return m ? [m[1]!] : [];
  });
}

/** Validates every course, lesson and question bank, and how they fit together. Pure: the caller reads the files. */
export function checkContent(files: readonly ContentFile[]): CheckReport {
  const problems: Problem[] = [];
  const courses = new Map<string, { file: string; lessons: string[]; assessment?: number }>();
  const lessonInfo = new Map<string, { file: string; headings: string[]; hasQuiz: boolean; scenarios: string[] }>();
  let lessonCount = 0;

  for (const f of files.filter((f) => f.path.startsWith(ROOT) && /^[^/]+\/course\.yaml$/.test(f.path.slice(ROOT.length)))) {
    const { data, problem } = readYaml(f.path, f.text);
    if (problem) { problems.push(problem); continue; }
    const parsed = CourseSchema.safeParse(data ?? {});
    if (!parsed.success) { problems.push(...schemaProblems(f.path, '', parsed.error)); continue; }
    courses.set(f.path.slice(ROOT.length).split('/')[0]!, { file: f.path, lessons: parsed.data.lessons, ...(parsed.data.assessment ? { assessment: parsed.data.assessment.questions } : {}) });
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
    lessonInfo.set(key, { file: f.path, headings: headingsOf(split.body), hasQuiz: /<Quiz[\s/>]/.test(split.body), scenarios: [...split.body.matchAll(/<Scenario\s+id="([^"]*)"/g)].map((m) => m[1]!) });
    if (seen.has(key)) problems.push({ file: f.path, message: `lesson id "${path.lesson}" is also used by ${seen.get(key)}` });
    seen.set(key, f.path);
    const course = courses.get(path.course);
    if (!course) { problems.push({ file: f.path, message: `course "${path.course}" has no valid course.yaml` }); continue; }
    if (RESERVED.includes(path.lesson)) problems.push({ file: f.path, message: `"${path.lesson}" is a page of every course; give the lesson another id` });
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

  const quizzes = checkQuizzes(files, lessonInfo, problems);
  for (const [id, course] of courses) {
    const available = quizzes.perCourse.get(`${id}/zh-CN`) ?? 0;
    if (course.assessment && available < course.assessment) {
      problems.push({ file: course.file, where: 'assessment.questions', message: `is ${course.assessment}, but the course's question banks hold only ${available} questions` });
    }
  }
  const scenarios = checkScenarios(files, lessonInfo, problems);
  problems.push(...checkSources(files));
  const glossary = checkGlossaries(files);
  problems.push(...glossary.problems);
  const warnings = [...lintItems(quizzes.parsed), ...glossary.warnings, ...checkEnglish(files, glossary.glossaries)];
  return { problems, counts: { courses: courses.size, lessons: lessonCount, quizzes: quizzes.files, questions: quizzes.questions, scenarios: scenarios.count }, notes: scenarios.notes, warnings };
}

type LessonInfo = { file: string; headings: string[]; hasQuiz: boolean; scenarios: string[] };

/** Question banks: schema, the lesson they belong to, the sections they link to, ids unique per course. */
function checkQuizzes(files: readonly ContentFile[], lessons: Map<string, LessonInfo>, problems: Problem[]) {
  const questionIds = new Map<string, string>();
  const perCourse = new Map<string, number>();
  const banks = new Set<string>();
  const lintable: LintBank[] = [];
  let count = 0;
  let questions = 0;
  for (const f of files.filter((f) => f.path.startsWith(ROOT) && /\/quizzes\//.test(f.path))) {
    count++;
    const path = parseDataPath(f.path.slice(ROOT.length), 'quizzes');
    if (!path) { problems.push({ file: f.path, message: 'a question bank must be at content/courses/<course>/<locale>/quizzes/<lesson-id>.yaml' }); continue; }
    const key = `${path.course}/${path.locale}/${path.id}`;
    banks.add(key);
    const { data, problem } = readYaml(f.path, f.text);
    if (problem) { problems.push(problem); continue; }
    const parsed = QuizSchema.safeParse(data ?? {});
    if (!parsed.success) { problems.push(...schemaProblems(f.path, '', parsed.error, data)); continue; }
    const quiz = parsed.data;
    lintable.push({ file: f.path, group: `${path.course}/${path.locale}`, questions: quiz.questions });
    if (quiz.lesson !== path.id) problems.push({ file: f.path, where: 'lesson', message: `is "${quiz.lesson}", but the file is named after "${path.id}"` });
    const lesson = lessons.get(key);
    if (!lesson) { problems.push({ file: f.path, message: `there is no lesson "${path.id}" in ${path.course}/${path.locale}` }); continue; }
    if (!lesson.hasQuiz) problems.push({ file: f.path, message: `the lesson ${lesson.file} does not show it: add <Quiz /> where the knowledge check belongs` });
    perCourse.set(`${path.course}/${path.locale}`, (perCourse.get(`${path.course}/${path.locale}`) ?? 0) + quiz.questions.length);
    quiz.questions.forEach((q, i) => {
      questions++;
      const where = `questions[${i}] "${q.id}"`;
      if (!lesson.headings.includes(q.section)) {
        problems.push({ file: f.path, where: `${where}.section`, message: `"${q.section}" is not a ## heading of ${lesson.file}; headings: ${lesson.headings.join(' | ')}` });
      }
      const other = questionIds.get(`${path.course}/${path.locale}/${q.id}`);
      if (other) problems.push({ file: f.path, where: `${where}.id`, message: `question id "${q.id}" is also used in ${other}` });
      questionIds.set(`${path.course}/${path.locale}/${q.id}`, f.path);
    });
  }
  for (const [key, lesson] of lessons) {
    if (lesson.hasQuiz && !banks.has(key)) {
      const [course, locale, id] = key.split('/');
      problems.push({ file: lesson.file, message: `uses <Quiz />, but there is no question bank ${ROOT}${course}/${locale}/quizzes/${id}.yaml` });
    }
  }
  return { files: count, questions, perCourse, parsed: lintable };
}

/** Scenarios: schema, graph checks (src/lib/scenario/validate.ts), compliance rules (src/lib/scenario/compliance.ts), lessons they name, and the lessons that embed them. */
function checkScenarios(files: readonly ContentFile[], lessons: Map<string, LessonInfo>, problems: Problem[]) {
  const notes: string[] = [];
  const ids = new Set<string>();
  let count = 0;
  for (const f of files.filter((f) => f.path.startsWith(ROOT) && /\/scenarios\//.test(f.path))) {
    count++;
    const path = parseDataPath(f.path.slice(ROOT.length), 'scenarios');
    if (!path) { problems.push({ file: f.path, message: 'a scenario must be at content/courses/<course>/<locale>/scenarios/<id>.yaml' }); continue; }
    ids.add(`${path.course}/${path.locale}/${path.id}`);
    const { data, problem } = readYaml(f.path, f.text);
    if (problem) { problems.push(problem); continue; }
    const parsed = ScenarioSchema.safeParse(data ?? {});
    if (!parsed.success) { problems.push(...schemaProblems(f.path, '', parsed.error)); continue; }
    const s = parsed.data;
    if (s.id !== path.id) problems.push({ file: f.path, where: 'id', message: `is "${s.id}", but the file is named "${path.id}.yaml"` });
    s.lesson.forEach((l, i) => {
      if (!lessons.has(`${path.course}/${path.locale}/${l}`)) problems.push({ file: f.path, where: `lesson[${i}]`, message: `"${l}" is not a lesson of ${path.course}` });
    });
    s.debrief.forEach((d, i) => {
      if (!lessons.has(`${path.course}/${path.locale}/${d.lesson}`)) problems.push({ file: f.path, where: `debrief[${i}].lesson`, message: `"${d.lesson}" is not a lesson of ${path.course}` });
    });
    const analysis = validateScenario(s);
    problems.push(...analysis.problems.map((p) => ({ file: f.path, where: p.where, message: p.message })));
    if (!analysis.problems.length) {
      problems.push(...checkCompliance(s, analysis).map((p) => ({ file: f.path, where: p.where, message: p.message })));
      notes.push(`${path.course}/${path.locale}/${s.id}: ` + s.dimensions.map((d) => `${d.label} ${analysis.ranges[d.id]!.worst}…${analysis.ranges[d.id]!.best}`).join(', '));
    }
  }
  for (const [key, lesson] of lessons) {
    const [course, locale] = key.split('/');
    for (const id of lesson.scenarios) {
      if (!ids.has(`${course}/${locale}/${id}`)) problems.push({ file: lesson.file, message: `<Scenario id="${id}" /> names no scenario: add ${ROOT}${course}/${locale}/scenarios/${id}.yaml` });
    }
  }
  return { count, notes };
}
