/*
 * The account map's vocabulary and sizes, zod-free: the schemas (src/schemas/account-map.ts), the
 * zod-free reader and rules (src/lib/account-map/) and the buying-centre drawing
 * (src/lib/diagrams/roles.ts) all take them from here, so the schemas import nothing from src/lib.
 */

/** The buying-centre roles a person can hold. */
export const ROLES = ['decider', 'approver', 'gatekeeper', 'influencer', 'buyer', 'initiator', 'user'] as const;
export type Role = (typeof ROLES)[number];
/** Where a person stands on the deal. */
export const STANCES = ['supporter', 'neutral', 'sceptic'] as const;
export type Stance = (typeof STANCES)[number];

/** Storage and file format version. */
export const ACCOUNT_MAPS_VERSION = 1;
/** Marks an exported file of maps as ours. */
export const ACCOUNT_MAPS_FORMAT = 'sales-course-account-maps';

/** Sizes the schema and the reader both enforce. */
export const LIMITS = { text: 500, name: 80, id: 40, list: 30, people: 40, maps: 100 } as const;
