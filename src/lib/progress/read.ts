import type { Progress } from '../../schemas/progress.ts';
import { PROGRESS_VERSION, emptyProgress } from './record.ts';

/*
 * Reads the stored record without zod: this runs on every lesson page, whose whole JavaScript
 * budget is 3 KB gzip, and zod/mini alone is 5.7 KB. `ProgressSchema` stays the type and the
 * oracle: tests/unit/progress-read.test.ts checks that both accept and reject the same records.
 * The readers below salvage: a bad lesson entry is dropped and named, the rest is kept.
 */

export type ReadOutcome =
  /** Nothing was stored: a new trainee. */
  | { status: 'empty'; progress: Progress }
  /** The record was valid as stored. */
  | { status: 'ok'; progress: Progress }
  /** An older version, converted; the original should be kept as a backup. */
  | { status: 'migrated'; progress: Progress; from: number }
  /** Parts could not be read and were dropped or ignored; `problems` says which. */
  | { status: 'recovered'; progress: Progress; problems: string[] }
  /** Nothing usable: starts afresh; `problems` says why. */
  | { status: 'reset'; progress: Progress; problems: string[] };

/** Converts a record of version `n` to version `n + 1`. */
export type Migration = (old: Record<string, unknown>) => Record<string, unknown>;

/** Real migrations, by the version they start from. */
export const MIGRATIONS: Readonly<Record<number, Migration>> = {
  // Version 2 added knowledge checks, the assessment and scenarios, all optional, so a version-1
  // record reads as it is. The bump is for older pages still open in another tab: they refuse a
  // newer record (keeping a backup) instead of reading it and writing it back without them.
  1: (v1) => v1,
  // Version 3 added answer times to quizzes (`startedAt`, `seconds`), optional: a record from
  // before has none, and none are invented; its answers simply report no latency to an LMS.
  2: (v2) => v2,
};

type Obj = Record<string, unknown>;
/** Returns the value when it fits, else pushes `"<path>: <what is wrong>"` and returns undefined. */
type Reader = (v: unknown, path: string, problems: string[]) => unknown;

const isObj = (v: unknown): v is Obj => typeof v === 'object' && v !== null && !Array.isArray(v);
const SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
const fail = (problems: string[], path: string, what: string) => void problems.push(`${path}: ${what}`);
const check = (test: (v: unknown) => boolean, what: string): Reader => (v, path, problems) => (test(v) ? v : fail(problems, path, what));

const whole = check((v) => Number.isInteger(v) && (v as number) >= 0, 'not a count');
const bool = check((v) => typeof v === 'boolean', 'not true/false');
const slug = check((v) => typeof v === 'string' && SLUG.test(v), 'not an id');
const text = check((v) => typeof v === 'string' && v.length <= 200, 'too long');
const percent = check((v) => Number.isInteger(v) && (v as number) >= 0 && (v as number) <= 100, 'not a percent');
const strings = (v: unknown) => Array.isArray(v) && v.every((x) => typeof x === 'string');
const ids = check(strings, 'not ids');
/** An answer: an id, true/false, a list of ids, or a map of ids to ids (see src/schemas/answer.ts). */
const answer = check((v) => typeof v === 'string' || typeof v === 'boolean' || strings(v) || (isObj(v) && Object.values(v).every((x) => typeof x === 'string')), 'not an answer');

/** An object with these fields (`?` after a name: optional); unknown fields are reported and left out. */
const object = (fields: Record<string, Reader>): Reader => (v, path, problems) => {
  if (!isObj(v)) return fail(problems, path, 'not an object');
  const out: Obj = {};
  for (const key of Object.keys(v)) if (!(key in fields) && !(key + '?' in fields)) fail(problems, `${path}.${key}`, 'unknown field');
  for (const [name, read] of Object.entries(fields)) {
    const key = name.replace('?', '');
    if (v[key] === undefined && name !== key) continue;
    const value = read(v[key], `${path}.${key}`, problems);
    if (value === undefined) return undefined;
    out[key] = value;
  }
  return out;
};

/** A map from ids (slugs, or any key when `anyKey`) to entries; entries that do not read are dropped, the others kept. */
const record = (entry: Reader, anyKey = false): Reader => (v, path, problems) => {
  if (!isObj(v)) return fail(problems, path, 'not an object');
  const out: Obj = {};
  for (const [id, item] of Object.entries(v)) {
    const value = (anyKey || slug(id, `${path}.${id}`, problems)) && entry(item, `${path}.${id}`, problems);
    if (value !== undefined) out[id] = value;
  }
  return out;
};

const ints = check((v) => Array.isArray(v) && v.every((x) => Number.isInteger(x) && x >= 0), 'not a path');
const int = check(Number.isInteger, 'not a number');
const result = object({ path: ints, scores: record(int, true), total: int, ending: text, at: whole });
const scenario = object({ 'current?': ints, attempts: whole, 'latest?': result, 'best?': result });
const quiz = object({ answers: record(answer, true), submitted: bool, attempts: whole, 'best?': percent, 'last?': percent, 'questions?': ids, 'previous?': ids, 'seed?': text, 'startedAt?': whole, 'seconds?': record(whole, true) });

const readCourses = record(
  object({
    lessons: record(object({ 'firstVisit?': whole, 'lastVisit?': whole, seconds: whole, done: bool, 'markedAt?': whole })),
    'last?': object({ lesson: slug, 'section?': text, at: whole }),
    'quizzes?': record(quiz),
    'assessment?': quiz,
    'scenarios?': record(scenario),
  }),
);

/** Applies migrations from `from` up to `to`; throws when a step is missing. */
export function migrate(data: Obj, from: number, to: number, migrations: Readonly<Record<number, Migration>> = MIGRATIONS): Obj {
  let out = data;
  for (let v = from; v < to; v++) {
    const step = migrations[v];
    if (!step) throw new Error(`no migration from version ${v}`);
    out = { ...step(out), version: v + 1 };
  }
  return out;
}

const reset = (problem: string): ReadOutcome => ({ status: 'reset', progress: emptyProgress(), problems: [problem] });

/** Parses what localStorage holds (null when nothing) into a usable record, never throwing. */
export function readProgress(raw: string | null, migrations: Readonly<Record<number, Migration>> = MIGRATIONS, current: number = PROGRESS_VERSION): ReadOutcome {
  if (!raw) return { status: 'empty', progress: emptyProgress() };
  let data: unknown;
  try {
    data = JSON.parse(raw);
  } catch {
    return reset('not JSON');
  }
  if (!isObj(data)) return reset('not an object');
  const from = data.version as number;
  if (!Number.isInteger(from) || from < 1) return reset('no version');
  if (from > current) return reset(`version: ${from} is newer than ${current}`);
  try {
    data = migrate(data, from, current, migrations);
  } catch (e) {
    return reset(`version: ${(e as Error).message}`);
  }
  const { version: _v, courses, ...extra } = data as Obj;
  const problems = Object.keys(extra).map((k) => `${k}: unknown field`);
  const progress = { version: PROGRESS_VERSION, courses: (readCourses(courses, 'courses', problems) ?? {}) as Progress['courses'] };
  if (problems.length) return { status: 'recovered', progress, problems };
  return from < current ? { status: 'migrated', progress, from } : { status: 'ok', progress };
}
