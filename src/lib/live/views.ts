/*
 * What each side is sent. Phones get the poll they are asked, without the right answers until the
 * reveal, and no counts before it; the presenter gets everything but the seat tokens.
 */
import type { Counts } from '../slides/tally.ts';
import { answered, type LiveState, type PollStatus } from './session.ts';

export interface PhonePoll {
  id: string;
  kind: 'question' | 'vote' | 'prompt';
  qtype?: string;
  prompt: string;
  rows: { label: string; options: { text: string; correct?: boolean }[] }[];
  status: PollStatus;
  /** Only once revealed. */
  counts?: Counts;
}

export interface PhoneView {
  session: string;
  seq: number;
  slide: number;
  poll: PhonePoll | null;
}

export interface PresenterPoll {
  id: string;
  status: PollStatus;
  counts: Counts;
  answered: number;
  /** Names (or "" for anonymous, with the seat id) of those who have not answered. */
  waiting: { seat: string; name: string }[];
  responses: { seat: string; name: string; text: string }[];
}

export interface PresenterView {
  session: string;
  code: string;
  seq: number;
  joined: number;
  current: string | null;
  polls: Record<string, PresenterPoll>;
}

export function phoneView(s: LiveState): PhoneView {
  const p = s.current ? s.polls[s.current] : undefined;
  const revealed = p?.status === 'revealed';
  return {
    session: s.id,
    seq: s.seq,
    slide: s.slide,
    poll: p
      ? {
          id: p.poll.id,
          kind: p.poll.kind,
          ...(p.poll.qtype ? { qtype: p.poll.qtype } : {}),
          prompt: p.poll.prompt,
          rows: p.poll.rows.map((r) => ({ label: r.label, options: r.options.map((o) => ({ text: o.text, ...(revealed ? { correct: o.correct } : {}) })) })),
          status: p.status,
          ...(revealed ? { counts: p.counts } : {}),
        }
      : null,
  };
}

export function presenterView(s: LiveState): PresenterView {
  const name = (seat: string) => s.seats[seat]?.name ?? '';
  return {
    session: s.id,
    code: s.code,
    seq: s.seq,
    joined: Object.keys(s.seats).length,
    current: s.current,
    polls: Object.fromEntries(
      Object.entries(s.polls).map(([id, p]) => {
        const { done, waiting } = answered(s, id);
        return [
          id,
          {
            id,
            status: p.status,
            counts: p.counts,
            answered: done.length,
            waiting: waiting.map((seat) => ({ seat, name: name(seat) })),
            responses: Object.entries(p.texts).map(([seat, text]) => ({ seat, name: name(seat), text })),
          },
        ];
      }),
    ),
  };
}
