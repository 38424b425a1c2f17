import type { CourseProgress, LessonProgress, Progress, QuizProgress } from '../../schemas/progress.ts';

/** The version `ProgressSchema` describes; `readProgress` migrates anything older to it. */
export const PROGRESS_VERSION = 3 as const;

export const emptyProgress = (): Progress => ({ version: PROGRESS_VERSION, courses: {} });
/** A lesson not yet opened. */
export const emptyLesson = (): LessonProgress => ({ seconds: 0, done: false });
/** A course's entry, or a new empty one. */
export const courseOf = (p: Progress, course: string): CourseProgress => p.courses[course] ?? { lessons: {} };

/** Forgets everything about one course. */
export function resetCourse(p: Progress, course: string): Progress {
  const { [course]: _dropped, ...rest } = p.courses;
  return { ...p, courses: rest };
}

/** Passed, for the record (lesson state, transcript, certificate): the best score of any attempt reaches the pass mark. */
export const hasPassed = (q: QuizProgress | undefined, passPercent: number) => (q?.best ?? -1) >= passPercent;

/** Lesson states: done (studied and, where there is one, its check passed), read (studied, check not yet passed), visited, new. */
export type LessonState = 'done' | 'read' | 'visited' | 'new';

/** What completion needs beyond "studied": the pass mark, and which lessons have a knowledge check. */
export interface CompletionRule {
  passPercent: number;
  checked: readonly string[];
}

/** Each listed lesson's state. A lesson is complete when it is marked studied and its check (if any) is passed. */
export function lessonStates(p: Progress, course: string, lessonIds: readonly string[], rule: CompletionRule = { passPercent: 0, checked: [] }): { id: string; state: LessonState }[] {
  const c = p.courses[course];
  return lessonIds.map((id) => {
    const l = c?.lessons[id];
    const passed = !rule.checked.includes(id) || hasPassed(c?.quizzes?.[id], rule.passPercent);
    return { id, state: l?.done ? (passed ? 'done' : 'read') : l?.firstVisit ? 'visited' : 'new' };
  });
}
