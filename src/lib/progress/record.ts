import type { CourseProgress, LessonProgress, Progress } from '../../schemas/progress.ts';

/** The version `ProgressSchema` describes; `readProgress` migrates anything older to it. */
export const PROGRESS_VERSION = 3 as const;

export const emptyProgress = (): Progress => ({ version: PROGRESS_VERSION, courses: {} });
const emptyLesson = (): LessonProgress => ({ seconds: 0, done: false });
/** A course's entry, or a new empty one. */
export const courseOf = (p: Progress, course: string): CourseProgress => p.courses[course] ?? { lessons: {} };

/** Applies `change` to one lesson's entry, creating course and lesson as needed; never mutates. */
function updateLesson(p: Progress, course: string, lesson: string, change: (l: LessonProgress) => LessonProgress): Progress {
  const c = courseOf(p, course);
  const l = c.lessons[lesson] ?? emptyLesson();
  return { ...p, courses: { ...p.courses, [course]: { ...c, lessons: { ...c.lessons, [lesson]: change(l) } } } };
}

/** The trainee opened a lesson: records the visit and makes it the last position. */
export function visitLesson(p: Progress, course: string, lesson: string, now: number): Progress {
  const next = updateLesson(p, course, lesson, (l) => ({ ...l, firstVisit: l.firstVisit ?? now, lastVisit: now }));
  return setPosition(next, course, lesson, undefined, now);
}

/** Marks a lesson as studied, or takes the mark back. */
export function setDone(p: Progress, course: string, lesson: string, done: boolean, now: number): Progress {
  return updateLesson(p, course, lesson, (l) => ({ ...l, done, markedAt: now }));
}

/** Adds whole seconds of study time; negative or fractional amounts are ignored or floored. */
export function addSeconds(p: Progress, course: string, lesson: string, seconds: number): Progress {
  const add = Math.floor(seconds);
  if (!(add > 0)) return p;
  return updateLesson(p, course, lesson, (l) => ({ ...l, seconds: l.seconds + add }));
}

/** Remembers where the trainee is reading, for "continue where you left off". */
export function setPosition(p: Progress, course: string, lesson: string, section: string | undefined, now: number): Progress {
  const c = courseOf(p, course);
  const last = section ? { lesson, section, at: now } : { lesson, at: now };
  return { ...p, courses: { ...p.courses, [course]: { ...c, last } } };
}

/** Forgets everything about one course. */
export function resetCourse(p: Progress, course: string): Progress {
  const { [course]: _dropped, ...rest } = p.courses;
  return { ...p, courses: rest };
}

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
    const passed = !rule.checked.includes(id) || (c?.quizzes?.[id]?.best ?? -1) >= rule.passPercent;
    return { id, state: l?.done ? (passed ? 'done' : 'read') : l?.firstVisit ? 'visited' : 'new' };
  });
}
