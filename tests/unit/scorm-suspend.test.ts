import { describe, expect, it } from 'vitest';
import { SUSPEND_LIMIT, decodeSuspend, encodeSuspend, encodeSuspendNow, trimForSuspend } from '../../src/lib/scorm/suspend.ts';
import { emptyProgress } from '../../src/lib/progress/record.ts';
import { ProgressSchema } from '../../src/schemas/progress.ts';
import { fullRecord } from '../../scripts/full-record.ts';

describe('suspend_data encoding', () => {
  it('a trainee who has done everything fits SCORM 1.2’s 4,096 characters, and comes back as trimmed', async () => {
    const full = fullRecord();
    expect(JSON.stringify(full).length).toBeGreaterThan(SUSPEND_LIMIT); // the raw record would not fit
    const text = await encodeSuspend(full);
    expect(text.length).toBeLessThan(SUSPEND_LIMIT);
    expect(text).toMatch(/^[A-Za-z0-9+/=]+$/);
    const back = await decodeSuspend(text);
    expect(back).toEqual(trimForSuspend(full));
    expect(ProgressSchema.safeParse(back).success).toBe(true);
  });

  it('keeps every score and the answers of the attempt in progress, with their times; drops answers already marked, and their times', () => {
    const trimmed = trimForSuspend(fullRecord()).courses['customer-org']!;
    expect(trimmed.quizzes!.roles).toMatchObject({ attempts: 3, best: 90, answers: {} });
    expect(trimmed.quizzes!.roles!.startedAt).toBeUndefined();
    expect(trimmed.quizzes!.roles!.seconds).toBeUndefined();
    expect(Object.keys(trimmed.assessment!.answers)).toHaveLength(10);
    expect(trimmed.assessment!.startedAt).toBe(1_795_000_000_004);
    expect(Object.values(trimmed.assessment!.seconds!)).toEqual([617, 1234, 1851, 2468, 3085, 3702, 4319, 4936, 5553, 6170]);
    expect(trimmed.assessment!.previous).toBeUndefined();
    expect(trimmed.scenarios!['soe-platform']).toMatchObject({ attempts: 2, best: { total: 25 }, latest: { total: -14 }, current: [0, 0, 1] });
  });

  it.each([
    ['empty text', ''],
    ['not base64', '%%%'],
    ['base64 of junk', 'aGVsbG8gd29ybGQ='],
  ])('reads %s as nothing', async (_, text) => {
    expect(await decodeSuspend(text)).toBeNull();
  });

  it('the launch page’s synchronous encoder writes the same format, and fits too', async () => {
    const full = fullRecord();
    const text = encodeSuspendNow(full);
    expect(text.length).toBeLessThan(SUSPEND_LIMIT);
    expect(await decodeSuspend(text)).toEqual(trimForSuspend(full));
  });

  it('round-trips an empty record', async () => {
    expect(await decodeSuspend(await encodeSuspend(emptyProgress()))).toEqual(emptyProgress());
  });
});
