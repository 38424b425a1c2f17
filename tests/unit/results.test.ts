import { describe, expect, it } from 'vitest';
import { emptyProgress } from '../../src/lib/progress/record.ts';
import { setDone, addSeconds, visitLesson } from '../../src/lib/progress/edit.ts';
import { setAnswer, startAttempt, submitQuiz } from '../../src/lib/progress/quiz.ts';
import { finishScenario, setScenarioPath } from '../../src/lib/progress/scenario.ts';
import { hasProgress, mergeProgress } from '../../src/lib/progress/merge.ts';
import { exportResults, parseResults } from '../../src/lib/results/file.ts';
import { csvField, toCsv, transcriptCsv } from '../../src/lib/results/csv.ts';
import { buildTranscript, type CourseInfo } from '../../src/lib/results/transcript.ts';
import { ResultsFileSchema } from '../../src/schemas/results.ts';
import { ProgressSchema, type Progress } from '../../src/schemas/progress.ts';
import { emptyMap } from '../../src/lib/account-map/rules.ts';

const C = 'customer-org';
const info: CourseInfo = {
  id: C, title: '客户组织特点',
  lessons: [{ id: 'definition', title: '定义' }, { id: 'roles', title: '角色' }],
  checked: ['roles'], checkPass: 80,
  assessment: { questions: 20, pass: 80 },
  scenarios: [{ id: 'deal', title: '演示', dimensions: [{ id: 'roles', label: '角色识别', best: 3, worst: -1 }], endings: { win: '短名单' } }],
  certificate: { assessment: true, scenarios: 1 },
};
const play = (total: number, at: number) => ({ path: [0, 0], scores: { roles: total }, total, ending: 'win', at });
/** Everything the certificate asks for. */
const complete = (): Progress => {
  let p = emptyProgress();
  for (const id of ['definition', 'roles']) p = addSeconds(setDone(visitLesson(p, C, id, 1), C, id, true, 2), C, id, 600);
  p = submitQuiz(setAnswer(p, C, { lesson: 'roles' }, 'q1', 'a'), C, { lesson: 'roles' }, 100);
  p = submitQuiz(startAttempt(p, C, 'assessment', 's', ['q1']), C, 'assessment', 85);
  return finishScenario(setScenarioPath(p, C, 'deal', [0]), C, 'deal', play(3, 5));
};

describe('results file', () => {
  it('exports a file that its own schema accepts and imports back unchanged', () => {
    const file = exportResults(complete(), new Date('2026-11-27T08:00:00Z'), '张三');
    expect(ResultsFileSchema.safeParse(file).success).toBe(true);
    expect(parseResults(JSON.stringify(file))).toEqual({ ok: true, file });
  });

  it('refuses a shared map that does not fit the account-map schema', () => {
    const file = exportResults(emptyProgress(), new Date('2026-11-30T10:00:00Z'), undefined, { accountMaps: { completed: {}, maps: [{ ...emptyMap(C, 'x', 5, 'm'), people: [{ alias: 'A' }] }] as never } });
    expect(parseResults(JSON.stringify(file))).toEqual({ ok: false, error: 'invalid:accountMaps.maps.0.people.0.id' });
  });

  it.each([
    ['text that is not JSON', '{oops', 'not-json'],
    ['JSON from elsewhere', '{"hello":"world"}', 'foreign'],
    ['a list', '[1,2]', 'foreign'],
    ['a newer file format', JSON.stringify({ format: 'sales-course-results', version: 3 }), 'newer'],
    ['progress from a newer site', JSON.stringify({ ...exportResults(emptyProgress(), new Date()), progress: { version: 9, courses: {} } }), 'newer'],
    ['a field that does not fit', JSON.stringify({ ...exportResults(emptyProgress(), new Date()), progress: { version: 2, courses: { [C]: { lessons: { roles: { seconds: -5, done: true } } } } } }), `invalid:progress.courses.${C}.lessons.roles.seconds`],
    ['a missing date', JSON.stringify({ format: 'sales-course-results', version: 1, progress: emptyProgress() }), 'invalid:exportedAt'],
    ['a live origin without live results', JSON.stringify({ ...exportResults(emptyProgress(), new Date()), origin: { kind: 'live', session: 's1', course: C, startedAt: '2026-11-30T09:00:00.000Z' } }), 'invalid:live'],
    ['live results without a live origin', JSON.stringify({ ...exportResults(emptyProgress(), new Date()), live: { answers: {}, votes: {}, responses: {} } }), 'invalid:live'],
    ['an unknown origin', JSON.stringify({ ...exportResults(emptyProgress(), new Date()), origin: { kind: 'rumour' } }), 'invalid:origin.kind'],
    ['a version-2 file without the account-map flag', JSON.stringify({ ...exportResults(emptyProgress(), new Date()), accountMaps: undefined }), 'invalid:accountMaps'],
  ])('refuses %s with "%s"', (_, text, error) => {
    expect(parseResults(text)).toEqual({ ok: false, error });
  });

  it('reads a version-1 file as self-study with no account map', () => {
    const v1 = { format: 'sales-course-results', version: 1, exportedAt: '2026-01-01T00:00:00.000Z', name: '张三', progress: complete() };
    expect(parseResults(JSON.stringify(v1))).toEqual({ ok: true, file: { ...v1, version: 2, origin: { kind: 'self-study' }, accountMaps: { completed: {} } } });
  });

  it('keeps what a live-class participant did, and a shared account map', () => {
    const file = exportResults(emptyProgress(), new Date('2026-11-30T10:00:00Z'), '王一', {
      origin: { kind: 'live', session: 'k3x9', course: C, lesson: 'roles', startedAt: '2026-11-30T09:00:00.000Z' },
      live: { answers: { 'roles-title-not-role': false }, votes: { 'soe-platform': [0, 2] }, responses: { d1: '先找使用者' } },
      accountMaps: { completed: { [C]: true }, maps: [emptyMap(C, '某市数据局', 5, 'map-1')] },
    });
    expect(parseResults(JSON.stringify(file))).toEqual({ ok: true, file });
  });

  it.each([1, 2])('migrates version-%s progress inside an older file to version 3', (version) => {
    const courses = { [C]: { lessons: { roles: { seconds: 5, done: true } }, quizzes: { roles: { answers: { q: 'a' }, submitted: true, attempts: 1, best: 80, last: 80 } } } };
    const old = { ...exportResults(emptyProgress(), new Date('2026-01-01T00:00:00Z')), progress: { version, courses } };
    const out = parseResults(JSON.stringify(old));
    expect(out.ok && out.file.progress).toEqual({ version: 3, courses });
  });
});

describe('mergeProgress keeps the best of both', () => {
  const a = complete();
  it('is idempotent, and merging with nothing changes nothing', () => {
    expect(mergeProgress(a, a)).toEqual(a);
    expect(mergeProgress(a, emptyProgress())).toEqual(a);
    expect(mergeProgress(emptyProgress(), a)).toEqual(a);
  });

  it('keeps the answer times of the attempt it keeps: the one with more tries behind it', () => {
    const ref = { lesson: 'types' };
    const timed = (attempts: number, start: number) => {
      let p = emptyProgress();
      for (let i = 0; i < attempts; i++) p = submitQuiz(startAttempt(p, C, ref, `s${i}`, undefined, start), C, ref, 50);
      return setAnswer(startAttempt(p, C, ref, 'open', undefined, start), C, ref, 'q', 'a', { now: start + 9000 });
    };
    for (const [x, y] of [[timed(2, 1000), timed(1, 5000)], [timed(1, 5000), timed(2, 1000)]]) {
      expect(mergeProgress(x!, y!).courses[C]!.quizzes!.types).toMatchObject({ attempts: 2, startedAt: 1000, seconds: { q: 9 } });
    }
  });

  it('keeps each side’s best scores, completion marks and longer time', () => {
    let b = emptyProgress();
    b = addSeconds(visitLesson(b, C, 'roles', 0), C, 'roles', 900);
    b = submitQuiz(b, C, { lesson: 'roles' }, 60);
    b = submitQuiz(startAttempt(b, C, { lesson: 'roles' }, 'x'), C, { lesson: 'roles' }, 70);
    b = finishScenario(b, C, 'deal', play(1, 9));
    const m = mergeProgress(a, b);
    const course = m.courses[C]!;
    expect(course.lessons.roles).toMatchObject({ done: true, seconds: 900, firstVisit: 0 });
    expect(course.quizzes!.roles).toMatchObject({ best: 100, attempts: 2, last: 70 });
    expect(course.assessment!.best).toBe(85);
    expect(course.scenarios!.deal).toMatchObject({ attempts: 1, best: { total: 3 }, latest: { total: 1, at: 9 } });
    expect(ProgressSchema.safeParse(m).success).toBe(true);
    // The same result whichever side comes first, for what matters.
    const n = mergeProgress(b, a).courses[C]!;
    expect([n.lessons.roles!.done, n.quizzes!.roles!.best, n.scenarios!.deal!.best!.total]).toEqual([true, 100, 3]);
  });

  it('a later "not read" mark wins over an earlier "read" mark', () => {
    const later = setDone(emptyProgress(), C, 'definition', false, 99);
    expect(mergeProgress(a, later).courses[C]!.lessons.definition!.done).toBe(false);
  });

  it('knows when there is something to lose', () => {
    expect(hasProgress(emptyProgress())).toBe(false);
    expect(hasProgress(a)).toBe(true);
  });
});

describe('transcript and certificate', () => {
  it('a complete record earns the certificate', () => {
    const t = buildTranscript(complete(), info);
    expect(t.done).toBe(2);
    expect(t.seconds).toBe(1200);
    expect(t.lessons[1]!.check).toEqual({ best: 100, attempts: 1 });
    expect(t.assessment).toEqual({ best: 85, attempts: 1, passed: true });
    expect(t.scenarios[0]!.best).toEqual({ total: 3, max: 3, ending: '短名单', scores: [{ label: '角色识别', score: 3, best: 3, worst: -1 }] });
    expect(t.certificate).toEqual({ earned: true, missing: { lessons: 0, assessment: false, scenarios: 0, accountMap: false } });
  });

  it.each<[string, (p: Progress) => Progress, Partial<{ lessons: number; assessment: boolean; scenarios: number }>]>([
    ['a lesson not read', (p) => setDone(p, C, 'definition', false, 10), { lessons: 1 }],
    ['the assessment below the pass mark', (p) => ({ ...p, courses: { [C]: { ...p.courses[C]!, assessment: { ...p.courses[C]!.assessment!, best: 70 } } } }), { assessment: true }],
    ['no scenario finished', (p) => ({ ...p, courses: { [C]: { ...p.courses[C]!, scenarios: {} } } }), { scenarios: 1 }],
  ])('says what is missing: %s', (_, change, missing) => {
    const t = buildTranscript(change(complete()), info);
    expect(t.certificate.earned).toBe(false);
    expect(t.certificate.missing).toMatchObject(missing);
  });

  it.each([
    ['not asked for', false, false, true],
    ['asked for and completed', true, true, true],
    ['asked for and not completed', true, false, false],
  ])('an account map %s', (_, asked, completed, earned) => {
    const t = buildTranscript(complete(), { ...info, certificate: { ...info.certificate, accountMap: asked } }, completed);
    expect(t.certificate.earned).toBe(earned);
    expect(t.certificate.missing.accountMap).toBe(!earned);
  });
});

describe('CSV', () => {
  it.each([
    ['plain', 'plain'],
    ['a, b', '"a, b"'],
    ['say "hi"', '"say ""hi"""'],
    ['two\nlines', '"two\nlines"'],
    [' padded', '" padded"'],
    [42, '42'],
    [undefined, ''],
  ])('field %j → %s', (value, expected) => {
    expect(csvField(value as string)).toBe(expected);
  });
  it('has a byte-order mark for Excel and CRLF line ends', () => {
    expect(toCsv([['课节', '得分'], ['角色', 80]])).toBe('\uFEFF课节,得分\r\n角色,80\r\n');
  });

  const labels = {
    kind: '类型', item: '项目', status: '状态', score: '得分', attempts: '次数', minutes: '分钟', passed: '通过',
    lesson: '课节', assessment: '结业测验', scenario: '情景', states: { done: '已完成', read: '已读', visited: '已打开', new: '未开始' },
  };
  it.each<[string, () => Progress, string[]]>([
    ['a complete record: each lesson, the assessment and the scenario', complete, ['类型,项目,状态,得分,次数,分钟', '课节,定义,已完成,,,10', '课节,角色,已完成,100,1,10', '结业测验,,通过,85,1,', '情景,演示,短名单,3/3,1,']],
    ['an empty record: lessons not started, the assessment and the scenario not attempted', emptyProgress, ['类型,项目,状态,得分,次数,分钟', '课节,定义,未开始,,,0', '课节,角色,未开始,,0,0', '结业测验,,,,0,', '情景,演示,,,0,']],
  ])('the transcript as CSV: %s', (_, progress, lines) => {
    expect(transcriptCsv(buildTranscript(progress(), info), labels)).toBe('\uFEFF' + lines.join('\r\n') + '\r\n');
  });
});
