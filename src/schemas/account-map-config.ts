import { z } from './zod.ts';
import { LocalizedSchema, SlugSchema } from './course.ts';
import { AccountMapSchema } from './account-map.ts';

/*
 * `content/courses/<course>/account-map.yaml`: the course's vocabulary for its account-map tool.
 * The tool's code knows buying roles, stances and gaps; the types, traits, stages, factors,
 * methods, compliance checks and which lesson section closes which gap are the course's.
 */

/** A lesson section: the lesson id and its `##` heading in each language (the content check finds it). */
export const SectionRefSchema = z.object({ /** Lesson id. */ lesson: SlugSchema, /** The heading's text, per locale. */ heading: LocalizedSchema }).strict();

/** Something the trainee picks: an id (stored in the map) and its label. */
const Choice = { /** Stored in the trainee's maps: never rename it once published. */ id: SlugSchema, /** Shown to the trainee. */ label: LocalizedSchema };
/** Ids of sources.yaml behind a legal or numeric label. */
const Sources = z.array(SlugSchema).default([]);

export const GAP_KINDS = ['no-type', 'no-stage', 'missing-role', 'stale-role', 'no-discovery', 'no-next'] as const;
export type GapKind = (typeof GAP_KINDS)[number];

const Coaching = z
  .object({
    /** What to do about the gap, to the trainee; `{role}` and `{days}` are filled in. */
    prompt: LocalizedSchema,
    /** The lesson section that teaches how to close it. */
    section: SectionRefSchema,
  })
  .strict();

export const AccountMapConfigSchema = z
  .object({
    /** Days without contact after which a role counts as out of touch. */
    staleDays: z.number().int().min(1).max(365).default(60),
    /** Organization types, each with the traits the trainee can tick. */
    orgTypes: z.array(z.object({ ...Choice, /** Where the lessons describe the type. */ section: SectionRefSchema, traits: z.array(z.object({ ...Choice, sources: Sources }).strict()).min(1) }).strict()).min(1),
    /** Decision stages, in order, with the signal that shows each. */
    stages: z.array(z.object({ ...Choice, /** What the seller sees at this stage. */ signal: LocalizedSchema }).strict()).min(1),
    /** Factors at work, with the question each asks. */
    factors: z.array(z.object({ ...Choice, /** The question to answer for this factor. */ hint: LocalizedSchema }).strict()).min(1),
    /** Discovery methods. */
    methods: z.array(z.object(Choice).strict()).min(1),
    /** Procurement methods the purchase may follow. */
    procurementMethods: z.array(z.object({ ...Choice, sources: Sources }).strict()).min(1),
    /** Compliance points the trainee confirms, each with its sources and the section that teaches it. */
    complianceChecks: z.array(z.object({ ...Choice, sources: Sources, section: SectionRefSchema }).strict()).min(1),
    /** Per gap kind: the coaching prompt and the lesson section that closes it. */
    coaching: z.object(Object.fromEntries(GAP_KINDS.map((k) => [k, Coaching])) as Record<(typeof GAP_KINDS)[number], typeof Coaching>).strict(),
    /** The worked example, per locale, and the lesson it comes from. */
    example: z.object({ /** The lesson whose case it fills in. */ lesson: SlugSchema, 'zh-CN': AccountMapSchema, en: AccountMapSchema.optional() }).strict().optional(),
  })
  .strict();

export type AccountMapConfig = z.output<typeof AccountMapConfigSchema>;
export type SectionRef = z.output<typeof SectionRefSchema>;
