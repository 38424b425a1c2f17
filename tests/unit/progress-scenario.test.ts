import { describe, expect, it } from 'vitest';
import { emptyProgress } from '../../src/lib/progress/record.ts';
import { finishScenario, getScenario, restartScenario, setScenarioPath } from '../../src/lib/progress/scenario.ts';
import { readProgress } from '../../src/lib/progress/read.ts';
import { ProgressSchema } from '../../src/schemas/progress.ts';

const C = 'customer-org';
const result = (total: number, at: number) => ({ path: [0, 1], scores: { roles: total }, total, ending: 'win', at });

describe('scenario progress', () => {
  it('saves the path in progress, so a reload can resume', () => {
    const p = setScenarioPath(emptyProgress(), C, 'deal', [1, 0]);
    expect(getScenario(p, C, 'deal')).toEqual({ attempts: 0, current: [1, 0] });
    expect(readProgress(JSON.stringify(p)).status).toBe('ok');
  });

  it.each([
    ['a first play is both latest and best', [[5, 1]], 5, 5],
    ['a better play becomes the best', [[5, 1], [8, 2]], 8, 8],
    ['a worse play is the latest but not the best', [[8, 1], [3, 2]], 3, 8],
    ['an equal total keeps the earlier best', [[6, 1], [6, 2]], 6, 6],
  ])('%s', (_, plays, latest, best) => {
    let p = setScenarioPath(emptyProgress(), C, 'deal', [0]);
    for (const [total, at] of plays as [number, number][]) p = finishScenario(restartScenario(p, C, 'deal'), C, 'deal', result(total, at));
    const s = getScenario(p, C, 'deal')!;
    expect(s.latest!.total).toBe(latest);
    expect(s.best!.total).toBe(best);
    expect(s.attempts).toBe(plays.length);
    expect(s.current).toBeUndefined();
    if (best === 6) expect(s.best!.at).toBe(1);
    expect(ProgressSchema.safeParse(p).success).toBe(true);
  });

  it('a damaged result is dropped with its name, the rest kept', () => {
    const p = finishScenario(emptyProgress(), C, 'deal', result(5, 1));
    const raw = JSON.parse(JSON.stringify(p));
    raw.courses[C].scenarios.broken = { attempts: 1, latest: { path: [-1], scores: {}, total: 0, ending: 'x', at: 1 } };
    const out = readProgress(JSON.stringify(raw));
    expect(out.status === 'recovered' && out.problems).toEqual(['courses.customer-org.scenarios.broken.latest.path: not a path']);
    expect(Object.keys(out.progress.courses[C]!.scenarios!)).toEqual(['deal']);
  });
});
