import { describe, expect, it } from 'vitest';
import { hash, random, shuffle, shuffleAway } from '../../src/lib/quiz/shuffle.ts';
import { correctAnswerText, presentationOrder } from '../../src/lib/quiz/present.ts';
import { QuestionSchema } from '../../src/schemas/quiz.ts';

const letters = ['a', 'b', 'c', 'd', 'e', 'f'];

describe('seeded shuffling', () => {
  it('is reproducible: the same seed gives the same order', () => {
    expect(shuffle(letters, 'seed-1')).toEqual(shuffle(letters, 'seed-1'));
    // Pinned: changing the algorithm would reshuffle every saved attempt's options.
    expect(shuffle(letters, 'seed-1')).toEqual(['b', 'a', 'd', 'f', 'c', 'e']);
  });
  it('is a permutation and leaves the input alone', () => {
    const input = [...letters];
    expect([...shuffle(input, 'x')].sort()).toEqual(letters);
    expect(input).toEqual(letters);
  });
  it('different seeds give different orders (over many seeds, nearly always)', () => {
    const orders = new Set(Array.from({ length: 50 }, (_, i) => shuffle(letters, `s${i}`).join('')));
    expect(orders.size).toBeGreaterThan(40);
  });
  it('spreads evenly: each item leads about equally often', () => {
    const lead = new Map<string, number>();
    for (let i = 0; i < 6000; i++) {
      const first = shuffle(letters, `run-${i}`)[0]!;
      lead.set(first, (lead.get(first) ?? 0) + 1);
    }
    for (const n of lead.values()) expect(n).toBeGreaterThan(850), expect(n).toBeLessThan(1150);
  });
  it('random() stays within [0, 1)', () => {
    const next = random('r');
    for (let i = 0; i < 1000; i++) {
      const x = next();
      expect(x >= 0 && x < 1).toBe(true);
    }
  });
  it('hash is a 32-bit unsigned number', () => {
    expect(hash('')).toBe(0x811c9dc5);
    expect(Number.isInteger(hash('客户组织特点')) && hash('客户组织特点') >= 0).toBe(true);
  });
  it('shuffleAway never returns the solved order', () => {
    for (let i = 0; i < 300; i++) expect(shuffleAway(['1', '2', '3'], `s${i}`)).not.toEqual(['1', '2', '3']);
    expect(shuffleAway(['only'], 's')).toEqual(['only']);
  });
});

describe('presentation', () => {
  const fb = 'f';
  const q = QuestionSchema.parse({ id: 'q1', type: 'ordering', prompt: 'p', section: 's', items: ['a', 'b', 'c', 'd'].map((id) => ({ id, text: id.toUpperCase(), feedback: fb })) });
  const tf = QuestionSchema.parse({ id: 'q2', type: 'truefalse', prompt: 'p', section: 's', answer: true, feedback: { true: fb, false: fb } });
  const cat = QuestionSchema.parse({ id: 'q3', type: 'categorize', prompt: 'p', section: 's', categories: [{ id: 'x', label: 'X' }, { id: 'y', label: 'Y' }], items: ['1', '2', '3'].map((id, i) => ({ id: `i${id}`, text: id, category: i ? 'y' : 'x', feedback: fb })) });

  it('orders depend on seed and question, and an ordering never starts solved', () => {
    expect(presentationOrder(q, 'k')).toEqual(presentationOrder(q, 'k'));
    for (let i = 0; i < 100; i++) expect(presentationOrder(q, `k${i}`)).not.toEqual(['a', 'b', 'c', 'd']);
  });
  it('true/false and categories keep their natural order', () => {
    expect(presentationOrder(tf, 'k')).toEqual([]);
    expect(presentationOrder(cat, 'k')).toEqual(['x', 'y']);
  });
  const multi = QuestionSchema.parse({ id: 'q4', type: 'multiple', prompt: 'p', section: 's', options: [{ id: 'a', text: 'A', correct: true, feedback: fb }, { id: 'b', text: 'B', correct: false, feedback: fb }, { id: 'c', text: 'C', correct: true, feedback: fb }, { id: 'd', text: 'D', correct: false, feedback: fb }] });
  const match = QuestionSchema.parse({ id: 'q5', type: 'matching', prompt: 'p', section: 's', pairs: [{ id: 'p1', left: 'L1', right: 'R1', feedback: fb }, { id: 'p2', left: 'L2', right: 'R2', feedback: fb }, { id: 'p3', left: 'L3', right: 'R3', feedback: fb }] });
  // The words come from the page's dictionary (quiz.true, quiz.false, punct.semicolon): the
  // library adds no punctuation of a language, so an English page never shows '；'.
  const zh = { yes: '对', no: '错', separator: '；' };
  const en = { yes: 'True', no: 'False', separator: '; ' };
  it.each([
    ['ordering, zh', q, zh, 'A → B → C → D'],
    ['true/false, zh', tf, zh, '对'],
    ['true/false, en', tf, en, 'True'],
    ['multiple choice, zh', multi, zh, 'A；C'],
    ['multiple choice, en', multi, en, 'A; C'],
    ['matching, en', match, en, 'L1 — R1; L2 — R2; L3 — R3'],
    ['categorize, zh', cat, zh, '1 — X；2 — Y；3 — Y'],
    ['categorize, en', cat, en, '1 — X; 2 — Y; 3 — Y'],
  ] as const)('states the correct answer in words: %s', (_, question, words, text) => {
    expect(correctAnswerText(question, words)).toBe(text);
  });
});
