import type { Answer } from '../../schemas/answer.ts';
import type { Question, QuestionType } from '../../schemas/quiz.ts';
import { scorm12Time, scorm2004Time } from './time.ts';

/*
 * What the LMS hears about answers and scenario plays, as cmi.interactions rows, in the formats of
 * SCORM 1.2 (RTE 3.4.2.6) and SCORM 2004 4th edition (RTE 4.2.9). Pure: the launch page sets the rows.
 */

export type ScormVersion = '1.2' | '2004';

/** A question reduced to what an interaction needs: its type and the right answer, in the shape of an answer. */
export interface AnswerKey {
  type: QuestionType;
  correct: Answer;
}

export function answerKey(q: Question): AnswerKey {
  switch (q.type) {
    case 'single': return { type: q.type, correct: q.options.find((o) => o.correct)!.id };
    case 'multiple': return { type: q.type, correct: q.options.filter((o) => o.correct).map((o) => o.id) };
    case 'truefalse': return { type: q.type, correct: q.answer };
    case 'ordering': return { type: q.type, correct: q.items.map((i) => i.id) };
    case 'matching': return { type: q.type, correct: Object.fromEntries(q.pairs.map((p) => [p.id, p.id])) };
    case 'categorize': return { type: q.type, correct: Object.fromEntries(q.items.map((i) => [i.id, i.category])) };
  }
}

export type InteractionType = 'choice' | 'true-false' | 'sequencing' | 'matching' | 'performance';

/** SCORM has no "categorize": sorting items into groups is matching item → group. */
export const INTERACTION_TYPE: Record<QuestionType, InteractionType> = {
  single: 'choice',
  multiple: 'choice',
  truefalse: 'true-false',
  ordering: 'sequencing',
  matching: 'matching',
  categorize: 'matching',
};

/** Length limits: identifiers 255 characters in 1.2 (CMIIdentifier) and 4000 in 2004 (long_identifier_type); responses 255 in 1.2 (CMIFeedback) and 4000 in 2004. */
export const LIMITS: Record<ScormVersion, { id: number; response: number }> = {
  '1.2': { id: 255, response: 255 },
  '2004': { id: 4000, response: 4000 },
};

const SEP: Record<ScormVersion, { list: string; pair: string }> = {
  '1.2': { list: ',', pair: '.' },
  '2004': { list: '[,]', pair: '[.]' },
};

/** FNV-1a, 32 bits, as 8 hex digits: a short fingerprint that keeps shortened ids apart. */
function fingerprint(text: string): string {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), 0x01000193);
  return (h >>> 0).toString(16).padStart(8, '0');
}

/** An identifier within `limit`: a longer one keeps its start and ends in "-" and a fingerprint of the whole. */
export const fitId = (id: string, limit: number) => (id.length <= limit ? id : `${id.slice(0, limit - 9)}-${fingerprint(id)}`);

/** Joins as many whole parts as fit in `limit` characters; a part is never cut. */
export function fitList(parts: readonly string[], sep: string, limit: number): string {
  let out = '';
  for (const part of parts) {
    const next = out ? out + sep + part : part;
    if (next.length > limit) break;
    out = next;
  }
  return out;
}

const isList = (a: Answer | undefined): a is string[] => Array.isArray(a) && a.every((x) => typeof x === 'string');
const isMap = (a: Answer | undefined): a is Record<string, string> => typeof a === 'object' && a !== null && !Array.isArray(a);

/**
 * An answer in SCORM's response format for its question type; '' when there is no answer of the
 * right shape (then the launch page writes no response at all: SCORM 2004 rejects an empty one).
 */
export function formatResponse(version: ScormVersion, type: QuestionType, a: Answer | undefined): string {
  const { list, pair } = SEP[version];
  const { response: limit } = LIMITS[version];
  switch (type) {
    case 'single':
      return typeof a === 'string' && a ? fitList([a], list, limit) : '';
    case 'multiple':
      // A set: sorted, so that the same choice always reads the same.
      return isList(a) ? fitList([...new Set(a)].sort(), list, limit) : '';
    case 'truefalse':
      if (typeof a !== 'boolean') return '';
      return version === '1.2' ? (a ? 't' : 'f') : String(a);
    case 'ordering':
      return isList(a) ? fitList(a, list, limit) : '';
    case 'matching':
    case 'categorize':
      return isMap(a) ? fitList(Object.keys(a).sort().filter((k) => a[k]).map((k) => `${k}${pair}${a[k]}`), list, limit) : '';
  }
}

/** Full credit, as src/lib/quiz/score.ts gives it: the same answer as the key (every pair, for matching). */
export function isRight(key: AnswerKey, a: Answer | undefined): boolean {
  const c = key.correct;
  switch (key.type) {
    case 'single':
    case 'truefalse':
      return a === c;
    case 'multiple':
      return isList(a) && isList(c) && new Set(a).size === c.length && c.every((x) => a.includes(x));
    case 'ordering':
      return isList(a) && isList(c) && a.length === c.length && c.every((x, i) => a[i] === x);
    case 'matching':
    case 'categorize':
      return isMap(a) && isMap(c) && Object.entries(c).every(([k, v]) => a[k] === v);
  }
}

/** One interaction, version-neutral apart from its formatted texts. */
export interface Interaction {
  id: string;
  type: InteractionType;
  /** The learner's response ('' for none). */
  response: string;
  /** The correct response pattern, if there is one. */
  correct?: string;
  result: 'correct' | 'wrong' | 'neutral' | 'unanticipated';
  /** Seconds from the attempt's start (its questions shown) to the answer's last change, when the record kept them. */
  latency?: number;
}

/**
 * A submitted answer as an interaction; `seconds`: its latency, from the record's answer times
 * (none for an answer given before the record kept times, or a question left unanswered).
 */
export function answerInteraction(version: ScormVersion, id: string, key: AnswerKey, a: Answer | undefined, seconds?: number): Interaction {
  return {
    id: fitId(id, LIMITS[version].id),
    type: INTERACTION_TYPE[key.type],
    response: formatResponse(version, key.type, a),
    correct: formatResponse(version, key.type, key.correct),
    result: isRight(key, a) ? 'correct' : 'wrong',
    ...(a !== undefined && Number.isInteger(seconds) && seconds! >= 0 ? { latency: seconds } : {}),
  };
}

export type Rating = 'good' | 'mixed' | 'poor';
const OUTCOME: Record<Rating, Interaction['result']> = { good: 'correct', mixed: 'neutral', poor: 'wrong' };

/**
 * A finished scenario play as a performance interaction: the response names the ending reached,
 * its rating, each dimension's score (in the scenario's order) and the total, as steps
 * ("ending.won,rating.good,roles.6,needs.-2,total.4" in 1.2); the result is the outcome: a good
 * ending is correct, a mixed one neutral, a poor one wrong; an ending the scenario no longer has is
 * unanticipated.
 */
export function scenarioInteraction(
  version: ScormVersion,
  id: string,
  play: { ending: string; scores: Record<string, number>; total: number },
  meta: { dimensions: readonly string[]; endings: Readonly<Record<string, Rating>> },
): Interaction {
  const { list, pair } = SEP[version];
  const rating = meta.endings[play.ending];
  const dims = [...meta.dimensions, ...Object.keys(play.scores).filter((d) => !meta.dimensions.includes(d)).sort()];
  const steps = [['ending', play.ending], ...(rating ? [['rating', rating]] : []), ...dims.map((d) => [d, String(play.scores[d] ?? 0)]), ['total', String(play.total)]];
  return {
    id: fitId(id, LIMITS[version].id),
    type: 'performance',
    response: fitList(steps.map(([k, v]) => `${k}${pair}${v}`), list, LIMITS[version].response),
    result: rating ? OUTCOME[rating] : 'unanticipated',
  };
}

/** The SetValue calls for interaction `n`, in the order SCORM needs (id and type first). */
export function interactionRows(version: ScormVersion, n: number, it: Interaction): [string, string][] {
  const at = `cmi.interactions.${n}`;
  const rows: [string, string][] = [[`${at}.id`, it.id], [`${at}.type`, it.type]];
  if (it.correct) rows.push([`${at}.correct_responses.0.pattern`, it.correct]);
  if (it.response) rows.push([`${at}.${version === '1.2' ? 'student_response' : 'learner_response'}`, it.response]);
  rows.push([`${at}.result`, version === '2004' && it.result === 'wrong' ? 'incorrect' : it.result]);
  // 1.2: CMITimespan (0000:00:42.00); 2004: an ISO 8601 duration (PT42S).
  if (it.latency !== undefined) rows.push([`${at}.latency`, version === '1.2' ? scorm12Time(it.latency) : scorm2004Time(it.latency)]);
  return rows;
}
