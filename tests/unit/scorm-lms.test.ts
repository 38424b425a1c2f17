import { readFileSync, readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { scorm12Time, scorm2004Time, studiedSeconds } from '../../src/lib/scorm/time.ts';
import { certificateName } from '../../src/lib/scorm/name.ts';
import { OCCUPANT_KEY, parkedPrefix, swapLearner, type ListableStorage } from '../../src/lib/scorm/learners.ts';
import { STORED_KEYS, NAME_KEY, isStoredKey } from '../../src/lib/storage-keys.ts';
import { ACCOUNT_MAPS_BACKUP_PREFIX, ACCOUNT_MAPS_KEY } from '../../src/lib/account-map/storage.ts';
import { PROGRESS_KEY, BACKUP_PREFIX, SEAL_KEY } from '../../src/lib/progress/storage.ts';
import { answerInteraction, answerKey, fitId, fitList, formatResponse, interactionRows, isRight, scenarioInteraction, type AnswerKey } from '../../src/lib/scorm/interactions.ts';
import { launchData, objectiveValues, planReport, startReport, type LaunchData } from '../../src/lib/scorm/report.ts';
import { scorm2004Report } from '../../src/lib/scorm/status.ts';
import { emptyProgress } from '../../src/lib/progress/record.ts';
import { addSeconds, setDone, visitLesson } from '../../src/lib/progress/edit.ts';
import { setAnswer, startAttempt, submitQuiz } from '../../src/lib/progress/quiz.ts';
import { finishScenario } from '../../src/lib/progress/scenario.ts';
import { scoreQuestion } from '../../src/lib/quiz/score.ts';
import { QuizSchema, type Question } from '../../src/schemas/quiz.ts';
import type { Answer } from '../../src/schemas/answer.ts';

const C = 'customer-org';

describe('session time', () => {
  it.each([
    [0, '0000:00:00.00', 'PT0S'],
    [59, '0000:00:59.00', 'PT59S'],
    [60, '0000:01:00.00', 'PT1M'],
    [3661, '0001:01:01.00', 'PT1H1M1S'],
    [7200, '0002:00:00.00', 'PT2H'],
    [12.9, '0000:00:12.00', 'PT12S'], // whole seconds, as the course counts them
    [36_000_000, '9999:59:59.99', 'PT10000H'], // beyond what 1.2 can say: its largest value
    [-5, '0000:00:00.00', 'PT0S'], // broken inputs count as no time
    [Number.NaN, '0000:00:00.00', 'PT0S'],
    [Number.POSITIVE_INFINITY, '0000:00:00.00', 'PT0S'],
  ])('%s s → %s (1.2), %s (2004)', (s, v12, v2004) => {
    expect(scorm12Time(s)).toBe(v12);
    expect(scorm2004Time(s)).toBe(v2004);
  });

  it('counts the seconds the course records per lesson', () => {
    let p = addSeconds(emptyProgress(), C, 'roles', 90);
    p = addSeconds(p, C, 'types', 30);
    p = addSeconds(p, 'other-course', 'x', 1000);
    expect(studiedSeconds(p, C)).toBe(120);
    expect(studiedSeconds(emptyProgress(), C)).toBe(0);
  });
});

describe('the certificate name from the LMS', () => {
  it.each([
    ['Smith, John', 'John Smith'],
    ['Smith,John', 'John Smith'],
    ['  Smith ,   John  Paul ', 'John Paul Smith'],
    ['van der Berg, Anna', 'Anna van der Berg'],
    ['John Smith', 'John Smith'], // no comma: as given
    ['王, 建国', '王建国'], // Chinese: family name first, no space
    ['欧阳，娜娜', '欧阳娜娜'], // a full-width comma too
    ['王建国', '王建国'],
    ['Wang, Jianguo', 'Jianguo Wang'], // pinyin follows the Western convention it was given in
    ['Smith,', 'Smith'],
    [', John', 'John'],
    ['', ''],
    [' , ', ''],
    ['x'.repeat(200), 'x'.repeat(80)], // the certificate keeps 80 characters
  ])('%j → %j', (lms, shown) => expect(certificateName(lms)).toBe(shown));
});

/** A Map-backed localStorage. */
function fakeStorage(init: Record<string, string> = {}, full = false): ListableStorage & { map: Map<string, string> } {
  const map = new Map(Object.entries(init));
  return {
    map,
    get length() {
      return map.size;
    },
    key: (i) => [...map.keys()][i] ?? null,
    getItem: (k) => map.get(k) ?? null,
    setItem: (k, v) => {
      if (full && k.startsWith('sales-course:lms:parked:')) throw new Error('QuotaExceededError');
      map.set(k, v);
    },
    removeItem: (k) => void map.delete(k),
  };
}

describe('one browser, several LMS learners', () => {
  const A = { [PROGRESS_KEY]: 'A-progress', [`${BACKUP_PREFIX}1`]: 'A-backup', [NAME_KEY]: 'Anna', 'other-site:key': 'kept' };

  it('lists every stored key of the course once, prefixes with *', () => {
    expect(STORED_KEYS).toEqual([PROGRESS_KEY, SEAL_KEY, `${BACKUP_PREFIX}*`, NAME_KEY, ACCOUNT_MAPS_KEY, `${ACCOUNT_MAPS_BACKUP_PREFIX}*`]);
    expect(isStoredKey(`${ACCOUNT_MAPS_BACKUP_PREFIX}5`)).toBe(true);
    expect(isStoredKey(`${BACKUP_PREFIX}123+`)).toBe(true);
    expect(isStoredKey('sales-course:progressX')).toBe(false);
    expect(isStoredKey(OCCUPANT_KEY)).toBe(false);
  });

  it.each([
    ['self-study', null, 'sales-course:lms:parked:self:'],
    ['a plain id', 'a1', 'sales-course:lms:parked:id:a1:'],
    ['an id with a colon cannot reach another namespace', 'a:b', 'sales-course:lms:parked:id:a%3Ab:'],
    ['an empty id is a learner of its own', '', 'sales-course:lms:parked:id::'],
  ])('parks %s under its own prefix', (_, who, prefix) => expect(parkedPrefix(who)).toBe(prefix));

  it('outside an LMS, a browser that never saw one is left exactly as it is', () => {
    const s = fakeStorage(A);
    expect(swapLearner(s, null)).toMatchObject({ from: null, to: null, parked: [], restored: [] });
    expect(Object.fromEntries(s.map)).toEqual(A);
  });

  it('learner A takes over from self-study, B from A, A comes back, then self-study again', () => {
    const s = fakeStorage(A);
    // Self-study's data is parked; A starts with nothing of it.
    expect(swapLearner(s, 'a')).toMatchObject({ from: null, to: 'a', parked: [PROGRESS_KEY, `${BACKUP_PREFIX}1`, NAME_KEY], restored: [] });
    expect(s.getItem(PROGRESS_KEY)).toBeNull();
    expect(s.getItem(NAME_KEY)).toBeNull();
    expect(s.getItem(OCCUPANT_KEY)).toBe('a');
    s.setItem(PROGRESS_KEY, 'a-progress');
    s.setItem(NAME_KEY, 'Alice');
    // The same learner again: nothing moves.
    expect(swapLearner(s, 'a')).toMatchObject({ parked: [], restored: [] });
    // B sits down: A's data is parked, B starts empty.
    swapLearner(s, 'b');
    expect([s.getItem(PROGRESS_KEY), s.getItem(NAME_KEY), s.getItem(OCCUPANT_KEY)]).toEqual([null, null, 'b']);
    s.setItem(PROGRESS_KEY, 'b-progress');
    // A comes back: their own data, none of B's.
    expect(swapLearner(s, 'a')).toMatchObject({ from: 'b', restored: [PROGRESS_KEY, NAME_KEY] });
    expect([s.getItem(PROGRESS_KEY), s.getItem(NAME_KEY)]).toEqual(['a-progress', 'Alice']);
    // Outside the LMS again: self-study's own data returns.
    swapLearner(s, null);
    expect(s.getItem(OCCUPANT_KEY)).toBeNull();
    expect([s.getItem(PROGRESS_KEY), s.getItem(`${BACKUP_PREFIX}1`), s.getItem(NAME_KEY), s.getItem('other-site:key')]).toEqual(['A-progress', 'A-backup', 'Anna', 'kept']);
    expect(s.getItem(`${parkedPrefix('b')}${PROGRESS_KEY}`)).toBe('b-progress');
  });

  it('a key a future store adds to the list moves too', () => {
    const s = fakeStorage({ 'sales-course:accounts': 'map' });
    swapLearner(s, 'a', [...STORED_KEYS, 'sales-course:accounts']);
    expect(s.getItem('sales-course:accounts')).toBeNull();
  });

  it('when storage is too full to park, the data is removed all the same (it must not leak) and named', () => {
    const s = fakeStorage(A, true);
    expect(swapLearner(s, 'b').lost).toEqual([PROGRESS_KEY, `${BACKUP_PREFIX}1`, NAME_KEY]);
    expect(s.getItem(PROGRESS_KEY)).toBeNull();
  });
});

const banks = readdirSync('content/courses/customer-org/zh-CN/quizzes').map((f) => QuizSchema.parse(parse(readFileSync(`content/courses/customer-org/zh-CN/quizzes/${f}`, 'utf8'))));
const questions = banks.flatMap((b) => b.questions);

describe('answers as interactions', () => {
  const keys: [string, AnswerKey, Answer | undefined, string, string][] = [
    ['single', { type: 'single', correct: 'b' }, 'b', 'b', 'b'],
    ['multiple (a set: sorted, repeats dropped)', { type: 'multiple', correct: ['a', 'c'] }, ['c', 'a', 'c'], 'a,c', 'a[,]c'],
    ['true/false', { type: 'truefalse', correct: true }, false, 'f', 'false'],
    ['ordering (the order given)', { type: 'ordering', correct: ['x', 'y', 'z'] }, ['z', 'x', 'y'], 'z,x,y', 'z[,]x[,]y'],
    ['matching', { type: 'matching', correct: { p1: 'p1', p2: 'p2' } }, { p2: 'p1', p1: 'p2' }, 'p1.p2,p2.p1', 'p1[.]p2[,]p2[.]p1'],
    ['categorize (matching item → group)', { type: 'categorize', correct: { i1: 'g1' } }, { i1: 'g2' }, 'i1.g2', 'i1[.]g2'],
    ['no answer', { type: 'single', correct: 'a' }, undefined, '', ''],
    ['an answer of the wrong shape', { type: 'matching', correct: { p1: 'p1' } }, 'p1', '', ''],
    ['a part-filled matching', { type: 'matching', correct: { p1: 'p1', p2: 'p2' } }, { p1: 'p1', p2: '' }, 'p1.p1', 'p1[.]p1'],
  ];
  it.each(keys)('%s', (_, key, a, v12, v2004) => {
    expect(formatResponse('1.2', key.type, a)).toBe(v12);
    expect(formatResponse('2004', key.type, a)).toBe(v2004);
  });

  it.each([
    ['fits', ['a', 'b'], 3, 'a,b'],
    ['a part that would not fit is left out whole', ['aa', 'bb'], 4, 'aa'],
    ['nothing fits', ['long'], 2, ''],
  ])('a list %s', (_, parts, limit, out) => expect(fitList(parts, ',', limit)).toBe(out));

  it('shortens an id over the limit to the limit, deterministically and distinctly', () => {
    const a = fitId(`check.${'x'.repeat(300)}.1.q`, 255);
    const b = fitId(`check.${'x'.repeat(300)}.2.q`, 255);
    expect(a).toHaveLength(255);
    expect(a).toBe(fitId(`check.${'x'.repeat(300)}.1.q`, 255));
    expect(a).not.toBe(b);
    expect(a).toMatch(/-[0-9a-f]{8}$/);
    expect(fitId('assessment.1.q', 255)).toBe('assessment.1.q');
  });

  it('a response over 255 characters keeps SCORM 1.2 whole parts within the limit', () => {
    const ids = Array.from({ length: 40 }, (_, i) => `option-number-${i}`);
    const r = formatResponse('1.2', 'ordering', ids);
    expect(r.length).toBeLessThanOrEqual(255);
    expect(r.split(',').every((x) => ids.includes(x))).toBe(true);
    expect(formatResponse('2004', 'ordering', ids).split('[,]')).toHaveLength(40);
  });

  it('judges every question of the course as scoring does (full credit = correct)', () => {
    const wrong = (q: Question): Answer => {
      switch (q.type) {
        case 'single': return q.options.find((o) => !o.correct)!.id;
        case 'multiple': return q.options.map((o) => o.id);
        case 'truefalse': return !q.answer;
        case 'ordering': return q.items.map((i) => i.id).reverse();
        case 'matching': return Object.fromEntries(q.pairs.map((p, i) => [p.id, q.pairs[(i + 1) % q.pairs.length]!.id]));
        case 'categorize': return Object.fromEntries(q.items.map((i) => [i.id, 'nowhere']));
      }
    };
    expect(questions.length).toBeGreaterThan(40);
    for (const q of questions) {
      const key = answerKey(q);
      expect(isRight(key, key.correct), q.id).toBe(true);
      expect(scoreQuestion(q, key.correct as Answer).correct, q.id).toBe(true);
      expect(isRight(key, wrong(q)), q.id).toBe(scoreQuestion(q, wrong(q)).correct);
    }
  });

  it('writes the rows of an answer in the order SCORM needs, each version in its own words', () => {
    const key: AnswerKey = { type: 'truefalse', correct: true };
    expect(interactionRows('1.2', 3, answerInteraction('1.2', 'assessment.1.q', key, false))).toEqual([
      ['cmi.interactions.3.id', 'assessment.1.q'],
      ['cmi.interactions.3.type', 'true-false'],
      ['cmi.interactions.3.correct_responses.0.pattern', 't'],
      ['cmi.interactions.3.student_response', 'f'],
      ['cmi.interactions.3.result', 'wrong'],
    ]);
    expect(interactionRows('2004', 0, answerInteraction('2004', 'assessment.1.q', key, undefined))).toEqual([
      ['cmi.interactions.0.id', 'assessment.1.q'],
      ['cmi.interactions.0.type', 'true-false'],
      ['cmi.interactions.0.correct_responses.0.pattern', 'true'],
      ['cmi.interactions.0.result', 'incorrect'], // no response: none is written
    ]);
  });

  it.each([
    ['1.2: CMITimespan', '1.2', true, 42, '0000:00:42.00'],
    ['2004: an ISO 8601 duration', '2004', true, 42, 'PT42S'],
    ['1.2: over an hour', '1.2', true, 3725, '0001:02:05.00'],
    ['2004: over an hour', '2004', true, 3725, 'PT1H2M5S'],
    ['2004: answered at once', '2004', true, 0, 'PT0S'],
    ['no time kept (an answer from before version 3)', '1.2', true, undefined, undefined],
    ['a question left unanswered', '2004', undefined, 30, undefined],
    ['a time that is not whole seconds', '1.2', true, 1.5, undefined],
    ['a negative time', '2004', true, -3, undefined],
  ] as const)('latency of an answer, %s', (_, version, answer, seconds, latency) => {
    const rows = interactionRows(version, 0, answerInteraction(version, 'assessment.1.q', { type: 'truefalse', correct: true }, answer, seconds));
    expect(rows.find(([k]) => k === 'cmi.interactions.0.latency')?.[1]).toBe(latency);
    // Always after id and type, which SCORM wants first.
    expect(rows.slice(0, 2).map(([k]) => k)).toEqual(['cmi.interactions.0.id', 'cmi.interactions.0.type']);
  });

  it.each([
    ['a good ending is correct', 'won', 'correct', 'ending.won,rating.good,roles.6,needs.-2,total.4'],
    ['a mixed one neutral', 'meh', 'neutral', 'ending.meh,rating.mixed,roles.6,needs.-2,total.4'],
    ['a poor one wrong', 'lost', 'wrong', 'ending.lost,rating.poor,roles.6,needs.-2,total.4'],
    ['an ending the scenario no longer has is unanticipated', 'gone', 'unanticipated', 'ending.gone,roles.6,needs.-2,total.4'],
  ])('a finished scenario: %s', (_, ending, result, response) => {
    const meta = { dimensions: ['roles', 'needs'], endings: { won: 'good', meh: 'mixed', lost: 'poor' } as const };
    const it12 = scenarioInteraction('1.2', 'scenario.s.1', { ending, scores: { needs: -2, roles: 6 }, total: 4 }, meta);
    expect(it12).toEqual({ id: 'scenario.s.1', type: 'performance', response, result });
    expect(scenarioInteraction('2004', 'scenario.s.1', { ending, scores: { needs: -2, roles: 6 }, total: 4 }, meta).response).toBe(response.replace(/\./g, '[.]').replace(/,/g, '[,]'));
  });
});

describe('lesson objectives', () => {
  it.each([
    ['new', false, undefined, 'not attempted', 'unknown', 'not attempted'],
    ['visited', false, undefined, 'incomplete', 'unknown', 'incomplete'],
    ['new', true, 60, 'failed', 'failed', 'incomplete'],
    ['read', true, 60, 'failed', 'failed', 'completed'],
    ['read', true, undefined, 'incomplete', 'unknown', 'completed'],
    ['done', true, 90, 'passed', 'passed', 'completed'],
    ['done', false, undefined, 'completed', 'unknown', 'completed'],
  ] as const)('a lesson %s (check: %s, best %s) → %s in 1.2; %s and %s in 2004', (state, hasCheck, best, s12, success, completion) => {
    const v12 = Object.fromEntries(objectiveValues('1.2', state, hasCheck, best, 80));
    const v2004 = Object.fromEntries(objectiveValues('2004', state, hasCheck, best, 80));
    expect(v12.status).toBe(s12);
    expect([v2004.success_status, v2004.completion_status]).toEqual([success, completion]);
    expect(v12['score.raw']).toBe(best === undefined ? undefined : String(best));
    expect(v2004['score.scaled']).toBe(best === undefined ? undefined : String(best / 100));
  });
});

describe('what each report says', () => {
  const data: LaunchData = launchData({
    course: C,
    pass: 80,
    checkPass: 80,
    lessons: ['types', 'roles'],
    quizzes: banks.filter((b) => b.lesson === 'roles' || b.lesson === 'types'),
    scenarios: [{ id: 's', title: 't', summary: 's', lesson: ['roles'], minutes: 5, dimensions: [{ id: 'roles', label: 'r' }], cast: [], start: 'a', nodes: { a: { speaker: 'n', text: 't', ending: { title: 'x', rating: 'good' } } }, debrief: [] }],
  });
  const roles = banks.find((b) => b.lesson === 'roles')!;
  const right = (p: ReturnType<typeof emptyProgress>, ref: { lesson: string } | 'assessment', ids: string[]) =>
    ids.reduce((acc, id) => setAnswer(acc, C, ref, id, answerKey(questions.find((q) => q.id === id)!).correct as Answer), p);

  it('says nothing but the status about a learner who has done nothing', () => {
    expect(planReport(startReport('1.2', emptyProgress(), C, 0, []), emptyProgress(), data).sets).toEqual([['cmi.core.lesson_status', 'incomplete']]);
    expect(planReport(startReport('2004', emptyProgress(), C, 0, []), emptyProgress(), data).sets).toEqual([['cmi.completion_status', 'incomplete'], ['cmi.success_status', 'unknown']]);
  });

  it('reports a lesson read, its check and the assessment once, appending interactions, and the session time', () => {
    const ids = roles.questions.map((q) => q.id);
    let p = visitLesson(emptyProgress(), C, 'roles', 1);
    p = addSeconds(p, C, 'roles', 75);
    p = setDone(p, C, 'roles', true, 2);
    p = startAttempt(p, C, { lesson: 'roles' }, 's');
    p = submitQuiz(right(p, { lesson: 'roles' }, ids), C, { lesson: 'roles' }, 100);
    p = startAttempt(p, C, 'assessment', 's', ids.slice(0, 2));
    p = submitQuiz(right(p, 'assessment', ids.slice(0, 1)), C, 'assessment', 50);
    p = finishScenario(p, C, 's', { path: [0], scores: { roles: 3 }, total: 3, ending: 'a', at: 5 });
    const first = planReport(startReport('1.2', emptyProgress(), C, 2, []), p, data);
    const sets = Object.fromEntries(first.sets);
    expect(sets).toMatchObject({
      'cmi.core.lesson_status': 'failed',
      'cmi.core.score.raw': '50',
      'cmi.objectives.0.id': 'roles',
      'cmi.objectives.0.status': 'passed',
      'cmi.objectives.0.score.raw': '100',
      'cmi.core.session_time': '0000:01:15.00',
      // appended after the two interactions the LMS already had
      'cmi.interactions.2.id': `check.roles.1.${ids[0]}`,
      'cmi.interactions.2.result': 'correct',
    });
    const n = ids.length + 2;
    expect(sets[`cmi.interactions.${n}.id`]).toBe(`assessment.1.${ids[0]}`);
    expect(sets[`cmi.interactions.${n + 1}.id`]).toBe(`assessment.1.${ids[1]}`);
    expect(sets[`cmi.interactions.${n + 1}.result`]).toBe('wrong');
    expect(sets[`cmi.interactions.${n + 2}.id`]).toBe('scenario.s.1');
    expect(sets[`cmi.interactions.${n + 2}.student_response`]).toBe('ending.a,rating.good,roles.3,total.3');
    // Nothing changed: nothing is said again.
    expect(planReport(first.state, p, data).sets).toEqual([]);
    // A retake is appended under its own attempt number.
    let q = startAttempt(p, C, 'assessment', 't', ids.slice(2, 3));
    q = submitQuiz(right(q, 'assessment', ids.slice(2, 3)), C, 'assessment', 100);
    expect(Object.fromEntries(planReport(first.state, q, data).sets)).toEqual({
      'cmi.core.lesson_status': 'passed',
      'cmi.core.score.raw': '100',
      [`cmi.interactions.${n + 3}.id`]: `assessment.2.${ids[2]}`,
      [`cmi.interactions.${n + 3}.type`]: expect.any(String),
      [`cmi.interactions.${n + 3}.correct_responses.0.pattern`]: expect.any(String),
      [`cmi.interactions.${n + 3}.student_response`]: expect.any(String),
      [`cmi.interactions.${n + 3}.result`]: 'correct',
    });
  });

  it('reports each answer\'s latency: seconds from the attempt\'s start to its last change, and none where the record has no time', () => {
    const ids = roles.questions.map((q) => q.id);
    const key = (id: string) => answerKey(questions.find((q) => q.id === id)!).correct as Answer;
    let p = startAttempt(emptyProgress(), C, 'assessment', 's', ids.slice(0, 3), 1_000_000);
    p = setAnswer(p, C, 'assessment', ids[0]!, key(ids[0]!), { now: 1_042_000 });
    p = setAnswer(p, C, 'assessment', ids[1]!, key(ids[1]!)); // no time: as a version-2 record has it
    p = submitQuiz(p, C, 'assessment', 67);
    const at = (version: '1.2' | '2004') => {
      const sets = Object.fromEntries(planReport(startReport(version, emptyProgress(), C, 0, []), p, data).sets);
      return [0, 1, 2].map((n) => sets[`cmi.interactions.${n}.latency`]);
    };
    expect(at('1.2')).toEqual(['0000:00:42.00', undefined, undefined]);
    expect(at('2004')).toEqual(['PT42S', undefined, undefined]);
  });

  it('attempts the LMS record already held are not reported again, and its objectives keep their places', () => {
    let p = visitLesson(emptyProgress(), C, 'types', 1);
    p = finishScenario(p, C, 's', { path: [0], scores: { roles: 3 }, total: 3, ending: 'a', at: 5 });
    const sets = Object.fromEntries(planReport(startReport('2004', p, C, 1, ['roles', 'types']), p, data).sets);
    expect(sets['cmi.objectives.1.completion_status']).toBe('incomplete');
    expect(Object.keys(sets).filter((k) => k.startsWith('cmi.interactions') || k.startsWith('cmi.objectives.2'))).toEqual([]);
    expect(sets['cmi.session_time']).toBeUndefined(); // no time studied since the launch
  });

  it('tells SCORM 2004 completion and success apart', () => {
    const rule = { passPercent: 80, checked: [] };
    let p = submitQuiz(startAttempt(emptyProgress(), C, 'assessment', 's', []), C, 'assessment', 90);
    expect(scorm2004Report(p, C, 80, ['types'], rule)).toEqual({ completion: 'incomplete', success: 'passed', score: 90 });
    p = setDone(p, C, 'types', true, 1);
    expect(scorm2004Report(p, C, 80, ['types'], rule)).toEqual({ completion: 'completed', success: 'passed', score: 90 });
    expect(scorm2004Report(setDone(emptyProgress(), C, 'types', true, 1), C, 80, ['types'], rule)).toEqual({ completion: 'incomplete', success: 'unknown' });
  });
});
