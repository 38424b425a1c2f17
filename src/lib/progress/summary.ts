import type { Progress } from '../../schemas/progress.ts';
import { lessonStates, type CompletionRule, type LessonState } from './record.ts';

export interface CourseSummary {
  /** Lessons marked studied, among those the course lists now. */
  done: number;
  total: number;
  /** Study time over the listed lessons, in seconds. */
  seconds: number;
  /** Lesson ids in course order with their state. */
  lessons: { id: string; state: LessonState }[];
  /** Where "continue" should go: the last position, or the first lesson not yet done; null when all are done and nothing was read. */
  resume: { lesson: string; section?: string } | null;
}

/** What the course page shows, derived from the record and the course's current lesson list. */
export function summarizeCourse(p: Progress, course: string, lessonIds: readonly string[], rule?: CompletionRule): CourseSummary {
  const c = p.courses[course];
  const lessons = lessonStates(p, course, lessonIds, rule);
  const seconds = lessonIds.reduce((sum, id) => sum + (c?.lessons[id]?.seconds ?? 0), 0);
  const last = c?.last && lessonIds.includes(c.last.lesson) ? c.last : undefined;
  const firstOpen = lessons.find((l) => l.state !== 'done');
  const lastState = lessons.find((l) => l.id === last?.lesson)?.state;
  const resume = last && !(lastState === 'done' && firstOpen)
    ? { lesson: last.lesson, ...(last.section ? { section: last.section } : {}) }
    : firstOpen ? { lesson: firstOpen.id } : null;
  return { done: lessons.filter((l) => l.state === 'done').length, total: lessonIds.length, seconds, lessons, resume };
}
