/*
 * Changes to the record a lesson page makes (visit, mark, study time, position). Apart from
 * src/lib/progress/record.ts, which every page that shows progress reads, so the home and course
 * pages do not ship them.
 */
import type { LessonProgress, Progress } from '../../schemas/progress.ts';
import { courseOf, emptyLesson } from './record.ts';

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
