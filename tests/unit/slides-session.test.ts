import { describe, expect, it } from 'vitest';
import { clock, newSession, pacing, step, type Action } from '../../src/lib/slides/session.ts';

const run = (count: number, ...actions: Action[]) => actions.reduce(step, newSession(count));

describe('class session', () => {
  it.each<[string, Action[], number]>([
    ['next and prev', [{ type: 'next' }, { type: 'next' }, { type: 'prev' }], 1],
    ['never before the first', [{ type: 'prev' }], 0],
    ['never past the last', [{ type: 'go', to: 9 }, { type: 'next' }], 4],
    ['go to a slide', [{ type: 'go', to: 3 }], 3],
    ['a nonsense slide number goes to the first', [{ type: 'go', to: Number.NaN }], 0],
  ])('%s', (_, actions, slide) => expect(run(5, ...actions).slide).toBe(slide));

  it('starts on the slide the URL names, kept within the deck', () => {
    expect(newSession(5, 3).slide).toBe(3);
    expect(newSession(5, 42).slide).toBe(4);
  });

  it('blacks out and comes back; moving clears it', () => {
    expect(run(3, { type: 'black' }).black).toBe(true);
    expect(run(3, { type: 'black' }, { type: 'black' }).black).toBe(false);
    expect(run(3, { type: 'black' }, { type: 'next' }).black).toBe(false);
  });

  it('tallies a class quiz, never below zero, and reveals', () => {
    const s = run(3, { type: 'tally', slide: 1, option: 2, by: 1, options: 4 }, { type: 'tally', slide: 1, option: 2, by: 1, options: 4 }, { type: 'tally', slide: 1, option: 0, by: -1, options: 4 }, { type: 'reveal', slide: 1 });
    expect(s.tallies[1]).toEqual([[0, 0, 2, 0]]);
    expect(s.revealed[1]).toBe(true);
  });

  it('records the room’s votes, then the choice taken, for each decision; a restart clears the play', () => {
    let s = run(2, { type: 'vote', scenario: 'deal', choice: 1, by: 3, choices: 2 }, { type: 'vote', scenario: 'deal', choice: 0, by: 5, choices: 2 }, { type: 'take', scenario: 'deal', choice: 0 });
    s = step(s, { type: 'vote', scenario: 'deal', choice: 1, by: 2, choices: 3 });
    s = step(s, { type: 'take', scenario: 'deal', choice: 1 });
    expect(s.plays.deal).toEqual({ path: [0, 1], votes: [[5, 3], [0, 2, 0]], pending: [] });
    expect(step(s, { type: 'restart', scenario: 'deal' }).plays.deal).toBeUndefined();
  });

  it('runs a discussion countdown: start, pause, finish, reset', () => {
    let s = run(2, { type: 'timer', slide: 1, op: 'start', seconds: 300, now: 0 });
    expect(step(s, { type: 'tick', now: 61_000 }).timers[1]!.left).toBe(239);
    s = step(s, { type: 'timer', slide: 1, op: 'pause', seconds: 300, now: 100_000 });
    expect(s.timers[1]).toMatchObject({ running: false, left: 200 });
    s = step(s, { type: 'timer', slide: 1, op: 'start', seconds: 300, now: 200_000 });
    expect(step(s, { type: 'tick', now: 500_000 }).timers[1]).toMatchObject({ running: false, left: 0 });
    expect(step(s, { type: 'timer', slide: 1, op: 'reset', seconds: 600, now: 0 }).timers[1]).toEqual({ seconds: 600, running: false, left: 600 });
  });

  it.each([
    [0, '00:00'],
    [65, '01:05'],
    [600, '10:00'],
  ])('clock(%s) = %s', (s, text) => expect(clock(s)).toBe(text));

  it.each([
    ['on time', 300, 10, 5, 10, 'on-time'],
    ['behind', 540, 10, 2, 10, 'behind'],
    ['ahead', 60, 10, 6, 10, 'ahead'],
  ])('pacing: %s', (_, elapsed, minutes, slide, count, status) => expect(pacing(elapsed, minutes, slide, count).status).toBe(status));
});
