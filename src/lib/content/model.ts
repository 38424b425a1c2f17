/*
 * The content model: every course.yaml, lesson, question bank and scenario of a content tree,
 * each file read and checked against its schema once, and each scenario's graph analysed once
 * (validateScenario). The content check, the site's collections (src/integrations/model-loader.ts),
 * the search records and the SCORM packages all read this model, never the files.
 *
 * Pure: the caller reads the files (src/data/content-model.ts) and may pass a ContentMemo that
 * outlives one model, so that building the model again over unchanged files parses nothing.
 */
import { CourseSchema, type Course } from '../../schemas/course.ts';
import { LessonSchema, type Lesson } from '../../schemas/lesson.ts';
import { QuizSchema, type Quiz } from '../../schemas/quiz.ts';
import { ScenarioSchema, type Scenario } from '../../schemas/scenario.ts';
import { validateScenario, type ScenarioAnalysis } from '../scenario/validate.ts';
import { sectionHeadings, type Heading } from './headings.ts';
import { parseDataPath, parseLessonPath, type DataPath, type LessonPath } from './paths.ts';
import { readYaml, ROOT, schemaProblems, splitFrontmatter, type ContentFile, type Problem } from './problems.ts';

/** A file of the model: what its path says, its data if it could be read, and what stopped it being read. */
interface ModelFile<P, T> {
  file: string;
  /** The file's place (course, locale, id); null when the path is not where this kind belongs. */
  path: P;
  /** The data, parsed by its schema; absent when `problems` says why. */
  data?: T;
  /** Why the file could not be read: its path, its YAML, its schema. The checks add the rest. */
  problems: Problem[];
}

export type CourseFile = ModelFile<{ course: string }, Course>;
export type QuizFile = ModelFile<DataPath | null, Quiz>;
export interface ScenarioFile extends ModelFile<DataPath | null, Scenario> {
  /** validateScenario's result, whenever `data` is there. */
  analysis?: ScenarioAnalysis;
}
export interface LessonFile extends ModelFile<LessonPath | null, Lesson> {
  /** The MDX after its frontmatter; absent when there is no frontmatter block. */
  body?: string;
  /** Its `## ` headings with the ids the page gives them (src/lib/content/headings.ts). */
  headings: Heading[];
}

export interface ContentModel {
  /** The files the model was built from (glossaries, sources and account maps are read from these). */
  files: readonly ContentFile[];
  courses: CourseFile[];
  lessons: LessonFile[];
  quizzes: QuizFile[];
  scenarios: ScenarioFile[];
}

/** How much work models have done: a test, and the build's log line, hold it to one validation per scenario file. */
export interface ModelStats {
  /** Files read and parsed (once per path and text). */
  parsed: number;
  /** Calls of validateScenario. */
  validations: number;
  /** Distinct scenario files that were validated. */
  scenarioFiles: Set<string>;
}

/**
 * Remembers each file's parsed form by path and text, so that a model built again over the same
 * files (the build's content check, then its collections, then its search index) parses and
 * validates nothing twice; a changed file (in dev) is parsed again.
 */
export class ContentMemo {
  private readonly entries = new Map<string, { text: string; value: unknown }>();

  /** `stats` counts this memo's work; pass one object to several memos to count them together. */
  readonly stats: ModelStats;
  constructor(stats: ModelStats = { parsed: 0, validations: 0, scenarioFiles: new Set() }) {
    this.stats = stats;
  }

  /** `read(file)` once per path and text. */
  get<T>(file: ContentFile, read: (f: ContentFile) => T): T {
    const hit = this.entries.get(file.path);
    if (hit && hit.text === file.text) return hit.value as T;
    this.stats.parsed++;
    const value = read(file);
    this.entries.set(file.path, { text: file.text, value });
    return value;
  }
}

const rel = (f: ContentFile) => f.path.slice(ROOT.length);
const under = (f: ContentFile) => f.path.startsWith(ROOT);
export const isCourseFile = (f: ContentFile) => under(f) && /^[^/]+\/course\.yaml$/.test(rel(f));
export const isLessonFile = (f: ContentFile) => under(f) && f.path.endsWith('.mdx');
export const isQuizFile = (f: ContentFile) => under(f) && /\/quizzes\//.test(f.path);
export const isScenarioFile = (f: ContentFile) => under(f) && /\/scenarios\//.test(f.path);

function readCourse(f: ContentFile): CourseFile {
  const path = { course: rel(f).split('/')[0]! };
  const { data, problem } = readYaml(f.path, f.text);
  if (problem) return { file: f.path, path, problems: [problem] };
  const parsed = CourseSchema.safeParse(data ?? {});
  return parsed.success ? { file: f.path, path, data: parsed.data, problems: [] } : { file: f.path, path, problems: schemaProblems(f.path, '', parsed.error) };
}

function readLesson(f: ContentFile): LessonFile {
  const path = parseLessonPath(rel(f));
  if (!path) return { file: f.path, path, headings: [], problems: [{ file: f.path, message: 'a lesson must be at content/courses/<course>/<locale>/lessons/NN-<id>.mdx' }] };
  const split = splitFrontmatter(f.text);
  if (!split) return { file: f.path, path, headings: [], problems: [{ file: f.path, where: 'frontmatter', message: 'missing: the file must start with a --- frontmatter block ---' }] };
  const { data, problem } = readYaml(f.path, split.frontmatter, 'frontmatter');
  if (problem) return { file: f.path, path, headings: [], problems: [problem] };
  const parsed = LessonSchema.safeParse(data ?? {});
  const found = { file: f.path, path, body: split.body, headings: sectionHeadings(split.body) };
  return parsed.success ? { ...found, data: parsed.data, problems: [] } : { ...found, problems: schemaProblems(f.path, 'frontmatter', parsed.error) };
}

function readQuiz(f: ContentFile): QuizFile {
  const path = parseDataPath(rel(f), 'quizzes');
  if (!path) return { file: f.path, path, problems: [{ file: f.path, message: 'a question bank must be at content/courses/<course>/<locale>/quizzes/<lesson-id>.yaml' }] };
  const { data, problem } = readYaml(f.path, f.text);
  if (problem) return { file: f.path, path, problems: [problem] };
  const parsed = QuizSchema.safeParse(data ?? {});
  return parsed.success ? { file: f.path, path, data: parsed.data, problems: [] } : { file: f.path, path, problems: schemaProblems(f.path, '', parsed.error, data) };
}

function readScenario(f: ContentFile, stats: ModelStats): ScenarioFile {
  const path = parseDataPath(rel(f), 'scenarios');
  if (!path) return { file: f.path, path, problems: [{ file: f.path, message: 'a scenario must be at content/courses/<course>/<locale>/scenarios/<id>.yaml' }] };
  const { data, problem } = readYaml(f.path, f.text);
  if (problem) return { file: f.path, path, problems: [problem] };
  const parsed = ScenarioSchema.safeParse(data ?? {});
  if (!parsed.success) return { file: f.path, path, problems: schemaProblems(f.path, '', parsed.error) };
  stats.validations++;
  stats.scenarioFiles.add(f.path);
  return { file: f.path, path, data: parsed.data, analysis: validateScenario(parsed.data), problems: [] };
}

/** The model of a content tree. Give it a memo to share parsing with earlier models of the same files. */
export function buildModel(files: readonly ContentFile[], memo = new ContentMemo()): ContentModel {
  return {
    files,
    courses: files.filter(isCourseFile).map((f) => memo.get(f, readCourse)),
    lessons: files.filter(isLessonFile).map((f) => memo.get(f, readLesson)),
    quizzes: files.filter(isQuizFile).map((f) => memo.get(f, readQuiz)),
    scenarios: files.filter(isScenarioFile).map((f) => memo.get(f, (x) => readScenario(x, memo.stats))),
  };
}

/** The collection id of a question bank or scenario: `customer-org/zh-CN/roles`. */
export const entryId = (p: DataPath) => `${p.course}/${p.locale}/${p.id}`;
