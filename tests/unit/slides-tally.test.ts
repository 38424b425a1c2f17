import { describe, expect, it } from 'vitest';
import type { Question } from '../../src/schemas/quiz.ts';
import { addTally, nextRow, roomAnswer, shares, tallyModel } from '../../src/lib/slides/tally.ts';
import { step, newSession } from '../../src/lib/slides/session.ts';

const labels = { yes: '对', no: '错', position: (n: number) => `第 ${n} 步` };
const base = { prompt: '问', section: '节' };
const questions: Record<string, Question> = {
  single: { ...base, id: 's', type: 'single', options: [{ id: 'a', text: 'A', correct: false, feedback: 'fa' }, { id: 'b', text: 'B', correct: true, feedback: 'fb' }, { id: 'c', text: 'C', correct: false, feedback: 'fc' }] },
  truefalse: { ...base, id: 't', type: 'truefalse', answer: false, feedback: { true: 'ft', false: 'ff' } },
  ordering: { ...base, id: 'o', type: 'ordering', items: [{ id: 'x', text: '需求识别', feedback: '1' }, { id: 'y', text: '信息搜索', feedback: '2' }, { id: 'z', text: '评估方案', feedback: '3' }, { id: 'w', text: '采购决策', feedback: '4' }] },
  matching: { ...base, id: 'm', type: 'matching', pairs: [{ id: 'p', left: '局长', right: '决策者', feedback: '1' }, { id: 'q', left: '信息中心主任', right: '影响者', feedback: '2' }, { id: 'r', left: '窗口人员', right: '使用者', feedback: '3' }] },
  categorize: { ...base, id: 'c', type: 'categorize', categories: [{ id: 'gov', label: '政府' }, { id: 'soe', label: '国企' }], items: [{ id: 'i1', text: '局党组会', category: 'gov', feedback: '1' }, { id: 'i2', text: '总经理办公会', category: 'soe', feedback: '2' }, { id: 'i3', text: '董事会', category: 'soe', feedback: '3' }] },
};

describe('tallyModel: rows and options for every question type', () => {
  it.each<[string, number, number]>([
    ['single', 1, 3],
    ['truefalse', 1, 2],
    ['ordering', 4, 4],
    ['matching', 3, 3],
    ['categorize', 3, 2],
  ])('%s: %d rows of %d options, exactly one correct option per row (choice: as authored)', (type, rows, options) => {
    const m = tallyModel(questions[type]!, labels);
    expect(m.rows, type).toHaveLength(rows);
    for (const r of m.rows) {
      expect(r.options, `${type} ${r.label}`).toHaveLength(options);
      expect(r.options.filter((o) => o.correct), `${type} ${r.label}`).toHaveLength(1);
    }
  });

  it('ordering: rows never start in the right order, and each item’s right option is its position', () => {
    const m = tallyModel(questions.ordering!, labels);
    expect(m.rows.map((r) => r.label), 'shuffled away from the answer').not.toEqual(['需求识别', '信息搜索', '评估方案', '采购决策']);
    const at = Object.fromEntries(m.rows.map((r) => [r.label, r.options.find((o) => o.correct)!.text]));
    expect(at).toEqual({ 需求识别: '第 1 步', 信息搜索: '第 2 步', 评估方案: '第 3 步', 采购决策: '第 4 步' });
  });

  it('matching and categorize: each row’s right option is its partner or category; the order is the same every time', () => {
    const m = tallyModel(questions.matching!, labels);
    expect(Object.fromEntries(m.rows.map((r) => [r.label, r.options.find((o) => o.correct)!.text]))).toEqual({ 局长: '决策者', 信息中心主任: '影响者', 窗口人员: '使用者' });
    const c = tallyModel(questions.categorize!, labels);
    expect(Object.fromEntries(c.rows.map((r) => [r.label, r.options.find((o) => o.correct)!.text]))).toEqual({ 局党组会: '政府', 总经理办公会: '国企', 董事会: '国企' });
    expect(tallyModel(questions.categorize!, labels), 'same seed, same order').toEqual(c);
  });

  it('true/false offers 对 then 错, with the feedback for each', () => {
    expect(tallyModel(questions.truefalse!, labels).rows[0]!.options).toEqual([{ text: '对', correct: false, feedback: 'ft' }, { text: '错', correct: true, feedback: 'ff' }]);
  });
});

describe('counting per row', () => {
  it.each<[string, [number, number, number][], number[][]]>([
    ['one hand', [[0, 1, 1]], [[0, 1, 0]]],
    ['rows and options grow as needed', [[2, 0, 1]], [[], [], [1, 0, 0]]],
    ['never below zero', [[0, 0, -1]], [[0, 0, 0]]],
    ['never above 999', [[0, 0, 5000]], [[999, 0, 0]]],
    ['several', [[0, 2, 1], [0, 2, 1], [1, 0, 1], [0, 2, -1]], [[0, 0, 1], [1, 0, 0]]],
  ])('%s', (what, adds, expected) => expect(adds.reduce<number[][] | undefined>((c, [row, option, by]) => addTally(c, row, option, by, 3), undefined), what).toEqual(expected));

  it('does not change the counts it is given', () => {
    const before = [[1, 2, 3]];
    addTally(before, 0, 0, 1, 3);
    expect(before).toEqual([[1, 2, 3]]);
  });

  it.each<[string, number[][] | undefined, number[]]>([
    ['nobody yet', undefined, [0, 0, 0]],
    ['split', [[1, 3, 0]], [25, 75, 0]],
    ['rounded', [[1, 1, 1]], [33, 33, 33]],
  ])('shares: %s', (what, counts, expected) => expect(shares(counts, 0, 3), what).toEqual(expected));

  it('the room’s answer per row: the top option (none on a tie) and the share on the right one', () => {
    const m = tallyModel(questions.matching!, labels);
    const right = (r: number) => m.rows[r]!.options.findIndex((o) => o.correct);
    let c = addTally(undefined, 0, right(0), 3, 3);
    c = addTally(c, 0, (right(0) + 1) % 3, 1, 3);
    c = addTally(c, 1, 0, 2, 3);
    c = addTally(c, 1, 1, 2, 3);
    expect(roomAnswer(m, c)).toEqual([{ top: right(0), correctShare: 75 }, { top: null, correctShare: 50 }, { top: null, correctShare: 0 }]);
  });

  it.each<[number, number, number]>([[0, 1, 1], [2, 1, 0], [0, -1, 2]])('next row from %d by %d is %d (wrapping)', (row, by, expected) => expect(nextRow(tallyModel(questions.matching!, labels), row, by)).toBe(expected));

  it('the session keeps per-row counts and the row the keys count for', () => {
    let s = step(newSession(3), { type: 'tally', slide: 2, row: 1, option: 0, by: 2, options: 2 });
    s = step(s, { type: 'row', slide: 2, row: 1 });
    expect(s.tallies[2]).toEqual([[], [2, 0]]);
    expect(s.rows[2]).toBe(1);
  });
});
