import { describe, expect, it } from 'vitest';
import { emptyProgress } from '../../src/lib/progress/record.ts';
import { setDone } from '../../src/lib/progress/edit.ts';
import { setAnswer, submitQuiz } from '../../src/lib/progress/quiz.ts';
import { finishScenario } from '../../src/lib/progress/scenario.ts';
import { exportResults } from '../../src/lib/results/file.ts';
import { emptyMap } from '../../src/lib/account-map/rules.ts';
import { aggregate, type DashboardInput } from '../../src/lib/results/dashboard.ts';
import { QuestionSchema } from '../../src/schemas/quiz.ts';
import { deal } from './scenario-engine.test.ts';

const C = 'customer-org';
const fb = '理由。';
const input: DashboardInput = {
  info: {
    id: C, title: '客户组织特点', lessons: [{ id: 'roles', title: '角色' }], checked: ['roles'], checkPass: 80,
    assessment: { questions: 2, pass: 80 },
    scenarios: [{ id: 'deal', title: '演示', dimensions: [{ id: 'roles', label: '角色识别', best: 3, worst: -1 }], endings: { win: '短名单', lose: '被动' } }],
    certificate: { assessment: false, scenarios: 0 },
  },
  questions: [
    QuestionSchema.parse({ id: 'q1', type: 'single', prompt: '谁拍板？', section: 's', options: [{ id: 'a', text: '局长', correct: true, feedback: fb }, { id: 'b', text: '主任', feedback: fb }, { id: 'c', text: '科员', feedback: fb }] }),
    QuestionSchema.parse({ id: 'q2', type: 'truefalse', prompt: '职务等于角色。', section: 's', answer: false, feedback: { true: fb, false: fb } }),
  ],
  scenarios: [deal],
};

/** A trainee's file: read the lesson, answered q1 and q2, played the deal along `path`. */
function trainee(name: string, q1: string, q2: boolean, path: number[], total: number) {
  let p = setDone(emptyProgress(), C, 'roles', true, 1);
  p = setAnswer(setAnswer(p, C, { lesson: 'roles' }, 'q1', q1), C, { lesson: 'roles' }, 'q2', q2);
  p = submitQuiz(p, C, { lesson: 'roles' }, q1 === 'a' && !q2 ? 100 : 50);
  p = finishScenario(p, C, 'deal', { path, scores: { roles: total }, total, ending: path[0] === 0 ? 'win' : 'lose', at: 1 });
  return { name: `${name}.json`, text: JSON.stringify(exportResults(p, new Date('2026-11-27T00:00:00Z'), name)) };
}

describe('aggregate (trainer dashboard)', () => {
  const good = trainee('王一', 'a', false, [0, 0], 3);
  const files = [
    good,
    trainee('李二', 'b', true, [1, 1], -1),
    trainee('赵三', 'b', false, [1, 0, 0], 1),
    { name: 'notes.txt', text: 'meeting notes' },
    { name: 'other.json', text: '{"format":"something-else"}' },
    { name: 'copy-of-wang.json', text: good.text },
    { name: 'broken.json', text: JSON.stringify({ ...JSON.parse(good.text), progress: { version: 2, courses: 'x' } }) },
    { name: 'empty.json', text: JSON.stringify(exportResults(emptyProgress(), new Date())) },
  ];
  const d = aggregate(files, input);

  it('loads the good files and names each bad one with why', () => {
    expect(d.trainees.map((t) => t.name)).toEqual(['王一', '李二', '赵三']);
    expect(d.rejected).toEqual([
      { file: 'notes.txt', error: 'not-json' },
      { file: 'other.json', error: 'foreign' },
      { file: 'copy-of-wang.json', error: 'duplicate:王一.json' },
      { file: 'broken.json', error: 'invalid:progress.courses' },
      { file: 'empty.json', error: 'other-course' },
    ]);
  });

  it('builds the class table', () => {
    expect(d.trainees[0]).toEqual({ file: '王一.json', name: '王一', origin: 'self-study', lessonsDone: 1, lessonsTotal: 1, minutes: 0, assessmentPassed: false, scenarios: { deal: 3 }, certificate: true, mapCompleted: false, maps: [] });
    expect(d.trainees[1]!.lessonsDone).toBe(0); // read, but the check (50%) not passed
  });

  it('shows who completed and who shared an account map, and only this course’s maps', () => {
    const mine = emptyMap(C, '某市数据局', 5, 'm1');
    const text = (extras: Parameters<typeof exportResults>[3]) => JSON.stringify(exportResults(JSON.parse(good.text).progress, new Date('2026-11-28T00:00:00Z'), '王一', extras));
    const [flagOnly, shared] = aggregate(
      [
        { name: 'flag.json', text: text({ accountMaps: { completed: { [C]: true } } }) },
        { name: 'shared.json', text: text({ accountMaps: { completed: { [C]: false }, maps: [mine, { ...mine, id: 'm2', course: 'other' }] } }) },
      ],
      input,
    ).trainees;
    expect(flagOnly).toMatchObject({ mapCompleted: true, maps: [] });
    expect(shared).toMatchObject({ mapCompleted: false, maps: [mine] });
  });

  it('computes each question’s difficulty and its most chosen wrong answer', () => {
    expect(d.questions).toEqual([
      { id: 'q1', prompt: '谁拍板？', answered: 3, correctShare: 1 / 3, commonWrong: { text: '主任', count: 2 } },
      { id: 'q2', prompt: '职务等于角色。', answered: 3, correctShare: 2 / 3, commonWrong: { text: 'true', count: 1 } },
    ]);
  });

  it('counts the choices taken at each decision point of each scenario', () => {
    expect(d.choices.deal).toEqual({ meet: { 0: 1, 1: 2 }, learned: { 0: 2 }, cold: { 1: 1, 0: 1 } });
  });

  it('copes with a large class', () => {
    const many = Array.from({ length: 300 }, (_, i) => trainee(`学员${i}`, i % 3 ? 'a' : 'c', i % 2 === 0, [0, 0], 3));
    const big = aggregate(many, input);
    expect(big.trainees).toHaveLength(300);
    expect(big.trainees.filter((t) => t.name === '学员299')).toHaveLength(1);
  });
});

describe('aggregate: a live class beside self-study', () => {
  const live = (name: string, q1: string, course = C) => ({
    name: `${name}.json`,
    text: JSON.stringify(exportResults(emptyProgress(), new Date('2026-11-29T00:00:00Z'), name, { origin: { kind: 'live', session: 's1', course, startedAt: '2026-11-29T00:00:00.000Z' }, live: { answers: { q1 }, votes: {}, responses: {} } })),
  });
  it('live participants get a row marked live, and their answers count in question difficulty', () => {
    const d = aggregate([trainee('王一', 'a', false, [0, 0], 3), live('课堂甲', 'b'), live('课堂乙', 'a'), live('别的课', 'a', 'other-course')], input);
    expect(d.trainees.map((r) => [r.name, r.origin])).toEqual([['王一', 'self-study'], ['课堂甲', 'live'], ['课堂乙', 'live']]);
    expect(d.rejected).toEqual([{ file: '别的课.json', error: 'other-course' }]);
    expect(d.questions.find((q) => q.id === 'q1')).toMatchObject({ answered: 3, commonWrong: { text: '主任', count: 1 } });
    expect(d.questions.find((q) => q.id === 'q1')!.correctShare).toBeCloseTo(2 / 3);
  });
});
