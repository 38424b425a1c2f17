import { addTally, type Counts } from './tally.ts';

/*
 * A classroom session as data: which slide shows, black-out, the class quiz tallies, the group
 * scenario plays, discussion timers. The presenter changes it through `step` (a pure reducer)
 * and sends every new state to the audience window, which only draws it.
 */

export interface Session {
  /** 0-based slide index. */
  slide: number;
  count: number;
  black: boolean;
  /** Per question slide: how many people chose each option of each row (./tally.ts), and whether the answer is shown. */
  tallies: Record<number, Counts>;
  revealed: Record<number, boolean>;
  /** Per question slide with several rows: the row the digit keys count for. */
  rows: Record<number, number>;
  /** Per scenario id: the choices the room took and the votes at each decision. */
  plays: Record<string, { path: number[]; votes: number[][]; pending: number[] }>;
  /** Per discussion slide: a countdown. */
  timers: Record<number, { seconds: number; running: boolean; endsAt?: number; left: number }>;
}

export type Action =
  | { type: 'go'; to: number }
  | { type: 'next' }
  | { type: 'prev' }
  | { type: 'black' }
  | { type: 'tally'; slide: number; row?: number; option: number; by: number; options: number }
  | { type: 'row'; slide: number; row: number }
  | { type: 'reveal'; slide: number }
  | { type: 'vote'; scenario: string; choice: number; by: number; choices: number }
  | { type: 'take'; scenario: string; choice: number }
  | { type: 'restart'; scenario: string }
  | { type: 'timer'; slide: number; op: 'start' | 'pause' | 'reset'; seconds: number; now: number }
  | { type: 'tick'; now: number }
  /** A live class: the phones' counts for a question slide, or votes at a scenario's decision, as the server has them. */
  | { type: 'counts'; slide: number; counts: Counts }
  | { type: 'votes'; scenario: string; pending: number[] };

export const newSession = (count: number, slide = 0): Session => ({ slide: clamp(slide, count), count, black: false, tallies: {}, revealed: {}, rows: {}, plays: {}, timers: {} });

const clamp = (n: number, count: number) => Math.max(0, Math.min(count - 1, Math.floor(Number.isFinite(n) ? n : 0)));

/** The next state after an action; never mutates. */
export function step(s: Session, a: Action): Session {
  switch (a.type) {
    case 'go':
      return { ...s, slide: clamp(a.to, s.count), black: false };
    case 'next':
      return { ...s, slide: clamp(s.slide + 1, s.count), black: false };
    case 'prev':
      return { ...s, slide: clamp(s.slide - 1, s.count), black: false };
    case 'black':
      return { ...s, black: !s.black };
    case 'tally':
      return { ...s, tallies: { ...s.tallies, [a.slide]: addTally(s.tallies[a.slide], a.row ?? 0, a.option, a.by, a.options) } };
    case 'row':
      return { ...s, rows: { ...s.rows, [a.slide]: Math.max(0, Math.floor(a.row) || 0) } };
    case 'reveal':
      return { ...s, revealed: { ...s.revealed, [a.slide]: !s.revealed[a.slide] } };
    case 'vote': {
      const play = s.plays[a.scenario] ?? { path: [], votes: [], pending: [] };
      const pending = [...(play.pending.length ? play.pending : new Array<number>(a.choices).fill(0))];
      pending[a.choice] = Math.max(0, Math.min(999, (pending[a.choice] ?? 0) + a.by));
      return { ...s, plays: { ...s.plays, [a.scenario]: { ...play, pending } } };
    }
    case 'take': {
      const play = s.plays[a.scenario] ?? { path: [], votes: [], pending: [] };
      return { ...s, plays: { ...s.plays, [a.scenario]: { path: [...play.path, a.choice], votes: [...play.votes, play.pending], pending: [] } } };
    }
    case 'restart': {
      const { [a.scenario]: _gone, ...plays } = s.plays;
      return { ...s, plays };
    }
    case 'timer': {
      const t = s.timers[a.slide] ?? { seconds: a.seconds, running: false, left: a.seconds };
      const next =
        a.op === 'start' ? { ...t, running: true, endsAt: a.now + t.left * 1000 }
        : a.op === 'pause' ? { ...t, running: false, left: remaining(t, a.now) }
        : { seconds: a.seconds, running: false, left: a.seconds };
      return { ...s, timers: { ...s.timers, [a.slide]: next } };
    }
    case 'counts':
      return { ...s, tallies: { ...s.tallies, [a.slide]: a.counts.map((r) => r.map((n) => Math.max(0, Math.min(999, n)))) } };
    case 'votes': {
      const play = s.plays[a.scenario] ?? { path: [], votes: [], pending: [] };
      return { ...s, plays: { ...s.plays, [a.scenario]: { ...play, pending: a.pending.map((n) => Math.max(0, Math.min(999, n))) } } };
    }
    case 'tick': {
      const timers = Object.fromEntries(Object.entries(s.timers).map(([k, t]) => [k, t.running ? { ...t, left: remaining(t, a.now), running: remaining(t, a.now) > 0 } : t]));
      return { ...s, timers };
    }
  }
}

/** Whole seconds left on a countdown. */
export const remaining = (t: Session['timers'][number], now: number) => (t.running && t.endsAt !== undefined ? Math.max(0, Math.ceil((t.endsAt - now) / 1000)) : t.left);

/** "mm:ss". */
export const clock = (seconds: number) => `${String(Math.floor(seconds / 60)).padStart(2, '0')}:${String(seconds % 60).padStart(2, '0')}`;

/**
 * Pacing against the lesson's estimated minutes: where the trainer should be by now, assuming
 * the time is spread evenly over the slides, and whether they are ahead, on time or behind
 * (more than one slide's worth of time either way).
 */
export function pacing(elapsedSeconds: number, lessonMinutes: number, slide: number, count: number): { expected: number; status: 'ahead' | 'on-time' | 'behind' } {
  const perSlide = (lessonMinutes * 60) / Math.max(1, count);
  const expected = Math.min(count - 1, Math.floor(elapsedSeconds / perSlide));
  const status = slide > expected + 1 ? 'ahead' : slide < expected - 1 ? 'behind' : 'on-time';
  return { expected, status };
}
