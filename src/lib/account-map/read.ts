import type { AccountMap, AccountMaps } from '../../schemas/account-map.ts';
import { ROLES, STANCES } from '../diagrams/roles.ts';
import { ACCOUNT_MAPS_VERSION, LIMITS } from './rules.ts';

/*
 * Reads the stored maps without zod, as src/lib/progress/read.ts reads progress: the account-map
 * page must stay under 20 KB of JavaScript before an import. AccountMapsSchema is the oracle
 * (tests/unit/account-map-read.test.ts checks that both accept the same stores). It salvages: a
 * map, person, plan step or action that does not read is dropped and named; the rest is kept.
 */

export type MapsOutcome =
  | { status: 'empty'; store: AccountMaps }
  | { status: 'ok'; store: AccountMaps }
  /** Parts could not be read and were dropped; `problems` says which. */
  | { status: 'recovered'; store: AccountMaps; problems: string[] }
  /** Nothing usable; `problems` says why. */
  | { status: 'reset'; store: AccountMaps; problems: string[] };

type Obj = Record<string, unknown>;
type Reader = (v: unknown, path: string, problems: string[]) => unknown;

export const emptyMaps = (): AccountMaps => ({ version: ACCOUNT_MAPS_VERSION, maps: [] });

const isObj = (v: unknown): v is Obj => typeof v === 'object' && v !== null && !Array.isArray(v);
const SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
const DAY = /^\d{4}-\d{2}-\d{2}$/;
const fail = (problems: string[], path: string, what: string) => void problems.push(`${path}: ${what}`);
const check = (test: (v: unknown) => boolean, what: string): Reader => (v, path, problems) => (test(v) ? v : fail(problems, path, what));
const str = (max: number, min = 0) => (v: unknown) => typeof v === 'string' && v.length >= min && v.length <= max;

const text = check(str(LIMITS.text), 'not a text');
const name = check(str(LIMITS.name, 1), 'not a name');
const id = check(str(LIMITS.id, 1), 'not an id');
const optId = check(str(LIMITS.id), 'not an id');
const day = check((v) => v === '' || (typeof v === 'string' && DAY.test(v)), 'not a date');
const slug = check((v) => typeof v === 'string' && SLUG.test(v), 'not an id');
const time = check((v) => Number.isInteger(v) && (v as number) >= 0, 'not a time');
const influence = check((v) => Number.isInteger(v) && (v as number) >= 1 && (v as number) <= 5, 'not 1 to 5');
const roles = check((v) => Array.isArray(v) && v.length <= ROLES.length && v.every((r) => (ROLES as readonly unknown[]).includes(r)), 'not roles');
const stance = check((v) => (STANCES as readonly unknown[]).includes(v), 'not a stance');
const ids = check((v) => Array.isArray(v) && v.length <= LIMITS.list && v.every((x) => str(LIMITS.id, 1)(x)), 'not ids');
const texts = check((v) => Array.isArray(v) && v.length <= LIMITS.list && v.every((x) => str(LIMITS.text)(x)), 'not texts');
const factors = check((v) => isObj(v) && Object.entries(v).every(([k, x]) => str(LIMITS.id, 1)(k) && str(LIMITS.text)(x)), 'not factors');

/** An object with these fields (`?` after a name: optional); unknown fields are reported and left out. */
const object = (fields: Record<string, Reader>): Reader => (v, path, problems) => {
  if (!isObj(v)) return fail(problems, path, 'not an object');
  const out: Obj = {};
  for (const key of Object.keys(v)) if (!(key in fields) && !(key + '?' in fields)) fail(problems, `${path}.${key}`, 'unknown field');
  for (const [field, read] of Object.entries(fields)) {
    const key = field.replace('?', '');
    if (v[key] === undefined && field !== key) continue;
    const value = read(v[key], `${path}.${key}`, problems);
    if (value === undefined) return undefined;
    out[key] = value;
  }
  return out;
};

/** A list whose entries that do not read are dropped, the others kept. */
const list = (entry: Reader, max: number): Reader => (v, path, problems) => {
  if (!Array.isArray(v)) return fail(problems, path, 'not a list');
  const out: unknown[] = [];
  v.forEach((item, i) => {
    if (out.length >= max) return fail(problems, `${path}[${i}]`, 'too many');
    const value = entry(item, `${path}[${i}]`, problems);
    if (value !== undefined) out.push(value);
  });
  return out;
};

const person = object({ id, alias: name, title: text, roles, 'stance?': stance, influence, cares: text, lastContact: day });
const step = object({ method: optId, learn: text, from: text, by: day });
const action = object({ text, by: day });
const map = object({
  id, course: slug, name, updatedAt: time, orgType: optId, traits: ids, stage: optId, approvals: texts,
  people: list(person, LIMITS.people), factors, discovery: list(step, LIMITS.list),
  compliance: object({ method: optId, checks: ids, note: text }), next: list(action, LIMITS.list),
});
/** The maps; a second map with an id already read is dropped, since maps merge by id. */
const maps: Reader = (v, path, problems) => {
  const read = list(map, LIMITS.maps)(v, path, problems) as AccountMap[] | undefined;
  if (!read) return undefined;
  const seen = new Set<string>();
  return read.filter((m) => (seen.has(m.id) ? fail(problems, `${path} "${m.id}"`, 'id used twice') : seen.add(m.id)));
};

const reset = (problem: string): MapsOutcome => ({ status: 'reset', store: emptyMaps(), problems: [problem] });

/** Reads one map, as the page does for the worked example and a trainer does for a shared map; undefined when it does not read. */
export function readMap(v: unknown, problems: string[] = []): AccountMap | undefined {
  return map(v, 'map', problems) as AccountMap | undefined;
}

/** Parses what localStorage holds (null when nothing) into usable maps, never throwing. */
export function readAccountMaps(raw: string | null): MapsOutcome {
  if (!raw) return { status: 'empty', store: emptyMaps() };
  let data: unknown;
  try {
    data = JSON.parse(raw);
  } catch {
    return reset('not JSON');
  }
  if (!isObj(data)) return reset('not an object');
  if (data.version !== ACCOUNT_MAPS_VERSION) return reset(Number.isInteger(data.version) ? `version: ${String(data.version)} is not ${ACCOUNT_MAPS_VERSION}` : 'no version');
  const { version: _v, maps: stored, ...extra } = data;
  const problems = Object.keys(extra).map((k) => `${k}: unknown field`);
  const store = { version: ACCOUNT_MAPS_VERSION, maps: (maps(stored, 'maps', problems) ?? []) as AccountMap[] } as AccountMaps;
  return problems.length ? { status: 'recovered', store, problems } : { status: 'ok', store };
}
