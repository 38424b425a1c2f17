import { describe, expect, it } from 'vitest';
import { emptyProgress, lessonStates } from '../../src/lib/progress/record.ts';
import { addSeconds, setDone, setPosition, visitLesson } from '../../src/lib/progress/edit.ts';
import { resetCourse } from '../../src/lib/progress/record.ts';
import { summarizeCourse } from '../../src/lib/progress/summary.ts';
import { ProgressSchema, type Progress } from '../../src/schemas/progress.ts';

const C = 'customer-org';
const ids = ['definition', 'types', 'roles'];

describe('record updates', () => {
  it('records the first and the latest visit and moves the position', () => {
    let p = visitLesson(emptyProgress(), C, 'types', 100);
    p = visitLesson(p, C, 'types', 200);
    expect(p.courses[C]!.lessons.types).toEqual({ seconds: 0, done: false, firstVisit: 100, lastVisit: 200 });
    expect(p.courses[C]!.last).toEqual({ lesson: 'types', at: 200 });
  });

  it('marks and unmarks a lesson, remembering when', () => {
    const done = setDone(emptyProgress(), C, 'roles', true, 5);
    expect(done.courses[C]!.lessons.roles).toMatchObject({ done: true, markedAt: 5 });
    expect(setDone(done, C, 'roles', false, 6).courses[C]!.lessons.roles).toMatchObject({ done: false, markedAt: 6 });
  });

  it.each([
    [30, 30],
    [2.9, 2],
    [0, 0],
    [-5, 0],
    [Number.NaN, 0],
  ])('adds %s seconds as %s', (add, expected) => {
    const p = addSeconds(visitLesson(emptyProgress(), C, 'roles', 1), C, 'roles', add);
    expect(p.courses[C]!.lessons.roles!.seconds).toBe(expected);
  });

  it('keeps the section read, and drops it when none is given', () => {
    const p = setPosition(emptyProgress(), C, 'roles', '决策者', 9);
    expect(p.courses[C]!.last).toEqual({ lesson: 'roles', section: '决策者', at: 9 });
    expect(setPosition(p, C, 'types', undefined, 10).courses[C]!.last).toEqual({ lesson: 'types', at: 10 });
  });

  it('resets one course and leaves others alone', () => {
    const p = setDone(setDone(emptyProgress(), C, 'roles', true, 1), 'other-course', 'x', true, 1);
    expect(Object.keys(resetCourse(p, C).courses)).toEqual(['other-course']);
  });

  it('never mutates its input, and always yields a valid record', () => {
    const before = setDone(emptyProgress(), C, 'roles', true, 1);
    const frozen = JSON.stringify(before);
    const after = addSeconds(visitLesson(setPosition(before, C, 'types', 'h', 2), C, 'types', 3), C, 'types', 4);
    expect(JSON.stringify(before)).toBe(frozen);
    expect(ProgressSchema.safeParse(after).success).toBe(true);
  });
});

describe('lessonStates and summarizeCourse', () => {
  const build = (...steps: ((p: Progress) => Progress)[]) => steps.reduce((p, f) => f(p), emptyProgress());

  it('shows new, visited and done', () => {
    const p = build((p) => visitLesson(p, C, 'types', 1), (p) => setDone(p, C, 'roles', true, 2));
    expect(lessonStates(p, C, ids).map((l) => l.state)).toEqual(['new', 'visited', 'done']);
  });

  it.each<[string, (p: Progress) => Progress, { lesson: string; section?: string } | null, number]>([
    ['a new trainee starts at the first lesson', (p) => p, { lesson: 'definition' }, 0],
    ['a trainee mid-lesson resumes at the heading', (p) => setPosition(visitLesson(p, C, 'types', 1), C, 'types', '政府机构', 2), { lesson: 'types', section: '政府机构' }, 0],
    ['after finishing the last-read lesson, the first open one', (p) => setDone(visitLesson(p, C, 'definition', 1), C, 'definition', true, 2), { lesson: 'types' }, 1],
    ['with all done, back to the last read', (p) => ids.reduce((q, id, i) => setDone(visitLesson(q, C, id, i), C, id, true, i), p), { lesson: 'roles' }, 3],
    ['a position in a lesson since removed is ignored', (p) => visitLesson(p, C, 'gone', 1), { lesson: 'definition' }, 0],
  ])('%s', (_, steps, resume, done) => {
    const s = summarizeCourse(build(steps), C, ids);
    expect(s.resume).toEqual(resume);
    expect(s.done).toBe(done);
    expect(s.total).toBe(3);
  });

  it('nothing to resume when all are done and nothing was ever opened', () => {
    const p = ids.reduce((q, id) => setDone(q, C, id, true, 1), emptyProgress());
    expect(summarizeCourse(p, C, ids).resume).toBeNull();
  });

  it('adds up study time over the listed lessons only', () => {
    const p = build((p) => addSeconds(p, C, 'types', 90), (p) => addSeconds(p, C, 'roles', 30), (p) => addSeconds(p, C, 'gone', 999));
    expect(summarizeCourse(p, C, ids).seconds).toBe(120);
  });
});
