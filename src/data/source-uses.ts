import type { Locale } from '../schemas/course.ts';
import { sourceUses, type SourceUse } from '../lib/content/sources.ts';
import { getQuiz, getScenarios, lessonIdOf, type CatalogCourse } from './catalog.ts';

/** Where each of a course's sources is cited in one locale (lessons, questions, scenario nodes and debriefs), with the banks and scenarios it looked at. */
export async function courseSourceUses(entry: CatalogCourse, locale: Locale) {
  const quizzes = [];
  for (const lesson of entry.lessons) {
    const quiz = await getQuiz(entry.id, locale, lessonIdOf(lesson));
    if (quiz) quizzes.push(quiz.data);
  }
  const scenarios = (await getScenarios(entry.id, locale)).map((s) => s.data);
  const uses: Map<string, SourceUse> = sourceUses({ lessons: entry.lessons.map((l) => ({ id: lessonIdOf(l), body: l.body ?? '' })), quizzes, scenarios });
  return { uses, quizzes, scenarios };
}
