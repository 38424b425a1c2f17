import { describe, expect, it } from 'vitest';
import { emptyProgress, lessonStates } from '../../src/lib/progress/record.ts';
import { setDone } from '../../src/lib/progress/edit.ts';
import { getQuiz, hasPassed, lastAttemptPassed, setAnswer, startAttempt, submitQuiz } from '../../src/lib/progress/quiz.ts';
import { summarizeCourse } from '../../src/lib/progress/summary.ts';
import { ProgressSchema } from '../../src/schemas/progress.ts';

const C = 'customer-org';
const roles = { lesson: 'roles' };

describe('quiz progress', () => {
  it('keeps answers as they are given, so a reload shows them', () => {
    let p = setAnswer(emptyProgress(), C, roles, 'q1', 'a');
    p = setAnswer(p, C, roles, 'q2', ['x', 'y']);
    p = setAnswer(p, C, roles, 'q1', 'b');
    expect(getQuiz(p, C, roles)).toEqual({ answers: { q1: 'b', q2: ['x', 'y'] }, submitted: false, attempts: 0 });
    expect(ProgressSchema.safeParse(p).success).toBe(true);
  });

  it('counts attempts and keeps the last and the best score', () => {
    let p = submitQuiz(setAnswer(emptyProgress(), C, roles, 'q1', 'a'), C, roles, 90);
    p = submitQuiz(startAttempt(p, C, roles, 'k2'), C, roles, 60);
    expect(getQuiz(p, C, roles)).toMatchObject({ attempts: 2, last: 60, best: 90, submitted: true, seed: 'k2' });
  });

  it('locks a submitted attempt: no answer changes, no double count', () => {
    const p = submitQuiz(setAnswer(emptyProgress(), C, roles, 'q1', 'a'), C, roles, 50);
    expect(setAnswer(p, C, roles, 'q1', 'b')).toBe(p);
    expect(submitQuiz(p, C, roles, 100)).toBe(p);
  });

  it('a retry is always allowed, also after a pass, and clears the answers', () => {
    const passed = submitQuiz(setAnswer(emptyProgress(), C, roles, 'q1', 'a'), C, roles, 100);
    const again = startAttempt(passed, C, roles, 'new');
    expect(getQuiz(again, C, roles)).toMatchObject({ answers: {}, submitted: false, attempts: 1, best: 100, seed: 'new' });
  });

  it('the assessment remembers the last draw so the next can avoid it', () => {
    let p = startAttempt(emptyProgress(), C, 'assessment', 's1', ['a', 'b']);
    p = submitQuiz(p, C, 'assessment', 40);
    p = startAttempt(p, C, 'assessment', 's2', ['c', 'd']);
    expect(getQuiz(p, C, 'assessment')).toMatchObject({ questions: ['c', 'd'], previous: ['a', 'b'], attempts: 1, best: 40 });
    expect(getQuiz(p, C, roles)).toBeUndefined();
  });

  it.each([
    [undefined, 80, false],
    [79, 80, false],
    [80, 80, true],
    [100, 80, true],
  ])('best %s with pass mark %s → passed %s', (best, pass, expected) => {
    expect(hasPassed(best === undefined ? undefined : { answers: {}, submitted: true, attempts: 1, best }, pass)).toBe(expected);
  });

  // The knowledge check's message judges the attempt just marked; the record judges the best one.
  it.each([
    ['never submitted', [], false, false],
    ['failed once', [70], false, false],
    ['passed at once', [80], true, true],
    ['passed, then failed a retry', [90, 60], true, false],
    ['failed, then passed', [60, 85], true, true],
  ])('%s (scores %j) → passed by best %s, by the last attempt %s', (_, scores, best, last) => {
    let p = emptyProgress();
    for (const s of scores) p = submitQuiz(startAttempt(p, C, roles, `s${s}`), C, roles, s);
    expect(hasPassed(getQuiz(p, C, roles), 80)).toBe(best);
    expect(lastAttemptPassed(getQuiz(p, C, roles), 80)).toBe(last);
  });
});

describe('answer times (the latency an LMS hears)', () => {
  const T = 1_795_000_000_000;
  const s = (n: number) => T + n * 1000;
  const times = (p: ReturnType<typeof emptyProgress>, ref: typeof roles | 'assessment' = roles) => {
    const q = getQuiz(p, C, ref);
    return { startedAt: q?.startedAt, seconds: q?.seconds };
  };
  it.each([
    ['no time given: the record keeps none, as before', (p = emptyProgress()) => setAnswer(p, C, roles, 'q1', 'a'), { startedAt: undefined, seconds: undefined }],
    ['a first attempt: it starts when the form was shown', (p = emptyProgress()) => setAnswer(p, C, roles, 'q1', 'a', { now: s(12), shownAt: s(0) }), { startedAt: T, seconds: { q1: 12 } }],
    ['shown time unknown: it starts at the first answer', (p = emptyProgress()) => setAnswer(p, C, roles, 'q1', 'a', { now: s(5) }), { startedAt: s(5), seconds: { q1: 0 } }],
    ['a later answer counts from the same start', (p = emptyProgress()) => setAnswer(setAnswer(p, C, roles, 'q1', 'a', { now: s(12), shownAt: T }), C, roles, 'q2', true, { now: s(30), shownAt: s(25) }), { startedAt: T, seconds: { q1: 12, q2: 30 } }],
    ['a changed answer: the last change counts', (p = emptyProgress()) => setAnswer(setAnswer(p, C, roles, 'q1', 'a', { now: s(12), shownAt: T }), C, roles, 'q1', 'b', { now: s(47) }), { startedAt: T, seconds: { q1: 47 } }],
    ['seconds are rounded', (p = emptyProgress()) => setAnswer(p, C, roles, 'q1', 'a', { now: T + 2600, shownAt: T }), { startedAt: T, seconds: { q1: 3 } }],
    ['a clock set back gives 0, never a negative time', (p = emptyProgress()) => setAnswer(startAttempt(p, C, roles, 'k', undefined, s(60)), C, roles, 'q1', 'a', { now: s(10) }), { startedAt: s(60), seconds: { q1: 0 } }],
    ['a shown time after now is taken as now', (p = emptyProgress()) => setAnswer(p, C, roles, 'q1', 'a', { now: s(10), shownAt: s(20) }), { startedAt: s(10), seconds: { q1: 0 } }],
    ['a retry starts anew: its start, no times', (p = emptyProgress()) => startAttempt(submitQuiz(setAnswer(p, C, roles, 'q1', 'a', { now: s(12), shownAt: T }), C, roles, 50), C, roles, 'k2', undefined, s(100)), { startedAt: s(100), seconds: undefined }],
    ['a retry without a time forgets the old start', (p = emptyProgress()) => startAttempt(setAnswer(p, C, roles, 'q1', 'a', { now: s(12), shownAt: T }), C, roles, 'k2'), { startedAt: undefined, seconds: undefined }],
    ['an answer after the retry counts from the retry, not from when the form was shown', (p = emptyProgress()) => setAnswer(startAttempt(p, C, roles, 'k2', undefined, s(100)), C, roles, 'q1', 'a', { now: s(130), shownAt: T }), { startedAt: s(100), seconds: { q1: 30 } }],
    ['a submitted attempt keeps its times', (p = emptyProgress()) => setAnswer(submitQuiz(setAnswer(p, C, roles, 'q1', 'a', { now: s(12), shownAt: T }), C, roles, 50), C, roles, 'q1', 'b', { now: s(99) }), { startedAt: T, seconds: { q1: 12 } }],
  ])('%s', (_, build, expected) => {
    const p = build();
    expect(times(p)).toEqual(expected);
    expect(ProgressSchema.safeParse(p).success).toBe(true);
  });
  it('the assessment\'s start is when it was drawn', () => {
    const p = setAnswer(startAttempt(emptyProgress(), C, 'assessment', 's1', ['a', 'b'], T), C, 'assessment', 'b', 'x', { now: s(75), shownAt: s(70) });
    expect(times(p, 'assessment')).toEqual({ startedAt: T, seconds: { b: 75 } });
  });
});

describe('completion: studied and check passed', () => {
  const rule = { passPercent: 80, checked: ['roles', 'types'] };
  const ids = ['definition', 'types', 'roles'];

  it.each([
    ['studied, no check in the lesson', (p = emptyProgress()) => setDone(p, C, 'definition', true, 1), 'definition', 'done'],
    ['studied, check not taken', (p = emptyProgress()) => setDone(p, C, 'roles', true, 1), 'roles', 'read'],
    ['studied, check failed', (p = emptyProgress()) => submitQuiz(setDone(p, C, 'roles', true, 1), C, roles, 70), 'roles', 'read'],
    ['studied, check passed', (p = emptyProgress()) => submitQuiz(setDone(p, C, 'roles', true, 1), C, roles, 80), 'roles', 'done'],
    ['check passed but not marked studied', (p = emptyProgress()) => submitQuiz(p, C, roles, 100), 'roles', 'new'],
  ])('%s → %s', (_, build, lesson, state) => {
    expect(lessonStates(build(), C, ids, rule).find((l) => l.id === lesson)!.state).toBe(state);
  });

  it('the course counts only complete lessons', () => {
    let p = setDone(setDone(emptyProgress(), C, 'definition', true, 1), C, 'roles', true, 2);
    expect(summarizeCourse(p, C, ids, rule).done).toBe(1);
    p = submitQuiz(p, C, roles, 90);
    expect(summarizeCourse(p, C, ids, rule).done).toBe(2);
  });
});
