import { z } from './zod.ts';
import { SlugSchema } from './course.ts';
import { ACCOUNT_MAPS_FORMAT, ACCOUNT_MAPS_VERSION, LIMITS, ROLES, STANCES } from './account-map-vocabulary.ts';

/*
 * A trainee's map of one real customer, built with the course's frameworks. The browser reads the
 * stored maps with the zod-free reader in src/lib/account-map/read.ts (the page's JavaScript budget
 * has no room for zod); these schemas are the type, the import check and that reader's test oracle.
 * Ids of types, traits, stages, factors and methods are the course's, from its account-map.yaml.
 */

const Text = z.string().max(LIMITS.text);
const Id = z.string().min(1).max(LIMITS.id);
/** A calendar date, YYYY-MM-DD, or empty when not known. */
const Day = z.union([z.literal(''), z.string().regex(/^\d{4}-\d{2}-\d{2}$/)]);

/** Someone in the customer's buying centre. */
export const MapPersonSchema = z
  .object({
    /** Stable within the map. */
    id: Id,
    /** An alias is fine: "IT head", "Mr W.". */
    alias: z.string().min(1).max(LIMITS.name),
    /** Job title, as the customer uses it. */
    title: Text,
    /** Buying roles in this purchase, the main one first. */
    roles: z.array(z.enum(ROLES)).max(ROLES.length),
    /** Supporter, neutral or sceptic; missing while not known. */
    stance: z.enum(STANCES).optional(),
    /** 1 (little) to 5 (decisive). */
    influence: z.number().int().min(1).max(5),
    /** What this person cares about. */
    cares: Text,
    /** Day of the last contact, or empty. */
    lastContact: Day,
  })
  .strict();

/** One step of the discovery plan: which method, to learn what, from whom, by when. */
export const DiscoveryStepSchema = z.object({ /** A method id of the course. */ method: z.string().max(LIMITS.id), /** What to find out. */ learn: Text, /** From whom or where. */ from: Text, /** By when (YYYY-MM-DD or empty). */ by: Day }).strict();

/** A next action and its date. */
export const NextActionSchema = z.object({ /** What to do. */ text: Text, /** By when (YYYY-MM-DD or empty). */ by: Day }).strict();

export const AccountMapSchema = z
  .object({
    /** Unique among the trainee's maps (and across devices: merged by it). */
    id: Id,
    /** The course whose frameworks the map uses. */
    course: SlugSchema,
    /** The account's name as the trainee wants it shown. */
    name: z.string().min(1).max(LIMITS.name),
    /** When last changed, ms since 1970: the newer copy wins a merge. */
    updatedAt: z.number().int().nonnegative(),
    /** Organization type id, or empty. */
    orgType: z.string().max(LIMITS.id),
    /** Ids of the type's traits the trainee has confirmed for this customer. */
    traits: z.array(Id).max(LIMITS.list),
    /** Decision stage id, or empty. */
    stage: z.string().max(LIMITS.id),
    /** The approval levels still ahead, in order (meetings, bodies, people). */
    approvals: z.array(Text).max(LIMITS.list),
    people: z.array(MapPersonSchema).max(LIMITS.people),
    /** Factor id → what the trainee sees of it at this customer. */
    factors: z.record(Id, Text),
    discovery: z.array(DiscoveryStepSchema).max(LIMITS.list),
    compliance: z
      .object({
        /** Procurement method id, or empty while unknown. */
        method: z.string().max(LIMITS.id),
        /** Ids of the course's compliance checks the trainee has confirmed. */
        checks: z.array(Id).max(LIMITS.list),
        /** Anything else to watch (gift and hospitality rules of the customer, say). */
        note: Text,
      })
      .strict(),
    next: z.array(NextActionSchema).max(LIMITS.list),
  })
  .strict();


/** What localStorage keeps: every map of every course, versioned. */
export const AccountMapsSchema = z
  .object({
    /** Storage format version. */
    version: z.literal(ACCOUNT_MAPS_VERSION),
    maps: z.array(AccountMapSchema).max(LIMITS.maps),
  })
  .strict()
  .superRefine((store, ctx) => uniqueIds(store.maps, ctx));

/** Maps merge by id, so an id may appear once. */
function uniqueIds(maps: readonly { id: string }[], ctx: z.RefinementCtx) {
  const seen = new Set<string>();
  maps.forEach((m, i) => {
    if (seen.has(m.id)) ctx.addIssue({ code: 'custom', path: ['maps', i, 'id'], message: `map id "${m.id}" is used twice` });
    seen.add(m.id);
  });
}

/** A file of exported maps: one account or all. */
export const AccountMapsFileSchema = z
  .object({
    /** Always "sales-course-account-maps". */
    format: z.literal(ACCOUNT_MAPS_FORMAT),
    /** Same as the storage version. */
    version: z.literal(ACCOUNT_MAPS_VERSION),
    /** When the file was made, ISO 8601. */
    exportedAt: z.string().datetime(),
    maps: z.array(AccountMapSchema).max(LIMITS.maps),
  })
  .strict()
  .superRefine((file, ctx) => uniqueIds(file.maps, ctx));

export type AccountMap = z.output<typeof AccountMapSchema>;
export type MapPerson = z.output<typeof MapPersonSchema>;
export type AccountMaps = z.output<typeof AccountMapsSchema>;
export type AccountMapsFile = z.output<typeof AccountMapsFileSchema>;
