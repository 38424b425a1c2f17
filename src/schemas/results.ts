import { z } from './zod.ts';
import { SlugSchema } from './course.ts';
import { AnswerSchema } from './answer.ts';
import { ProgressSchema } from './progress.ts';
import { AccountMapSchema } from './account-map.ts';

/** Marks a JSON file as ours, so that any other JSON is refused with a clear message. */
export const RESULTS_FORMAT = 'sales-course-results';
/** Version 2 added `origin`, `live` and `accountMaps`; version 1 files are read as self-study with no map. */
export const RESULTS_VERSION = 2;

/** Where the results come from: a trainee's own study, or one participant of a live class. */
export const OriginSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('self-study') }).strict(),
  z
    .object({
      kind: z.literal('live'),
      /** The live session's id (not its join code). */
      session: z.string().min(1).max(64),
      /** The course presented. */
      course: SlugSchema,
      /** The lesson whose deck was presented, if one. */
      lesson: SlugSchema.optional(),
      /** When the session started, ISO 8601. */
      startedAt: z.string().datetime(),
    })
    .strict(),
]);

/** What one participant did in a live class. */
export const LiveRecordSchema = z
  .object({
    /** Answers to class questions by question id, in the same shapes as a knowledge check's. */
    answers: z.record(z.string(), AnswerSchema),
    /** Votes at group-scenario decisions: scenario id → the choice index voted at each decision, in order. */
    votes: z.record(SlugSchema, z.array(z.number().int().nonnegative())),
    /** Short text responses to discussion prompts, by prompt id. */
    responses: z.record(z.string(), z.string().max(500)),
  })
  .strict();

/**
 * Account maps in an export. Whether a completed map exists is always there, so a capstone can be
 * checked without the map; the maps themselves only when the trainee chose to include them, since
 * they may name real customers.
 */
export const AccountMapShareSchema = z
  .object({
    /** Per course id: the trainee has at least one completed account map. */
    completed: z.record(SlugSchema, z.boolean()),
    /** The maps, only when the trainee ticked "include my account maps". */
    maps: z.array(AccountMapSchema).max(100).optional(),
  })
  .strict();

/** An exported results file: what a trainee takes to another device or hands to a trainer. */
export const ResultsFileSchema = z
  .object({
    /** Always "sales-course-results". */
    format: z.literal(RESULTS_FORMAT),
    /** File format version; a newer file is refused, not misread. */
    version: z.literal(RESULTS_VERSION),
    /** When the file was made, ISO 8601. */
    exportedAt: z.string().datetime(),
    /** The name the trainee typed for the certificate, or the display name in a live class. */
    name: z.string().max(80).optional(),
    /** Self-study or a live class. */
    origin: OriginSchema,
    /** The whole progress record (empty for a live-class participant). */
    progress: ProgressSchema,
    /** What the participant did in the live class; present exactly when `origin.kind` is "live". */
    live: LiveRecordSchema.optional(),
    /** Account maps: the completion flag always, the maps if shared. */
    accountMaps: AccountMapShareSchema,
  })
  .strict()
  .refine((f) => (f.origin.kind === 'live') === (f.live !== undefined), { message: 'live results belong with a live origin', path: ['live'] });

export type ResultsFile = z.output<typeof ResultsFileSchema>;
export type Origin = z.output<typeof OriginSchema>;
export type LiveRecord = z.output<typeof LiveRecordSchema>;
export type AccountMapShare = z.output<typeof AccountMapShareSchema>;
