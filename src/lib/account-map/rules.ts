import type { AccountMap, MapPerson } from '../../schemas/account-map.ts';
import { CORE_ROLES, type Role } from '../diagrams/roles.ts';
import { ACCOUNT_MAPS_FORMAT, ACCOUNT_MAPS_VERSION, LIMITS } from '../../schemas/account-map-vocabulary.ts';

/*
 * The account map's rules, pure and zod-free (the page loads them before any import): what
 * "completed" means, which gaps a map has, and the changes the page makes (new, duplicate,
 * rename, delete, merge).
 */

export { ACCOUNT_MAPS_FORMAT, ACCOUNT_MAPS_VERSION, LIMITS };

/** People with at least one role that a completed map needs. */
export const MIN_PEOPLE = 4;

/** The capstone rule: a type, a stage, at least 4 people with roles, a discovery plan and next actions. */
export function isCompleted(m: AccountMap): boolean {
  return (
    m.orgType !== '' &&
    m.stage !== '' &&
    m.people.filter((p) => p.roles.length > 0).length >= MIN_PEOPLE &&
    m.discovery.some((d) => d.method !== '' && d.learn.trim() !== '') &&
    m.next.some((n) => n.text.trim() !== '')
  );
}

/** Per course: whether the trainee has at least one completed map (always in the results export). */
export function completedByCourse(maps: readonly AccountMap[]): Record<string, boolean> {
  const out: Record<string, boolean> = {};
  for (const m of maps) out[m.course] = (out[m.course] ?? false) || isCompleted(m);
  return out;
}

/** What the map does not show yet; each kind has a coaching prompt and a lesson section in the course's account-map.yaml. */
export type Gap =
  | { kind: 'no-type' }
  | { kind: 'no-stage' }
  /** A core role (decider, influencer, user, buyer) nobody holds. */
  | { kind: 'missing-role'; role: Role }
  /** Nobody in a core role was contacted within the stale window (or ever). */
  | { kind: 'stale-role'; role: Role; days: number }
  | { kind: 'no-discovery' }
  | { kind: 'no-next' };

const DAY = 86_400_000;
/** Whole days from a YYYY-MM-DD day to `today` (also YYYY-MM-DD); Infinity when the day is empty. */
export const daysSince = (day: string, today: string) => (day ? Math.round((Date.parse(today) - Date.parse(day)) / DAY) : Infinity);

/** The gaps of a map on `today` (YYYY-MM-DD), in the order a seller should close them. */
export function findGaps(m: AccountMap, today: string, staleDays = 60): Gap[] {
  const gaps: Gap[] = [];
  if (!m.orgType) gaps.push({ kind: 'no-type' });
  if (!m.stage) gaps.push({ kind: 'no-stage' });
  for (const role of CORE_ROLES) {
    const holders = m.people.filter((p) => p.roles.includes(role));
    if (!holders.length) gaps.push({ kind: 'missing-role', role });
    else if (holders.every((p) => daysSince(p.lastContact, today) > staleDays)) gaps.push({ kind: 'stale-role', role, days: staleDays });
  }
  if (!m.discovery.some((d) => d.method && d.learn.trim())) gaps.push({ kind: 'no-discovery' });
  if (!m.next.some((n) => n.text.trim())) gaps.push({ kind: 'no-next' });
  return gaps;
}

/** A short random id; `Math.random` is enough to tell a trainee's maps apart. */
export const newId = (prefix: string) => `${prefix}-${Date.now().toString(36)}-${Math.random().toString(36).slice(2, 7)}`;

/** An empty map for a course. */
export function emptyMap(course: string, name: string, now: number, id = newId('map')): AccountMap {
  return { id, course, name, updatedAt: now, orgType: '', traits: [], stage: '', approvals: [], people: [], factors: {}, discovery: [], compliance: { method: '', checks: [], note: '' }, next: [] };
}

/** An empty person. */
export const emptyPerson = (alias: string, id = newId('p')): MapPerson => ({ id, alias, title: '', roles: [], influence: 3, cares: '', lastContact: '' });

/** Replaces the map with the same id (or adds it), stamping the time. */
export const putMap = (maps: readonly AccountMap[], m: AccountMap, now: number): AccountMap[] => {
  const next = { ...m, updatedAt: now };
  return maps.some((x) => x.id === m.id) ? maps.map((x) => (x.id === m.id ? next : x)) : [...maps, next];
};

/** A copy of a map under a new id and name, placed after the original. */
export function duplicateMap(maps: readonly AccountMap[], id: string, name: string, now: number, newMapId = newId('map')): AccountMap[] {
  const i = maps.findIndex((m) => m.id === id);
  if (i < 0) return [...maps];
  const copy = { ...structuredClone(maps[i]!), id: newMapId, name, updatedAt: now };
  return [...maps.slice(0, i + 1), copy, ...maps.slice(i + 1)];
}

export const renameMap = (maps: readonly AccountMap[], id: string, name: string, now: number): AccountMap[] =>
  maps.map((m) => (m.id === id ? { ...m, name: name.trim().slice(0, LIMITS.name) || m.name, updatedAt: now } : m));

export const deleteMap = (maps: readonly AccountMap[], id: string): AccountMap[] => maps.filter((m) => m.id !== id);

/** What an import would do: maps it adds, maps it replaces (newer), and maps it leaves alone (same or older). */
export interface MergePlan {
  added: AccountMap[];
  replaced: AccountMap[];
  kept: AccountMap[];
}

/** Merges imported maps by id: a new id is added, a newer copy replaces the stored one, an older or equal copy is ignored. */
export function planMerge(stored: readonly AccountMap[], incoming: readonly AccountMap[]): MergePlan {
  const plan: MergePlan = { added: [], replaced: [], kept: [] };
  const seen = new Set<string>();
  for (const m of incoming) {
    if (seen.has(m.id)) continue;
    seen.add(m.id);
    const mine = stored.find((x) => x.id === m.id);
    if (!mine) plan.added.push(m);
    else if (m.updatedAt > mine.updatedAt) plan.replaced.push(m);
    else plan.kept.push(m);
  }
  return plan;
}

export function applyMerge(stored: readonly AccountMap[], plan: MergePlan): AccountMap[] {
  const replace = new Map(plan.replaced.map((m) => [m.id, m]));
  return [...stored.map((m) => replace.get(m.id) ?? m), ...plan.added].slice(0, LIMITS.maps);
}

/** A copy of a map (the worked example, a trainer's shared map) as a new map of the trainee's. */
export const copyAsNew = (m: AccountMap, name: string, now: number, id = newId('map')): AccountMap => ({ ...structuredClone(m), id, name, updatedAt: now });

/** The file for one map or all (made without zod; reading one back needs file.ts). */
export const exportMaps = (maps: readonly AccountMap[], now: Date) => ({ format: ACCOUNT_MAPS_FORMAT, version: ACCOUNT_MAPS_VERSION, exportedAt: now.toISOString(), maps: [...maps] });
