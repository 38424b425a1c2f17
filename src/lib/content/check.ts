import { checkAccountMaps } from './account-map.ts';
import { checkAssessments, checkCourses, checkListedLessons } from './course.ts';
import { checkEnglish } from './english.ts';
import { checkGlossaries } from './glossary.ts';
import { sectionHeadings } from './headings.ts';
import { checkLessons } from './lesson.ts';
import { buildModel, type ContentModel } from './model.ts';
import type { ContentFile, Problem } from './problems.ts';
import { checkQuizzes } from './quiz.ts';
import { checkScenarios } from './scenario.ts';
import { checkSources } from './sources.ts';

export { ROOT, formatProblem, readYaml, schemaProblems, splitFrontmatter, type ContentFile, type Problem } from './problems.ts';
export { MDX_COMPONENTS, RESERVED, type MdxComponentName } from './lesson.ts';

export interface CheckReport {
  problems: Problem[];
  /** What was checked, for the summary line. */
  counts: { courses: number; lessons: number; quizzes: number; questions: number; scenarios: number };
  /** One line per scenario: its best and worst score per dimension. */
  notes: string[];
  /** What an author should look at but that does not fail the check: item-writing warnings about the question banks (item-lint.ts), glossary terms missing from their lesson, English variants and spellings (glossary.ts, english.ts). */
  warnings: Problem[];
}

/** The text of the `## ` headings of a lesson body, outside code blocks: what quiz questions may link to (src/lib/content/headings.ts). */
export const headingsOf = (body: string): string[] => sectionHeadings(body).map((h) => h.text);

/**
 * Validates every course, lesson, question bank, scenario, source list, glossary and account map,
 * and how they fit together: one check per kind (course.ts, lesson.ts, quiz.ts, scenario.ts,
 * sources.ts, glossary.ts, english.ts, account-map.ts) over one content model. Pure: the caller
 * reads the files, or passes the model it already built from them.
 */
export function checkContent(input: readonly ContentFile[] | ContentModel): CheckReport {
  const model = 'files' in input ? input : buildModel(input);
  const { files } = model;
  const problems: Problem[] = [];
  const courses = checkCourses(model, problems);
  const lessons = checkLessons(model, courses, problems);
  checkListedLessons(courses, lessons.seen, problems);
  const quizzes = checkQuizzes(model, lessons.lessons, problems);
  checkAssessments(courses, quizzes.perCourse, problems);
  const scenarios = checkScenarios(model, lessons.lessons, problems);
  problems.push(...checkSources(files));
  problems.push(...checkAccountMaps(files, lessons.lessons));
  const glossary = checkGlossaries(files);
  problems.push(...glossary.problems);
  const warnings = [...quizzes.warnings, ...glossary.warnings, ...checkEnglish(files, glossary.glossaries)];
  return { problems, counts: { courses: courses.size, lessons: lessons.count, quizzes: quizzes.files, questions: quizzes.questions, scenarios: scenarios.count }, notes: scenarios.notes, warnings };
}
