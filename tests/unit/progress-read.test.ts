import { describe, expect, it } from 'vitest';
import { ProgressSchema } from '../../src/schemas/progress.ts';
import { migrate, readProgress, type Migration } from '../../src/lib/progress/read.ts';

const lesson = { seconds: 120, done: true, firstVisit: 1, lastVisit: 2, markedAt: 3 };
const check = { answers: { 'roles-a': 'b', 'roles-b': ['x', 'y'], 'roles-c': true, 'roles-d': { p: 'q' } }, submitted: true, attempts: 2, best: 83, last: 67, seed: 'k3', startedAt: 1_795_000_000_000, seconds: { 'roles-a': 12, 'roles-b': 40, 'roles-c': 0 } };
const assessment = { answers: {}, submitted: false, attempts: 1, best: 90, questions: ['a', 'b'], previous: ['c'], seed: 's' };
const valid = { version: 3, courses: { 'customer-org': { lessons: { roles: lesson, types: { seconds: 0, done: false } }, last: { lesson: 'roles', section: '决策者', at: 5 }, quizzes: { roles: check }, assessment } } };
/** A course entry with only lessons. */
const course = (lessons: Record<string, unknown>, extra: Record<string, unknown> = {}) => ({ lessons, quizzes: {}, ...extra });
const json = (v: unknown) => JSON.stringify(v);

describe('readProgress', () => {
  it.each([
    ['nothing stored', null, 'empty'],
    ['an empty string', '', 'empty'],
    ['a valid record', json(valid), 'ok'],
    ['a record with no courses yet', json({ version: 3, courses: {} }), 'ok'],
  ])('reads %s as %s', (_, raw, status) => {
    const out = readProgress(raw);
    expect(out.status).toBe(status);
    if (status === 'ok') expect(out.progress).toEqual(JSON.parse(raw!));
  });

  it.each([
    ['junk that is not JSON', '{"version":1,', 'not JSON'],
    ['JSON that is not an object', '[1,2]', 'not an object'],
    ['a record with no version', json({ courses: {} }), 'no version'],
    ['a version of 0', json({ version: 0, courses: {} }), 'no version'],
    ['a record from a newer site', json({ version: 9, courses: {} }), 'version: 9 is newer than 3'],
  ])('starts afresh on %s and says why', (_, raw, problem) => {
    const out = readProgress(raw);
    expect(out).toEqual({ status: 'reset', progress: { version: 3, courses: {} }, problems: [problem] });
  });

  it.each([
    ['a lesson with a negative time', { seconds: -1, done: false }, 'courses.customer-org.lessons.bad.seconds: not a count'],
    ['a lesson whose done is a string', { seconds: 1, done: 'yes' }, 'courses.customer-org.lessons.bad.done: not true/false'],
    ['a lesson that is a number', 7, 'courses.customer-org.lessons.bad: not an object'],
    ['a lesson missing its time', { done: true }, 'courses.customer-org.lessons.bad.seconds: not a count'],
    ['a lesson with a fractional visit time', { seconds: 1, done: true, firstVisit: 1.5 }, 'courses.customer-org.lessons.bad.firstVisit: not a count'],
  ])('drops %s, keeps the rest, and names it', (_, bad, problem) => {
    const raw = json({ version: 3, courses: { 'customer-org': course({ roles: lesson, bad }) } });
    const out = readProgress(raw);
    expect(out.status).toBe('recovered');
    expect(out.progress.courses['customer-org']!.lessons).toEqual({ roles: lesson });
    expect(out.status === 'recovered' && out.problems).toEqual([problem]);
  });

  it.each([
    ['an unknown top-level field', { ...valid, extra: 1 }, 'extra: unknown field'],
    ['an unknown lesson field', { version: 3, courses: { c: course({ l: { ...lesson, colour: 'red' } }) } }, 'courses.c.lessons.l.colour: unknown field'],
    ['a course id with capitals', { version: 3, courses: { Bad: course({}) } }, 'courses.Bad: not an id'],
    ['a course that is a list', { version: 3, courses: { c: [] } }, 'courses.c: not an object'],
    ['a position without a time', { version: 3, courses: { c: course({}, { last: { lesson: 'roles' } }) } }, 'courses.c.last.at: not a count'],
    ['courses that are not an object', { version: 3, courses: 'all' }, 'courses: not an object'],
    ['a quiz score over 100', { version: 3, courses: { c: course({}, { quizzes: { l: { ...check, best: 120 } } }) } }, 'courses.c.quizzes.l.best: not a percent'],
    ['an answer that is a number', { version: 3, courses: { c: course({}, { quizzes: { l: { ...check, answers: { q: 3 } } } }) } }, 'courses.c.quizzes.l.answers.q: not an answer'],
    ['an assessment without its attempt count', { version: 3, courses: { c: course({}, { assessment: { answers: {}, submitted: false } }) } }, 'courses.c.assessment.attempts: not a count'],
    ['drawn questions that are not ids', { version: 3, courses: { c: course({}, { assessment: { ...assessment, questions: [1] } }) } }, 'courses.c.assessment.questions: not ids'],
    ['an answer time that is negative', { version: 3, courses: { c: course({}, { quizzes: { l: { ...check, seconds: { 'roles-a': -1 } } } }) } }, 'courses.c.quizzes.l.seconds.roles-a: not a count'],
    ['answer times that are a list', { version: 3, courses: { c: course({}, { quizzes: { l: { ...check, seconds: [3] } } }) } }, 'courses.c.quizzes.l.seconds: not an object'],
    ['a start time as text', { version: 3, courses: { c: course({}, { assessment: { ...assessment, startedAt: '2026-01-01' } }) } }, 'courses.c.assessment.startedAt: not a count'],
  ])('recovers from %s', (_, data, problem) => {
    const out = readProgress(json(data));
    expect(out.status).toBe('recovered');
    expect(out.status === 'recovered' && out.problems).toContain(problem);
  });

  it('never throws, whatever is stored', () => {
    for (const raw of ['null', 'true', '"text"', '{}', '{"version":"1"}', json({ version: 3, courses: { c: { lessons: null } } }), json({ version: 1, courses: [] }), '\u0000']) {
      expect(() => readProgress(raw)).not.toThrow();
      expect(ProgressSchema.safeParse(readProgress(raw).progress).success).toBe(true);
    }
  });
});

describe('readProgress agrees with ProgressSchema (the zod oracle)', () => {
  const cases: [string, unknown][] = [
    ['valid', valid],
    ['empty courses', { version: 3, courses: {} }],
    ['extra field', { ...valid, x: 1 }],
    ['string seconds', { version: 3, courses: { c: course({ l: { seconds: '1', done: false } }) } }],
    ['float seconds', { version: 3, courses: { c: course({ l: { seconds: 1.5, done: false } }) } }],
    ['bad lesson id', { version: 3, courses: { c: course({ 'Not OK': { seconds: 1, done: false } }) } }],
    ['long section', { version: 3, courses: { c: course({}, { last: { lesson: 'l', section: 'x'.repeat(201), at: 1 } }) } }],
    ['section at the limit', { version: 3, courses: { c: course({}, { last: { lesson: 'l', section: 'x'.repeat(200), at: 1 } }) } }],
    ['position with bad lesson', { version: 3, courses: { c: course({}, { last: { lesson: 'A B', at: 1 } }) } }],
    ['a course without quizzes', { version: 3, courses: { c: { lessons: {} } } }],
    ['a quiz with a fractional score', { version: 3, courses: { c: course({}, { quizzes: { l: { ...check, last: 66.5 } } }) } }],
    ['a quiz with a long seed', { version: 3, courses: { c: course({}, { quizzes: { l: { ...check, seed: 'x'.repeat(201) } } }) } }],
    ['an answer map with a number', { version: 3, courses: { c: course({}, { quizzes: { l: { ...check, answers: { q: { a: 1 } } } } }) } }],
    ['a quiz without answer times', { version: 3, courses: { c: course({}, { quizzes: { l: { answers: {}, submitted: false, attempts: 0 } } }) } }],
    ['an answer time that is negative', { version: 3, courses: { c: course({}, { quizzes: { l: { ...check, seconds: { q: -1 } } } }) } }],
    ['an answer time with a fraction', { version: 3, courses: { c: course({}, { quizzes: { l: { ...check, seconds: { q: 1.5 } } } }) } }],
    ['answer times that are a list', { version: 3, courses: { c: course({}, { quizzes: { l: { ...check, seconds: [3] } } }) } }],
    ['a start time as text', { version: 3, courses: { c: course({}, { assessment: { ...assessment, startedAt: '2026-01-01' } }) } }],
    ['the previous version', { version: 2, courses: {} }],
    ['the version before', { version: 1, courses: {} }],
  ];
  it.each(cases)('%s', (_, data) => {
    expect(readProgress(json(data)).status === 'ok').toBe(ProgressSchema.safeParse(data).success);
  });
});

describe('the real migrations: every earlier version reads as version 3', () => {
  // What each version's pages could write; none has answer times, and none are invented.
  const quizV2 = { answers: { 'roles-a': 'b' }, submitted: false, attempts: 1, best: 50, last: 50, seed: 'k' };
  const assessmentV2 = { answers: {}, submitted: true, attempts: 2, best: 85, last: 85, questions: ['a', 'b'], previous: ['c'], seed: 's' };
  const lessonsOnly = { 'customer-org': { lessons: { roles: lesson }, last: { lesson: 'roles', at: 5 } } };
  const withQuizzes = { 'customer-org': { lessons: { roles: lesson }, quizzes: { roles: quizV2 }, assessment: assessmentV2, scenarios: { s: { attempts: 1, current: [0, 1] } } } };
  it.each([
    ['version 1: lessons and position', 1, lessonsOnly],
    ['version 2: lessons and position', 2, lessonsOnly],
    ['version 2: checks, the assessment and a scenario', 2, withQuizzes],
    ['version 2: no courses yet', 2, {}],
  ])('%s', (_, version, courses) => {
    const out = readProgress(json({ version, courses }));
    expect(out).toEqual({ status: 'migrated', from: version, progress: { version: 3, courses } });
    expect(ProgressSchema.safeParse(out.progress).success).toBe(true);
  });
  it.each([
    ['version 1', 1],
    ['version 2', 2],
  ])('salvages a damaged %s record after migrating it', (_, version) => {
    const out = readProgress(json({ version, courses: { c: { lessons: { ok: lesson, bad: { done: 1 } } } } }));
    expect(out.status).toBe('recovered');
    expect(out.status === 'recovered' && out.problems).toEqual(['courses.c.lessons.bad.seconds: not a count']);
    expect(Object.keys(out.progress.courses.c!.lessons)).toEqual(['ok']);
  });
});

describe('migrations', () => {
  // A made-up history: v1 kept a list of done lesson ids, v2 a map, v3 the map under "courses".
  const migrations: Record<number, Migration> = {
    1: (old) => ({ done: Object.fromEntries((old.done as string[]).map((id) => [id, true])) }),
    2: (old) => ({ courses: { c: { lessons: Object.fromEntries(Object.keys(old.done as object).map((id) => [id, { seconds: 0, done: true }])), quizzes: {} } } }),
  };

  it('applies each step in order and stamps the version', () => {
    expect(migrate({ version: 1, done: ['a'] }, 1, 3, migrations)).toEqual({ version: 3, courses: { c: { lessons: { a: { seconds: 0, done: true } }, quizzes: {} } } });
  });
  it('says which step is missing', () => {
    expect(() => migrate({ version: 1, done: [] }, 1, 4, migrations)).toThrow('no migration from version 3');
  });
  it('reports a migrated record as migrated, with where it came from', () => {
    const out = readProgress(json({ version: 1, done: ['a', 'b'] }), migrations, 3);
    expect(out.status).toBe('migrated');
    expect(out.status === 'migrated' && out.from).toBe(1);
    expect(Object.keys(out.progress.courses.c!.lessons)).toEqual(['a', 'b']);
  });
  it('resets, naming the gap, when no path leads to the current version', () => {
    const out = readProgress(json({ version: 1, courses: {} }), {}, 2);
    expect(out.status === 'reset' && out.problems).toEqual(['version: no migration from version 1']);
  });
});
