/*
 * A live class as data, changed only by events: a phone joins, the presenter opens, closes or
 * reveals a poll or moves the deck, a phone answers. `apply` is a pure state machine: it either
 * returns the next state or refuses the event with a code and a message, changing nothing. The
 * server journals exactly the events `apply` accepted, so replaying the journal rebuilds the state.
 *
 * Answers are kept per seat and poll, and the counts follow them (subtract the old answer, add the
 * new): sending the same answer twice, or a phone rejoining its seat, never counts twice.
 */
import type { Picks, Poll } from '../../schemas/live.ts';
import { addTally, type Counts } from '../slides/tally.ts';

export type PollStatus = 'open' | 'closed' | 'revealed';

export interface Seat {
  id: string;
  /** Display name; empty for anonymous. */
  name: string;
  joinedAt: number;
}

export interface PollState {
  poll: Poll;
  status: PollStatus;
  /** By seat id: the picks (questions, votes). */
  picks: Record<string, Picks>;
  /** By seat id: the text (prompts). */
  texts: Record<string, string>;
  counts: Counts;
  openedAt: number;
}

export interface LiveState {
  /** The session id (not the join code). */
  id: string;
  code: string;
  startedAt: number;
  seats: Record<string, Seat>;
  /** Seat token → seat id. Tokens are secrets of the phones; never sent out. */
  tokens: Record<string, string>;
  polls: Record<string, PollState>;
  /** The poll phones see now, the last one opened. */
  current: string | null;
  slide: number;
  lesson?: string;
  /** How many events were accepted. */
  seq: number;
}

export type LiveEvent =
  | { type: 'join'; at: number; token: string; name: string }
  | { type: 'open'; at: number; poll: Poll }
  | { type: 'close'; at: number; poll: string }
  | { type: 'reveal'; at: number; poll: string }
  | { type: 'slide'; at: number; slide: number; lesson?: string }
  | { type: 'answer'; at: number; token: string; poll: string; picks?: Picks; text?: string };

export type Refusal = { ok: false; error: RefusalCode; message: string };
export type Applied = { ok: true; state: LiveState; seat?: string; changed: boolean };
export type RefusalCode = 'unknown-seat' | 'no-such-poll' | 'closed' | 'bad-answer' | 'full';

/** At most this many seats, so a script on the network cannot fill the server's memory. */
export const MAX_SEATS = 2000;

export const MESSAGES: Record<RefusalCode, string> = {
  'unknown-seat': 'This phone has not joined the session: join again.',
  'no-such-poll': 'There is no such question in this session.',
  closed: 'This question is closed: answers are no longer taken.',
  'bad-answer': 'This answer does not fit the question.',
  full: 'The session is full.',
};

const refuse = (error: RefusalCode, detail?: string): Refusal => ({ ok: false, error, message: detail ? `${MESSAGES[error]} (${detail})` : MESSAGES[error] });

export const newLive = (id: string, code: string, startedAt: number): LiveState => ({ id, code, startedAt, seats: {}, tokens: {}, polls: {}, current: null, slide: 0, seq: 0 });

/** Why picks do not fit a poll, or null when they do. */
export function picksProblem(poll: Poll, picks: Picks): string | null {
  if (poll.kind === 'prompt') return 'a prompt takes a text';
  if (picks.length !== poll.rows.length) return `expected ${poll.rows.length} row(s), got ${picks.length}`;
  for (const [r, row] of picks.entries()) {
    const options = poll.rows[r]!.options.length;
    if (row.some((i) => i >= options)) return `row ${r + 1}: no such option`;
    if (new Set(row).size !== row.length) return `row ${r + 1}: an option chosen twice`;
    if (poll.qtype === 'multiple' ? row.length < 1 : row.length !== 1) return `row ${r + 1}: ${poll.qtype === 'multiple' ? 'choose at least one option' : 'choose exactly one option'}`;
  }
  return null;
}

const sameJson = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);

/** Counts after `by` hands for every pick (1 to add an answer, -1 to take it back). */
function count(counts: Counts, poll: Poll, picks: Picks, by: number): Counts {
  let out = counts;
  picks.forEach((row, r) => row.forEach((o) => (out = addTally(out, r, o, by, poll.rows[r]!.options.length))));
  return out;
}

const emptyCounts = (poll: Poll): Counts => poll.rows.map((r) => r.options.map(() => 0));

/** The next state after an event, or why the event is refused; never mutates. */
export function apply(s: LiveState, e: LiveEvent): Applied | Refusal {
  const next = (state: LiveState, changed = true, seat?: string): Applied => ({ ok: true, state: changed ? { ...state, seq: s.seq + 1 } : s, changed, ...(seat ? { seat } : {}) });
  switch (e.type) {
    case 'join': {
      const known = s.tokens[e.token];
      if (known) {
        const seat = s.seats[known]!;
        // A rejoin keeps the seat; an empty name keeps the name it had.
        if (!e.name || e.name === seat.name) return next(s, false, known);
        return next({ ...s, seats: { ...s.seats, [known]: { ...seat, name: e.name } } }, true, known);
      }
      const n = Object.keys(s.seats).length;
      if (n >= MAX_SEATS) return refuse('full');
      const id = `p${n + 1}`;
      return next({ ...s, seats: { ...s.seats, [id]: { id, name: e.name, joinedAt: e.at } }, tokens: { ...s.tokens, [e.token]: id } }, true, id);
    }
    case 'open': {
      const had = s.polls[e.poll.id];
      const polls = { ...s.polls };
      // One poll open at a time: phones show one thing, and the one before takes no late answers.
      if (s.current && s.current !== e.poll.id && polls[s.current]?.status === 'open') polls[s.current] = { ...polls[s.current]!, status: 'closed' };
      // Reopening keeps the answers given; a poll whose shape changed starts again.
      polls[e.poll.id] =
        had && sameJson(had.poll, e.poll) ? { ...had, status: 'open' } : { poll: e.poll, status: 'open', picks: {}, texts: {}, counts: emptyCounts(e.poll), openedAt: e.at };
      return next({ ...s, polls, current: e.poll.id, lesson: e.poll.lesson ?? s.lesson });
    }
    case 'close':
    case 'reveal': {
      const p = s.polls[e.poll];
      if (!p) return refuse('no-such-poll', e.poll);
      const status: PollStatus = e.type === 'reveal' ? 'revealed' : 'closed';
      if (p.status === status) return next(s, false);
      return next({ ...s, polls: { ...s.polls, [e.poll]: { ...p, status } } });
    }
    case 'slide':
      if (s.slide === e.slide && (e.lesson ?? s.lesson) === s.lesson) return next(s, false);
      return next({ ...s, slide: e.slide, lesson: e.lesson ?? s.lesson });
    case 'answer': {
      const seat = s.tokens[e.token];
      if (!seat) return refuse('unknown-seat');
      const p = s.polls[e.poll];
      if (!p) return refuse('no-such-poll', e.poll);
      if (p.status !== 'open') return refuse('closed');
      if (p.poll.kind === 'prompt') {
        if (e.text === undefined) return refuse('bad-answer', 'a prompt takes a text');
        const text = e.text.trim();
        if (!text) return refuse('bad-answer', 'the response is empty');
        if (p.texts[seat] === text) return next(s, false, seat);
        return next({ ...s, polls: { ...s.polls, [e.poll]: { ...p, texts: { ...p.texts, [seat]: text } } } }, true, seat);
      }
      if (!e.picks) return refuse('bad-answer', 'a question takes picks');
      const problem = picksProblem(p.poll, e.picks);
      if (problem) return refuse('bad-answer', problem);
      const picks = e.picks.map((row) => [...row].sort((a, b) => a - b));
      const old = p.picks[seat];
      if (old && sameJson(old, picks)) return next(s, false, seat);
      const counts = count(old ? count(p.counts, p.poll, old, -1) : p.counts, p.poll, picks, 1);
      return next({ ...s, polls: { ...s.polls, [e.poll]: { ...p, picks: { ...p.picks, [seat]: picks }, counts } } }, true, seat);
    }
  }
}

/** Who has answered a poll, and who has not, by seat id (in joining order). */
export function answered(s: LiveState, pollId: string): { done: string[]; waiting: string[] } {
  const p = s.polls[pollId];
  const has = (id: string) => !!p && (p.poll.kind === 'prompt' ? id in p.texts : id in p.picks);
  const ids = Object.keys(s.seats);
  return { done: ids.filter(has), waiting: ids.filter((id) => !has(id)) };
}

/** How a seat is shown to the presenter: its name, or "anonymous n". */
export const seatLabel = (seat: Seat, anonymous: (n: string) => string) => seat.name || anonymous(seat.id.slice(1));
