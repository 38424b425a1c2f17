// The live class's pure core: messages (schemas and the errors bad input gets), the session state
// machine, tallies per row, journal replay, the rate limit, and the results a session exports.
import { describe, expect, it } from 'vitest';
import type { Question } from '../../src/schemas/quiz.ts';
import { AnswerRequestSchema, CommandSchema, DisplayNameSchema, JoinRequestSchema, PollSchema, firstIssue, type Poll } from '../../src/schemas/live.ts';
import { apply, answered, newLive, picksProblem, type LiveEvent, type LiveState } from '../../src/lib/live/session.ts';
import { eventLine, headerLine, replay, type JournalHeader } from '../../src/lib/live/journal.ts';
import { take, type Bucket } from '../../src/lib/live/rate.ts';
import { answerOf, idsOf, isCorrect, promptPoll, questionPoll, votePoll } from '../../src/lib/live/poll.ts';
import { cell, sessionCsv, sessionResults } from '../../src/lib/live/results.ts';
import { phoneView, presenterView } from '../../src/lib/live/views.ts';
import { tallyModel } from '../../src/lib/slides/tally.ts';
import { ResultsFileSchema } from '../../src/schemas/results.ts';

const labels = { yes: '对', no: '错', position: (n: number) => `第 ${n} 步` };
const base = { prompt: '问', section: '节' };
const Q: Record<string, Question> = {
  single: { ...base, id: 's1', type: 'single', options: [{ id: 'a', text: 'A', correct: false, feedback: 'fa' }, { id: 'b', text: 'B', correct: true, feedback: 'fb' }, { id: 'c', text: 'C', correct: false, feedback: 'fc' }] },
  multiple: { ...base, id: 'm1', type: 'multiple', options: [{ id: 'a', text: 'A', correct: true, feedback: 'f' }, { id: 'b', text: 'B', correct: true, feedback: 'f' }, { id: 'c', text: 'C', correct: false, feedback: 'f' }, { id: 'd', text: 'D', correct: false, feedback: 'f' }] },
  truefalse: { ...base, id: 't1', type: 'truefalse', answer: false, feedback: { true: 'ft', false: 'ff' } },
  ordering: { ...base, id: 'o1', type: 'ordering', items: [{ id: 'x', text: '需求识别', feedback: '1' }, { id: 'y', text: '信息搜索', feedback: '2' }, { id: 'z', text: '评估方案', feedback: '3' }, { id: 'w', text: '采购决策', feedback: '4' }] },
  matching: { ...base, id: 'p1', type: 'matching', pairs: [{ id: 'p', left: '局长', right: '决策者', feedback: '1' }, { id: 'q', left: '信息中心主任', right: '影响者', feedback: '2' }, { id: 'r', left: '窗口人员', right: '使用者', feedback: '3' }] },
  categorize: { ...base, id: 'c1', type: 'categorize', categories: [{ id: 'gov', label: '政府' }, { id: 'soe', label: '国企' }], items: [{ id: 'i1', text: '局党组会', category: 'gov', feedback: '1' }, { id: 'i2', text: '总经理办公会', category: 'soe', feedback: '2' }, { id: 'i3', text: '董事会', category: 'soe', feedback: '3' }] },
};
const poll = (type: string) => questionPoll(Q[type]!, labels, 'customer-org', 'roles');
const T1 = 'a'.repeat(32);
const T2 = 'b'.repeat(32);
const T3 = 'c'.repeat(32);

/** Applies events in order; a refused event fails the test unless expected. */
function run(events: LiveEvent[], s: LiveState = newLive('s', 'ABCDEF', 0)): LiveState {
  for (const e of events) {
    const r = apply(s, e);
    if (!r.ok) throw new Error(`${e.type}: ${r.message}`);
    s = r.state;
  }
  return s;
}
const join = (token: string, name = ''): LiveEvent => ({ type: 'join', at: 1, token, name });
const open = (p: Poll): LiveEvent => ({ type: 'open', at: 2, poll: p });
const answer = (token: string, p: string, picks: number[][]): LiveEvent => ({ type: 'answer', at: 3, token, poll: p, picks });

describe('messages: what bad input is told', () => {
  const T = 'f'.repeat(32);
  it.each<[string, unknown, string | null]>([
    ['a join', { code: 'abcdef', token: T, name: 'Li' }, null],
    ['a join code with look-alikes', { code: 'ABCDE1', token: T }, 'code: a join code is 6 letters and digits'],
    ['a short seat token', { code: 'ABCDEF', token: 'abc' }, 'token: a seat token is 32 hex digits'],
    ['a long name', { code: 'ABCDEF', token: T, name: 'x'.repeat(41) }, 'name: a display name is at most 40 characters'],
    ['an extra field', { code: 'ABCDEF', token: T, admin: true }, 'Unrecognized key: "admin"'],
  ])('join: %s', (_, input, message) => {
    const r = JoinRequestSchema.safeParse(input);
    expect(r.success ? null : firstIssue(r.error)).toBe(message);
  });

  it.each<[string, unknown, string | null]>([
    ['picks', { token: T, poll: 'q:s1', picks: [[1]] }, null],
    ['a text', { token: T, poll: 'd:roles:3', text: '先找信息中心' }, null],
    ['neither', { token: T, poll: 'q:s1' }, 'an answer has picks or a text, not both'],
    ['a long text', { token: T, poll: 'd:roles:3', text: 'x'.repeat(281) }, 'text: a response is at most 280 characters'],
    ['a bad poll id', { token: T, poll: '<script>', picks: [[0]] }, 'poll: a poll id is q:, s: or d: and a slug'],
    ['a negative pick', { token: T, poll: 'q:s1', picks: [[-1]] }, 'picks.0.0: Too small: expected number to be >=0'],
  ])('answer: %s', (_, input, message) => {
    const r = AnswerRequestSchema.safeParse(input);
    expect(r.success ? null : firstIssue(r.error)).toBe(message);
  });

  it('display names are plain text: control characters and line breaks become spaces, trimmed', () => {
    expect(DisplayNameSchema.parse('  王\u0000小\n明\u202e  ')).toBe('王 小 明');
    expect(DisplayNameSchema.parse('<b>Li</b>')).toBe('<b>Li</b>'); // shown as text, never as HTML
  });

  it('commands: a poll must fit its kind; a slide is a number', () => {
    expect(CommandSchema.safeParse({ type: 'open', poll: poll('single') }).success).toBe(true);
    const prompt = { ...poll('single'), kind: 'prompt' };
    const r = PollSchema.safeParse(prompt);
    expect(r.success ? null : firstIssue(r.error)).toBe('rows: a prompt has no rows; questions and votes have at least one');
    const s = CommandSchema.safeParse({ type: 'slide', slide: 'next' });
    expect(s.success ? null : firstIssue(s.error)).toBe('slide: Invalid input: expected number, received string');
  });
});

describe('session: joining', () => {
  it('a rejoin with the same token keeps the seat and counts once; a new name renames', () => {
    const s = run([join(T1, '王'), join(T2), join(T1), join(T1, '王小明')]);
    expect(Object.keys(s.seats)).toEqual(['p1', 'p2']);
    expect(s.seats.p1!.name).toBe('王小明');
    expect(s.seats.p2!.name).toBe('');
  });
});

describe('session: answers, tallies per row, refusals', () => {
  it.each<[string, number[][], number[][]]>([
    ['single', [[1]], [[0, 1, 0]]],
    ['multiple', [[0, 1]], [[1, 1, 0, 0]]],
    ['truefalse', [[1]], [[0, 1]]],
    ['ordering', [[0], [1], [2], [3]], [[1, 0, 0, 0], [0, 1, 0, 0], [0, 0, 1, 0], [0, 0, 0, 1]]],
    ['matching', [[0], [0], [2]], [[1, 0, 0], [1, 0, 0], [0, 0, 1]]],
    ['categorize', [[1], [1], [0]], [[0, 1], [0, 1], [1, 0]]],
  ])('%s: counted per row as src/lib/slides/tally.ts lays the question out', (type, picks, counts) => {
    const p = poll(type);
    expect(p.rows.map((r) => r.label)).toEqual(tallyModel(Q[type]!, labels).rows.map((r) => r.label));
    const s = run([join(T1), open(p), answer(T1, p.id, picks), answer(T1, p.id, picks)]);
    expect(s.polls[p.id]!.counts).toEqual(counts);
  });

  it('a changed answer moves the hand: the old pick is taken back', () => {
    const p = poll('single');
    const s = run([join(T1), join(T2), open(p), answer(T1, p.id, [[0]]), answer(T2, p.id, [[0]]), answer(T1, p.id, [[2]])]);
    expect(s.polls[p.id]!.counts).toEqual([[1, 0, 1]]);
    expect(answered(s, p.id)).toEqual({ done: ['p1', 'p2'], waiting: [] });
  });

  it('the same answer twice changes nothing (idempotent)', () => {
    const p = poll('single');
    const s = run([join(T1), open(p), answer(T1, p.id, [[0]])]);
    const again = apply(s, answer(T1, p.id, [[0]]));
    expect(again.ok && again.changed).toBe(false);
  });

  const p = poll('ordering');
  const ready = () => run([join(T1), open(p)]);
  it.each<[string, LiveEvent, string]>([
    ['an unknown phone', answer(T3, p.id, [[0], [1], [2], [3]]), 'This phone has not joined the session: join again.'],
    ['a poll never opened', answer(T1, 'q:nope', [[0]]), 'There is no such question in this session. (q:nope)'],
    ['too few rows', answer(T1, p.id, [[0]]), 'This answer does not fit the question. (expected 4 row(s), got 1)'],
    ['an option that is not there', answer(T1, p.id, [[0], [1], [2], [9]]), 'This answer does not fit the question. (row 4: no such option)'],
    ['two options in a one-answer row', answer(T1, p.id, [[0, 1], [1], [2], [3]]), 'This answer does not fit the question. (row 1: choose exactly one option)'],
    ['a text for a question', { type: 'answer', at: 3, token: T1, poll: p.id, text: 'hi' }, 'This answer does not fit the question. (a question takes picks)'],
  ])('refused, changing nothing: %s', (_, event, message) => {
    const s = ready();
    const r = apply(s, event);
    expect(r.ok ? 'accepted' : r.message).toBe(message);
  });

  it('a closed question refuses late answers; reopening takes them again, keeping the earlier ones', () => {
    const q = poll('single');
    let s = run([join(T1), join(T2), open(q), answer(T1, q.id, [[1]]), { type: 'close', at: 4, poll: q.id }]);
    const late = apply(s, answer(T2, q.id, [[1]]));
    expect(late.ok ? 'accepted' : late.message).toBe('This question is closed: answers are no longer taken.');
    s = run([open(q), answer(T2, q.id, [[1]])], s);
    expect(s.polls[q.id]!.counts).toEqual([[0, 2, 0]]);
  });

  it('opening the next poll closes the one before', () => {
    const a = poll('single');
    const b = poll('truefalse');
    const s = run([open(a), open(b)]);
    expect([s.polls[a.id]!.status, s.polls[b.id]!.status, s.current]).toEqual(['closed', 'open', b.id]);
  });

  it('prompts take a text, trimmed; empty is refused', () => {
    const d = promptPoll('roles', 5, '你会先找谁？', 'customer-org');
    const s = run([join(T1, '李'), open(d), { type: 'answer', at: 3, token: T1, poll: d.id, text: ' 信息中心 ' }]);
    expect(presenterView(s).polls[d.id]!.responses).toEqual([{ seat: 'p1', name: '李', text: '信息中心' }]);
    const r = apply(s, { type: 'answer', at: 3, token: T1, poll: d.id, text: '  ' });
    expect(r.ok ? 'accepted' : r.message).toBe('This answer does not fit the question. (the response is empty)');
  });

  it('picksProblem: a multiple-choice row needs at least one option', () => {
    expect(picksProblem(poll('multiple'), [[]])).toBe('row 1: choose at least one option');
  });
});

describe('views: phones never see the key or the counts before the reveal', () => {
  it('before and after the reveal', () => {
    const p = poll('single');
    let s = run([join(T1, '王'), join(T2), open(p), answer(T1, p.id, [[1]])]);
    expect(JSON.stringify(phoneView(s))).not.toMatch(/correct|counts|aaaa/);
    expect(presenterView(s).polls[p.id]).toMatchObject({ answered: 1, waiting: [{ seat: 'p2', name: '' }], counts: [[0, 1, 0]] });
    s = run([{ type: 'reveal', at: 5, poll: p.id }], s);
    expect(phoneView(s).poll).toMatchObject({ status: 'revealed', counts: [[0, 1, 0]], rows: [{ options: [{ correct: false }, { correct: true }, { correct: false }] }] });
  });
});

describe('journal: replay rebuilds the state; unreadable lines are skipped and named', () => {
  const header: JournalHeader = { kind: 'sales-course-live', version: 1, id: 's', code: 'ABCDEF', key: 'k'.repeat(32), course: 'customer-org', startedAt: 0 };
  const p = poll('categorize');
  const events = [join(T1), join(T2), open(p), answer(T1, p.id, [[0], [1], [1]]), answer(T2, p.id, [[1], [1], [1]]), answer(T1, p.id, [[1], [1], [0]])];
  it('the same state as applying the events', () => {
    const r = replay(headerLine(header) + events.map(eventLine).join(''));
    expect(r.ok && r.state).toEqual(run(events));
  });
  it.each<[string, string, { line: number; reason: string }[]]>([
    ['a torn last line', '{"type":"answer","tok', [{ line: 8, reason: 'not JSON' }]],
    ['an event that does not apply', `${JSON.stringify(answer(T3, p.id, [[0], [0], [0]]))}`, [{ line: 8, reason: 'This phone has not joined the session: join again.' }]],
    ['an object that is no event', '{"type":"answer"}', [{ line: 8, reason: 'not an event' }]],
  ])('%s', (_, extra, skipped) => {
    const r = replay(headerLine(header) + events.map(eventLine).join('') + extra);
    expect(r.ok && r.skipped).toEqual(skipped);
    expect(r.ok && r.state.polls[p.id]!.counts).toEqual([[0, 2], [0, 2], [1, 1]]);
  });
  it('a file that is not a journal', () => {
    expect(replay('hello\n')).toEqual({ ok: false, error: 'the first line is not a journal header' });
  });
});

describe('rate limit: a burst, then a steady rate', () => {
  it.each<[string, number[], boolean[]]>([
    ['three at once with a burst of 2', [0, 0, 0], [true, true, false]],
    ['the third after a refill', [0, 0, 1000], [true, true, true]],
  ])('%s', (_, times, expected) => {
    let bucket: Bucket | undefined;
    const got = times.map((t) => {
      const r = take(bucket, t, { burst: 2, perSecond: 1 });
      bucket = r.bucket;
      return r.ok;
    });
    expect(got).toEqual(expected);
  });
});

describe('results: answers in the knowledge check’s shapes, files the dashboard reads, a CSV', () => {
  it.each<[string, number[][], unknown, boolean]>([
    ['single', [[1]], 'b', true],
    ['multiple', [[1, 0]], ['b', 'a'], true],
    ['truefalse', [[1]], false, true],
  ])('%s', (type, picks, expected, correct) => {
    expect(answerOf(poll(type), picks)).toEqual(expected);
    expect(isCorrect(poll(type), picks)).toBe(correct);
  });

  it('ordering, matching, categorize: ids from the row and option each pick names', () => {
    const o = poll('ordering');
    const right = o.rows.map((r) => [r.options.findIndex((x) => x.correct)]);
    expect(answerOf(o, right)).toEqual(['x', 'y', 'z', 'w']);
    expect(isCorrect(o, right)).toBe(true);
    const c = poll('categorize');
    expect(Object.keys(answerOf(c, [[0], [0], [0]]) as object).sort()).toEqual(['i1', 'i2', 'i3']);
    expect(idsOf(Q.matching!)[0]!.row).toBe('p');
  });

  it('one valid results file (version 2, live origin) per trainee who answered, votes in decision order', () => {
    const q = poll('single');
    const v0 = votePoll('soe-case', [], '你怎么做？', [{ index: 0, label: '甲' }, { index: 2, label: '丙' }], 'customer-org', 'soe-case');
    const v1 = votePoll('soe-case', [2], '接下来？', [{ index: 1, label: '乙' }], 'customer-org', 'soe-case');
    const s = run([join(T1, '=HYPERLINK("x")'), join(T2), join(T3), open(q), answer(T1, q.id, [[1]]), open(v1), answer(T1, v1.id, [[0]]), open(v0), answer(T1, v0.id, [[1]]), answer(T2, v0.id, [[0]])]);
    const files = sessionResults(s, new Date(0), (n) => `匿名 ${n}`);
    expect(files.map((f) => f.seat)).toEqual(['p1', 'p2']);
    for (const f of files) expect(ResultsFileSchema.safeParse(f.file).success).toBe(true);
    expect(files[0]!.file.live).toEqual({ answers: { s1: 'b' }, votes: { 'soe-case': [2, 1] }, responses: {} });
    expect(files[1]!.file.name).toBe('匿名 2');
    const csv = sessionCsv(s, (n) => `匿名 ${n}`);
    expect(csv.split('\r\n')[1]).toBe(`s,p1,"'=HYPERLINK(""x"")",question,s1,b,yes`);
  });

  it('cell: a formula is defused and quoted', () => {
    expect([cell('+1'), cell('a,b'), cell(3)]).toEqual(["'+1", '"a,b"', '3']);
  });
});
