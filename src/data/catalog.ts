import { getCollection, getEntry, type CollectionEntry } from 'astro:content';
import { coursePagePath, lessonPath } from '../lib/urls.ts';
import { decisionsToEnd } from '../lib/scenario/graph.ts';
import { sectionHeadings } from '../lib/content/headings.ts';
import type { CourseInfo } from '../lib/results/transcript.ts';
import type { Locale } from '../schemas/course.ts';
import { localized } from '../i18n/index.ts';
import { localeBase } from './route.ts';
import { basisRefs } from './sources.ts';

export type CourseEntry = CollectionEntry<'courses'>;
export type LessonEntry = CollectionEntry<'lessons'>;

export interface CatalogCourse {
  id: string;
  course: CourseEntry['data'];
  /** Lessons in the order course.yaml gives. */
  lessons: LessonEntry[];
  minutes: number;
  /** Ids of the lessons that have a knowledge check. */
  checked: string[];
}

/** Every course with its lessons in one locale, in course.yaml order. The content check guarantees the two agree. */
export async function getCatalog(locale: Locale): Promise<CatalogCourse[]> {
  const [courses, lessons, quizzes] = await Promise.all([getCollection('courses'), getCollection('lessons'), getCollection('quizzes')]);
  return courses
    .map(({ id, data }) => {
      const ordered = data.lessons
        .map((lessonId) => lessons.find((l) => l.id === `${id}/${locale}/${lessonId}`))
        .filter((l): l is LessonEntry => l !== undefined);
      const checked = ordered.map(lessonIdOf).filter((l) => quizzes.some((q) => q.id === `${id}/${locale}/${l}`));
      return { id, course: data, lessons: ordered, minutes: ordered.reduce((s, l) => s + l.data.minutes, 0), checked };
    })
    .sort((a, b) => a.id.localeCompare(b.id));
}

/** The lesson id within its course: `customer-org/zh-CN/roles` → `roles`. */
export const lessonIdOf = (entry: LessonEntry) => entry.id.split('/').at(-1)!;

/** Data attributes that let the progress scripts show a course's progress inside an element (src/client/progress-marks.ts). */
export const scopeAttributes = (c: CatalogCourse) => ({
  'data-course-scope': c.id,
  'data-lessons': c.lessons.map(lessonIdOf).join(','),
  'data-pass': String(c.course.checks.passPercent),
  'data-checks': c.checked.join(','),
});

export type QuizEntry = CollectionEntry<'quizzes'>;

/** A lesson's question bank, if it has one. */
export async function getQuiz(course: string, locale: Locale, lesson: string): Promise<QuizEntry | undefined> {
  return getEntry('quizzes', `${course}/${locale}/${lesson}`);
}

/**
 * For each question, a link to the lesson section it names (by heading text), with the id the
 * lesson page gives that heading: the same headings the content check holds `section` to
 * (src/lib/content/headings.ts), read from the lesson's MDX, not from rendering it.
 */
export async function sectionLinks(course: string, locale: Locale, lesson: string, questions: { id: string; section: string }[]) {
  const entry = await getEntry('lessons', `${course}/${locale}/${lesson}`);
  const headings = sectionHeadings(entry?.body ?? '');
  return Object.fromEntries(
    questions.map((q) => {
      const h = headings.find((x) => x.text === q.section);
      return [q.id, { href: lessonPath(course, lesson, h?.slug, localeBase(locale)), title: q.section }];
    }),
  );
}

export type ScenarioEntry = CollectionEntry<'scenarios'>;

/** A course's scenarios in one locale, by title. */
export async function getScenarios(course: string, locale: Locale): Promise<ScenarioEntry[]> {
  return (await getCollection('scenarios', (s) => s.id.startsWith(`${course}/${locale}/`))).sort((a, b) => a.data.title.localeCompare(b.data.title, 'zh-CN'));
}

export type ScenarioAnalysis = CollectionEntry<'scenarioAnalyses'>['data'];

/** A scenario's score ranges and best path, as the content model computed them (validateScenario runs there, once per file). */
export async function scenarioAnalysis(course: string, locale: Locale, id: string): Promise<ScenarioAnalysis> {
  const entry = await getEntry('scenarioAnalyses', `${course}/${locale}/${id}`);
  if (!entry) throw new Error(`Scenario ${id} has problems: run npm run check:content`);
  return entry.data;
}

/** Everything the scenario player needs besides the scenario: computed once, at build time. */
export async function scenarioProps(course: string, locale: Locale, scenario: ScenarioEntry['data']) {
  const catalog = (await getCatalog(locale)).find((c) => c.id === course)!;
  const analysis = await scenarioAnalysis(course, locale, scenario.id);
  const lessons = Object.fromEntries(catalog.lessons.map((l) => [lessonIdOf(l), { title: l.data.title, href: lessonPath(course, lessonIdOf(l), undefined, localeBase(locale)) }]));
  const basis = await basisRefs(course, locale, [...Object.values(scenario.nodes), ...scenario.debrief]);
  return { course, scenario, analysis, remaining: decisionsToEnd(scenario), lessons, basis };
}

/** What the results pages need about a course (src/lib/results/transcript.ts), from its content. */
export async function courseInfo(entry: CatalogCourse, locale: Locale): Promise<CourseInfo> {
  const scenarios = await getScenarios(entry.id, locale);
  return {
    id: entry.id,
    title: localized(entry.course.title, locale),
    lessons: entry.lessons.map((l) => ({ id: lessonIdOf(l), title: l.data.title })),
    checked: entry.checked,
    checkPass: entry.course.checks.passPercent,
    ...(entry.course.assessment ? { assessment: { questions: entry.course.assessment.questions, pass: entry.course.assessment.passPercent } } : {}),
    scenarios: await Promise.all(scenarios.map(async ({ data }) => {
      const { ranges } = await scenarioAnalysis(entry.id, locale, data.id);
      return {
        id: data.id,
        title: data.title,
        dimensions: data.dimensions.map((d) => ({ id: d.id, label: d.label, best: ranges[d.id]?.best ?? 0, worst: ranges[d.id]?.worst ?? 0 })),
        endings: Object.fromEntries(Object.entries(data.nodes).flatMap(([id, n]) => (n.ending ? [[id, n.ending.title]] : []))),
      };
    })),
    ...((await getEntry('accountMaps', entry.id)) ? { accountMap: coursePagePath(entry.id, 'account-map', localeBase(locale)) } : {}),
    certificate: entry.course.certificate,
  };
}
