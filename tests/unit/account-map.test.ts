import { describe, expect, it } from 'vitest';
import { AccountMapsSchema, type AccountMap } from '../../src/schemas/account-map.ts';
import { CompletedAccountMapSchema } from '../../src/lib/account-map/file.ts';
import { readAccountMaps } from '../../src/lib/account-map/read.ts';
import { applyMerge, exportMaps, completedByCourse, deleteMap, duplicateMap, emptyMap, emptyPerson, findGaps, isCompleted, planMerge, renameMap } from '../../src/lib/account-map/rules.ts';
import { ACCOUNT_MAPS_BACKUP_PREFIX, ACCOUNT_MAPS_KEY, commitMaps, loadMaps } from '../../src/lib/account-map/storage.ts';
import { parseMapsFile } from '../../src/lib/account-map/file.ts';

const person = (alias: string, roles: AccountMap['people'][number]['roles'], lastContact = '2026-11-01') => ({ ...emptyPerson(alias, `p-${alias}`), roles, lastContact });
const full: AccountMap = {
  ...emptyMap('customer-org', 'Energy SOE', 1000, 'map-a'),
  orgType: 'soe', traits: ['leader-driven'], stage: 'decision', approvals: ['GM office meeting', 'Board'],
  people: [person('GM', ['decider'], '2026-11-20'), person('IT dept', ['influencer']), person('Plant staff', ['user']), person('Procurement centre', ['buyer']), { ...person('Office', ['gatekeeper']), stance: 'neutral' }],
  factors: { culture: 'collective decisions' },
  discovery: [{ method: 'interview', learn: 'pain points', from: 'plant staff', by: '2026-12-10' }],
  compliance: { method: 'enterprise-rules', checks: ['no-splitting'], note: '' },
  next: [{ text: 'Prepare meeting material', by: '' }],
};
const store = (maps: unknown[]) => JSON.stringify({ version: 1, maps });

describe('readAccountMaps agrees with AccountMapsSchema', () => {
  it.each([
    ['nothing stored', null, 'empty'],
    ['no maps yet', store([]), 'ok'],
    ['a full map', store([full]), 'ok'],
    ['an empty map', store([emptyMap('customer-org', 'New', 1, 'm1')]), 'ok'],
  ])('reads %s as %s', (_, raw, status) => {
    const out = readAccountMaps(raw);
    expect(out.status).toBe(status);
    if (raw) {
      expect(AccountMapsSchema.safeParse(JSON.parse(raw)).success).toBe(true);
      expect(out.store).toEqual(JSON.parse(raw));
    }
  });

  it.each([
    ['junk', '{"version":1,', 'not JSON'],
    ['a list', '[]', 'not an object'],
    ['no version', JSON.stringify({ maps: [] }), 'no version'],
    ['another version', JSON.stringify({ version: 2, maps: [] }), 'version: 2 is not 1'],
  ])('starts afresh on %s and says why', (_, raw, problem) => {
    expect(readAccountMaps(raw)).toEqual({ status: 'reset', store: { version: 1, maps: [] }, problems: [problem] });
  });

  const bad = (change: Record<string, unknown>) => ({ ...full, id: 'map-bad', ...change });
  it.each([
    ['a map without a name', bad({ name: '' }), 'maps[1].name: not a name'],
    ['a map whose stage is a number', bad({ stage: 3 }), 'maps[1].stage: not an id'],
    ['a map of a course id with capitals', bad({ course: 'Customer' }), 'maps[1].course: not an id'],
    ['a map without people', bad({ people: undefined }), 'maps[1].people: not a list'],
    ['a map with a second copy of an id', { ...full }, 'maps "map-a": id used twice'],
  ])('drops %s, keeps the rest, and names it', (_, map, problem) => {
    const raw = store([full, map]);
    const out = readAccountMaps(raw);
    expect(out).toEqual({ status: 'recovered', store: { version: 1, maps: [full] }, problems: [problem] });
    expect(AccountMapsSchema.safeParse(JSON.parse(raw)).success).toBe(false);
  });

  it.each([
    ['influence 9', { influence: 9 }, 'maps[0].people[5].influence: not 1 to 5'],
    ['an unknown role', { roles: ['boss'] }, 'maps[0].people[5].roles: not roles'],
    ['a stance of "friend"', { stance: 'friend' }, 'maps[0].people[5].stance: not a stance'],
    ['a last contact of "yesterday"', { lastContact: 'yesterday' }, 'maps[0].people[5].lastContact: not a date'],
  ])('drops a person with %s and keeps the map', (_, change, problem) => {
    const raw = store([{ ...full, people: [...full.people, { ...person('X', ['user']), ...change }] }]);
    const out = readAccountMaps(raw);
    expect(out).toEqual({ status: 'recovered', store: { version: 1, maps: [full] }, problems: [problem] });
    expect(AccountMapsSchema.safeParse(JSON.parse(raw)).success).toBe(false);
  });

  it('reports unknown fields and leaves them out', () => {
    const out = readAccountMaps(JSON.stringify({ version: 1, maps: [{ ...full, colour: 'red' }], extra: 1 }));
    expect(out).toEqual({ status: 'recovered', store: { version: 1, maps: [full] }, problems: ['extra: unknown field', 'maps[0].colour: unknown field'] });
  });
});

describe('the capstone rule', () => {
  const few = { ...full, people: full.people.slice(0, 3) };
  const roleless = { ...full, people: full.people.map((p, i) => (i < 2 ? { ...p, roles: [] } : p)) };
  it.each([
    ['a full map', full, true],
    ['no type', { ...full, orgType: '' }, false],
    ['no stage', { ...full, stage: '' }, false],
    ['three people', few, false],
    ['five people, two without a role', roleless, false],
    ['a discovery step without a method', { ...full, discovery: [{ ...full.discovery[0]!, method: '' }] }, false],
    ['no discovery plan', { ...full, discovery: [] }, false],
    ['a blank next action', { ...full, next: [{ text: '  ', by: '' }] }, false],
  ])('%s: completed is %s, as the schema says', (_, map, completed) => {
    expect(isCompleted(map as AccountMap)).toBe(completed);
    expect(CompletedAccountMapSchema.safeParse(map).success).toBe(completed);
  });

  it('flags each course with at least one completed map', () => {
    expect(completedByCourse([{ ...full, orgType: '' }, { ...full, course: 'other' }])).toEqual({ 'customer-org': false, other: true });
    expect(completedByCourse([{ ...full, orgType: '' }, full])).toEqual({ 'customer-org': true });
    expect(completedByCourse([])).toEqual({});
  });
});

describe('findGaps', () => {
  const today = '2026-11-30';
  it.each([
    ['a full map with recent contacts', full, []],
    ['an empty map', emptyMap('c', 'n', 0, 'm'), ['no-type', 'no-stage', 'missing-role:decider', 'missing-role:influencer', 'missing-role:user', 'missing-role:buyer', 'no-discovery', 'no-next']],
    ['no decider', { ...full, people: full.people.slice(1) }, ['missing-role:decider']],
    ['users last seen 61 days ago', { ...full, people: full.people.map((p) => (p.roles.includes('user') ? { ...p, lastContact: '2026-09-30' } : p)) }, ['stale-role:user']],
    ['users seen exactly 60 days ago', { ...full, people: full.people.map((p) => (p.roles.includes('user') ? { ...p, lastContact: '2026-10-01' } : p)) }, []],
    ['a user never contacted', { ...full, people: full.people.map((p) => (p.roles.includes('user') ? { ...p, lastContact: '' } : p)) }, ['stale-role:user']],
    ['one of two users in touch', { ...full, people: [...full.people, person('Old user', ['user'], '2025-01-01')] }, []],
    ['the decider also the buyer', { ...full, people: [{ ...full.people[0]!, roles: ['decider', 'buyer'] }, ...full.people.slice(1, 3)] }, []],
  ])('%s', (_, map, kinds) => {
    expect(findGaps(map as AccountMap, today).map((g) => ('role' in g ? `${g.kind}:${g.role}` : g.kind))).toEqual(kinds);
  });
});

describe('new, duplicate, rename, delete, merge', () => {
  const other = emptyMap('customer-org', 'Bureau', 5, 'map-b');
  it('duplicates after the original, under a new id, deeply copied', () => {
    const out = duplicateMap([full, other], 'map-a', 'Copy', 9, 'map-c');
    expect(out.map((m) => m.id)).toEqual(['map-a', 'map-c', 'map-b']);
    expect(out[1]).toEqual({ ...full, id: 'map-c', name: 'Copy', updatedAt: 9 });
    expect(out[1]!.people).not.toBe(full.people);
    expect(duplicateMap([full], 'none', 'x', 1)).toEqual([full]);
  });
  it.each([
    ['a new name', 'Grid Co', 'Grid Co'],
    ['a name with spaces around', '  Grid  ', 'Grid'],
    ['a blank name, which keeps the old one', '   ', 'Energy SOE'],
  ])('renames to %s', (_, name, shown) => {
    expect(renameMap([full], 'map-a', name, 7)[0]).toMatchObject({ name: shown, updatedAt: 7 });
  });
  it('deletes by id', () => expect(deleteMap([full, other], 'map-a')).toEqual([other]));

  it.each([
    ['a new map', [other], { added: ['map-b'], replaced: [], kept: [] }, ['map-a', 'map-b']],
    ['a newer copy', [{ ...full, name: 'Newer', updatedAt: 2000 }], { added: [], replaced: ['map-a'], kept: [] }, ['map-a']],
    ['an older copy', [{ ...full, name: 'Older', updatedAt: 10 }], { added: [], replaced: [], kept: ['map-a'] }, ['map-a']],
    ['the same map twice in one file', [other, { ...other, name: 'again' }], { added: ['map-b'], replaced: [], kept: [] }, ['map-a', 'map-b']],
  ])('merging %s', (_, incoming, plan, ids) => {
    const p = planMerge([full], incoming);
    expect({ added: p.added.map((m) => m.id), replaced: p.replaced.map((m) => m.id), kept: p.kept.map((m) => m.id) }).toEqual(plan);
    const merged = applyMerge([full], p);
    expect(merged.map((m) => m.id)).toEqual(ids);
    if (plan.replaced.length) expect(merged[0]!.name).toBe('Newer');
    else expect(merged[0]!.name).toBe('Energy SOE');
  });
});

describe('storage', () => {
  const fake = (init: Record<string, string> = {}) => {
    const m = new Map(Object.entries(init));
    return { m, getItem: (k: string) => m.get(k) ?? null, setItem: (k: string, v: string) => void m.set(k, v) };
  };
  it('keeps a backup of a damaged store before dropping anything, never overwriting an earlier one', () => {
    const raw = store([full, { ...full, id: 'x', name: '' }]);
    const s = fake({ [ACCOUNT_MAPS_KEY]: raw, [`${ACCOUNT_MAPS_BACKUP_PREFIX}5`]: 'older' });
    const { outcome, backupKey } = loadMaps(s, 5);
    expect(outcome.status).toBe('recovered');
    expect(backupKey).toBe(`${ACCOUNT_MAPS_BACKUP_PREFIX}5+`);
    expect(s.m.get(backupKey!)).toBe(raw);
    expect(s.m.get(`${ACCOUNT_MAPS_BACKUP_PREFIX}5`)).toBe('older');
    expect(JSON.parse(s.m.get(ACCOUNT_MAPS_KEY)!)).toEqual({ version: 1, maps: [full] });
  });
  it('drops nothing when the backup cannot be written', () => {
    const s = { getItem: (k: string) => (k === ACCOUNT_MAPS_KEY ? 'junk' : null), setItem: () => { throw new Error('full'); } };
    expect(loadMaps(s, 1)).toEqual({ outcome: expect.objectContaining({ status: 'reset' }) });
  });
  it('leaves a good store alone', () => {
    const s = fake({ [ACCOUNT_MAPS_KEY]: store([full]) });
    expect(loadMaps(s, 1)).toEqual({ outcome: { status: 'ok', store: { version: 1, maps: [full] } } });
    expect(s.m.size).toBe(1);
  });
  it('applies a change to what another tab stored, not to this tab’s copy', () => {
    const s = fake({ [ACCOUNT_MAPS_KEY]: store([full]) });
    const out = commitMaps(s, { version: 1, maps: [] }, (maps) => [...maps, emptyMap('c', 'n', 1, 'm2')]);
    expect(out.maps.map((m) => m.id)).toEqual(['map-a', 'm2']);
    expect(JSON.parse(s.m.get(ACCOUNT_MAPS_KEY)!)).toEqual(out);
  });
});

describe('account-map files', () => {
  const file = (v: unknown) => JSON.stringify(v);
  it('round-trips one map or all', () => {
    const text = file(exportMaps([full], new Date(0)));
    expect(parseMapsFile(text)).toEqual({ ok: true, maps: [full] });
  });
  it.each([
    ['not JSON', '{', 'not-json'],
    ['another JSON', file({ format: 'x' }), 'foreign'],
    ['a newer file', file({ ...exportMaps([], new Date(0)), version: 3 }), 'newer'],
    ['a person with influence 0', file(exportMaps([{ ...full, people: [{ ...full.people[0]!, influence: 0 }] }], new Date(0))), 'invalid:maps.0.people.0.influence'],
    ['two maps with one id', file(exportMaps([full, full], new Date(0))), 'invalid:maps.1.id'],
  ])('refuses %s', (_, text, error) => expect(parseMapsFile(text)).toEqual({ ok: false, error }));
});
