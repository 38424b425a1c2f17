/*
 * Item lint: warnings (never errors) about how question banks are written, from the
 * item-writing rules in docs/quiz-authoring.md. Each bank holds only a few items of a kind, so
 * the rules count over all banks of one course and language, and a rule judges only where
 * there are at least MIN_ITEMS items of its kind. Every warning names the file and the question.
 * Pure: the caller passes parsed banks.
 */
import type { Question } from '../../schemas/quiz.ts';

/** A parsed question bank and where it came from. */
export interface LintBank {
  /** The file, relative to the project root, e.g. `content/courses/customer-org/zh-CN/quizzes/roles.yaml`. */
  file: string;
  /** `<course>/<locale>`, e.g. `customer-org/zh-CN`: the group the rules count over. */
  group: string;
  questions: readonly Question[];
}

/** One warning; the same shape as a content-check problem, so it prints the same way. */
export interface ItemWarning {
  file: string;
  /** `questions[2] "roles-title-not-role"` */
  where: string;
  message: string;
}

/** A rule judges a course and language only when it has at least this many items of the kind. */
export const MIN_ITEMS = 4;
/** True/false keys: more than this share one way is a warning. */
export const TF_MAX_SHARE = 0.7;
/** Single choice: the key the longest option in more than this share of items is a warning. */
export const LONGEST_MAX_SHARE = 0.5;
/** Single choice: more than this share of keys in one position (as written) is a warning. */
export const POSITION_MAX_SHARE = 0.7;

/** Words that let a trainee guess a true/false key without knowing the matter ("只要…就" as a pair). */
export const ABSOLUTE_WORDS: readonly { word: string; pattern: RegExp }[] = [
  { word: '一定', pattern: /一定/ },
  { word: '总是', pattern: /总是/ },
  { word: '从不', pattern: /从不/ },
  { word: '必须', pattern: /必须/ },
  { word: '所有', pattern: /所有/ },
  { word: '只要…就', pattern: /只要[^。！？]*?就/ },
  { word: 'always', pattern: /\balways\b/i },
  { word: 'never', pattern: /\bnever\b/i },
  { word: 'only', pattern: /\bonly\b/i },
  { word: 'must', pattern: /\bmust\b/i },
  { word: 'all', pattern: /\ball\b/i },
];

/** The absolute words a statement uses, in list order. */
export const absoluteWordsIn = (text: string): string[] => ABSOLUTE_WORDS.filter((a) => a.pattern.test(text)).map((a) => a.word);

/** Length as a reader sees it: characters, not UTF-16 units. */
const len = (s: string) => [...s].length;

/** The key is strictly longer than every other option. */
export function keyIsLongest(options: readonly { text: string; correct: boolean }[]): boolean {
  const key = options.find((o) => o.correct);
  return !!key && options.every((o) => o === key || len(o.text) < len(key.text));
}

const pct = (share: number) => `${Math.round(share * 100)} %`;

interface Located<Q> { file: string; where: string; q: Q }

/** All warnings for the given banks: by course and language, then by rule, then in file order. */
export function lintItems(banks: readonly LintBank[]): ItemWarning[] {
  const groups = new Map<string, LintBank[]>();
  for (const b of banks) groups.set(b.group, [...(groups.get(b.group) ?? []), b]);
  return [...groups].flatMap(([group, list]) => lintGroup(group, list));
}

function lintGroup(group: string, banks: readonly LintBank[]): ItemWarning[] {
  const located = banks.flatMap((b) => b.questions.map((q, i) => ({ file: b.file, where: `questions[${i}] "${q.id}"`, q })));
  const tf = located.filter((x): x is Located<Extract<Question, { type: 'truefalse' }>> => x.q.type === 'truefalse');
  const single = located.filter((x): x is Located<Extract<Question, { type: 'single' }>> => x.q.type === 'single');
  const out: ItemWarning[] = [];
  const warn = (x: Located<unknown>, message: string) => out.push({ file: x.file, where: x.where, message });

  if (tf.length >= MIN_ITEMS) {
    const trues = tf.filter((x) => x.q.answer).length;
    for (const key of [true, false]) {
      const n = key ? trues : tf.length - trues;
      if (n / tf.length > TF_MAX_SHARE) {
        for (const x of tf.filter((x) => x.q.answer === key)) {
          warn(x, `the true/false key is ${key}, as in ${n} of ${tf.length} true/false questions of ${group} (more than ${pct(TF_MAX_SHARE)} one way): rewrite some statements so the keys balance`);
        }
      }
    }
    for (const x of tf) {
      const words = absoluteWordsIn(x.q.prompt);
      if (words.length) warn(x, `the true/false statement uses the absolute word ${words.map((w) => `"${w}"`).join(', ')}, which gives the key away: state the claim without it`);
    }
  }

  if (single.length >= MIN_ITEMS) {
    const longest = single.filter((x) => keyIsLongest(x.q.options));
    if (longest.length / single.length > LONGEST_MAX_SHARE) {
      for (const x of longest) {
        warn(x, `the key is the longest option, as in ${longest.length} of ${single.length} single-choice questions of ${group} (more than half): make the options alike in length`);
      }
    }
    const at = (x: Located<Extract<Question, { type: 'single' }>>) => x.q.options.findIndex((o) => o.correct);
    const byPosition = new Map<number, typeof single>();
    for (const x of single) byPosition.set(at(x), [...(byPosition.get(at(x)) ?? []), x]);
    for (const [position, list] of [...byPosition].sort((a, b) => a[0] - b[0])) {
      if (list.length / single.length > POSITION_MAX_SHARE) {
        for (const x of list) {
          warn(x, `the key is option ${position + 1} as written, as in ${list.length} of ${single.length} single-choice questions of ${group} (more than ${pct(POSITION_MAX_SHARE)} in one position): move some keys`);
        }
      }
    }
  }

  return out;
}
