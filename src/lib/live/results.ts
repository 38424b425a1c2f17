/*
 * A session's results: per trainee, a results file (version 2, origin "live") the dashboard reads,
 * and one CSV of every answer. Built from the state alone, so an export after a restart is the same.
 */
import type { ResultsFile, LiveRecord } from '../../schemas/results.ts';
import type { Answer } from '../../schemas/answer.ts';
import { exportResults } from '../results/file.ts';
import { emptyProgress } from '../progress/record.ts';
import { answerOf, isCorrect } from './poll.ts';
import type { LiveState } from './session.ts';

export function liveRecord(s: LiveState, seat: string): LiveRecord {
  const answers: LiveRecord['answers'] = {};
  const votes: Record<string, { step: number; choice: number }[]> = {};
  const responses: LiveRecord['responses'] = {};
  for (const p of Object.values(s.polls)) {
    if (p.poll.kind === 'prompt') {
      if (seat in p.texts) responses[p.poll.ref] = p.texts[seat]!;
      continue;
    }
    const picks = p.picks[seat];
    if (!picks) continue;
    if (p.poll.kind === 'question') answers[p.poll.ref] = answerOf(p.poll, picks);
    else (votes[p.poll.ref] ??= []).push({ step: p.poll.step ?? 0, choice: Number(p.poll.rows[0]!.options[picks[0]![0]!]!.id) });
  }
  return { answers, votes: Object.fromEntries(Object.entries(votes).map(([k, v]) => [k, v.sort((a, b) => a.step - b.step).map((x) => x.choice)])), responses };
}

/** The course a session presented: the one its polls name (the first, if several). */
const courseOf = (s: LiveState) => Object.values(s.polls)[0]?.poll.course;

/** One results file per seat that did anything. */
export function sessionResults(s: LiveState, now: Date, anonymous: (n: string) => string): { seat: string; file: ResultsFile }[] {
  const course = courseOf(s);
  if (!course) return [];
  const lessons = new Set(Object.values(s.polls).flatMap((p) => (p.poll.lesson ? [p.poll.lesson] : [])));
  const lesson = lessons.size === 1 ? [...lessons][0] : undefined;
  return Object.values(s.seats).flatMap((seat) => {
    const live = liveRecord(s, seat.id);
    if (!Object.keys(live.answers).length && !Object.keys(live.votes).length && !Object.keys(live.responses).length) return [];
    const origin = { kind: 'live' as const, session: s.id, course, ...(lesson ? { lesson } : {}), startedAt: new Date(s.startedAt).toISOString() };
    return [{ seat: seat.id, file: exportResults(emptyProgress(), now, seat.name || anonymous(seat.id.slice(1)), { origin, live }) }];
  });
}

/** A CSV cell: quoted, and a leading = + - @ defused so a spreadsheet never runs a name as a formula. */
export const cell = (v: string | number) => {
  const s = String(v);
  const safe = /^[=+\-@\t\r]/.test(s) ? `'${s}` : s;
  return /[",\n\r]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
};

const answerText = (a: Answer) => (typeof a === 'string' ? a : typeof a === 'boolean' ? String(a) : Array.isArray(a) ? a.join(' > ') : Object.entries(a).map(([k, v]) => `${k}=${v}`).join('; '));

/** Every answer, one line per trainee and poll. */
export function sessionCsv(s: LiveState, anonymous: (n: string) => string): string {
  const head = ['session', 'participant', 'name', 'kind', 'id', 'answer', 'correct'];
  const lines = [head.join(',')];
  for (const seat of Object.values(s.seats)) {
    for (const p of Object.values(s.polls)) {
      const picks = p.picks[seat.id];
      const text = p.texts[seat.id];
      if (!picks && text === undefined) continue;
      const answer = text ?? (p.poll.kind === 'question' ? answerText(answerOf(p.poll, picks!)) : picks!.map((row, r) => row.map((o) => p.poll.rows[r]!.options[o]!.text).join(' | ')).join('; '));
      const correct = p.poll.kind === 'question' ? (isCorrect(p.poll, picks!) ? 'yes' : 'no') : '';
      lines.push([s.id, seat.id, seat.name || anonymous(seat.id.slice(1)), p.poll.kind, p.poll.kind === 'vote' ? p.poll.id.slice(2) : p.poll.ref, answer, correct].map(cell).join(','));
    }
  }
  return `${lines.join('\r\n')}\r\n`;
}
