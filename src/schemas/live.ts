import { z } from './zod.ts';
import { SlugSchema } from './course.ts';

/*
 * Every message of a live class, in both directions, with size limits. The classroom server
 * (src/server) parses each request with these before anything changes; phones and the presenter
 * never trust what they receive either. Limits are generous for the course's content and small
 * enough that a hostile client cannot make the server hold much.
 */

export const LIMITS = {
  /** Display names: a name, not a paragraph. */
  name: 40,
  /** A discussion response. */
  text: 280,
  /** A prompt, a row label or an option text. */
  label: 600,
  rows: 24,
  options: 24,
  /** A request body in bytes, read before parsing. */
  body: 64 * 1024,
} as const;

/** The short code trainees type to join: 6 characters from an alphabet without look-alikes. */
export const JOIN_ALPHABET = 'ABCDEFGHJKLMNPQRSTUVWXYZ23456789';
export const JoinCodeSchema = z
  .string()
  .trim()
  .toUpperCase()
  .regex(/^[A-HJ-NP-Z2-9]{6}$/, { message: 'a join code is 6 letters and digits' });

/** A seat token: random hex the phone keeps, so that it rejoins the same seat. A secret of that phone. */
export const SeatTokenSchema = z.string().regex(/^[0-9a-f]{32}$/, { message: 'a seat token is 32 hex digits' });

/** The trainer key: random hex the server prints, never sent to phones. */
export const TrainerKeySchema = z.string().regex(/^[0-9a-f]{32}$/, { message: 'a trainer key is 32 hex digits' });

/** A display name: plain text, trimmed, control characters removed; empty means anonymous. */
export const DisplayNameSchema = z
  .string()
  .max(200, { message: `a display name is at most ${LIMITS.name} characters` })
  .transform((s) => s.replace(/[\p{Cc}\p{Cf}\p{Zl}\p{Zp}]/gu, ' ').replace(/\s+/g, ' ').trim())
  .pipe(z.string().max(LIMITS.name, { message: `a display name is at most ${LIMITS.name} characters` }));

/** A poll's id: `q:<question>`, `s:<scenario>:<path>` or `d:<lesson>:<slide>`. */
export const PollIdSchema = z.string().regex(/^[qsd]:[a-z0-9][a-z0-9.:_-]{0,119}$/, { message: 'a poll id is q:, s: or d: and a slug' });

const Label = z.string().max(LIMITS.label);
const Id = z.string().max(80);

export const PollOptionSchema = z
  .object({
    /** The option's id in the question (option, position, pair or category id), for the results file. */
    id: Id,
    /** What the phone shows. */
    text: Label,
    /** Whether this option is right for its row; never sent to phones before the reveal. */
    correct: z.boolean(),
  })
  .strict();

export const PollRowSchema = z
  .object({
    /** The item's id (ordering, matching, categorize); empty for a choice question's single row. */
    id: Id,
    /** What this row asks about; empty for a choice question. */
    label: Label,
    options: z.array(PollOptionSchema).min(1).max(LIMITS.options),
  })
  .strict();

/** Something the room answers from their phones: a class question, a scenario decision, or a discussion prompt. */
export const PollSchema = z
  .object({
    id: PollIdSchema,
    kind: z.enum(['question', 'vote', 'prompt']),
    /** A question's type: how the phone asks and how the answer goes into the results file. */
    qtype: z.enum(['single', 'multiple', 'truefalse', 'ordering', 'matching', 'categorize']).optional(),
    /** The question id, the scenario id or the prompt id, as the results file keys it. */
    ref: z.string().min(1).max(120),
    /** For a scenario decision: how many decisions came before it. */
    step: z.number().int().min(0).max(200).optional(),
    course: SlugSchema,
    lesson: SlugSchema.optional(),
    prompt: Label,
    /** Rows and options per src/lib/slides/tally.ts (one row for choice questions and votes; none for a prompt). */
    rows: z.array(PollRowSchema).max(LIMITS.rows),
  })
  .strict()
  .refine((p) => (p.kind === 'prompt') === (p.rows.length === 0), { message: 'a prompt has no rows; questions and votes have at least one', path: ['rows'] })
  .refine((p) => (p.kind === 'question') === (p.qtype !== undefined), { message: 'a question names its type, and only a question', path: ['qtype'] });

/** What a phone sends to join or rejoin. */
export const JoinRequestSchema = z.object({ code: JoinCodeSchema, token: SeatTokenSchema, name: DisplayNameSchema.default('') }).strict();

/** Per row, the option indexes chosen: exactly one per row, but several in a multiple-choice row. */
export const PicksSchema = z.array(z.array(z.number().int().min(0).max(LIMITS.options - 1)).max(LIMITS.options)).max(LIMITS.rows);

/** An answer, a vote or a response from a phone. */
export const AnswerRequestSchema = z
  .object({
    token: SeatTokenSchema,
    poll: PollIdSchema,
    picks: PicksSchema.optional(),
    text: z.string().max(LIMITS.text, { message: `a response is at most ${LIMITS.text} characters` }).optional(),
  })
  .strict()
  .refine((a) => (a.picks === undefined) !== (a.text === undefined), { message: 'an answer has picks or a text, not both' });

/** What only the presenter may do. */
export const CommandSchema = z.discriminatedUnion('type', [
  z.object({ type: z.literal('open'), poll: PollSchema }).strict(),
  z.object({ type: z.literal('close'), poll: PollIdSchema }).strict(),
  z.object({ type: z.literal('reveal'), poll: PollIdSchema }).strict(),
  z.object({ type: z.literal('slide'), slide: z.number().int().min(0).max(10_000), lesson: SlugSchema.optional() }).strict(),
]);

/** A line of the session journal after its header (src/lib/live/journal.ts): an event the session accepted. */
const At = z.number().int().nonnegative();
export const LiveEventSchema = z.discriminatedUnion('type', [
  z.object({ type: z.literal('join'), at: At, token: SeatTokenSchema, name: z.string().max(LIMITS.name) }).strict(),
  z.object({ type: z.literal('open'), at: At, poll: PollSchema }).strict(),
  z.object({ type: z.literal('close'), at: At, poll: PollIdSchema }).strict(),
  z.object({ type: z.literal('reveal'), at: At, poll: PollIdSchema }).strict(),
  z.object({ type: z.literal('slide'), at: At, slide: z.number().int().min(0), lesson: SlugSchema.optional() }).strict(),
  z.object({ type: z.literal('answer'), at: At, token: SeatTokenSchema, poll: PollIdSchema, picks: PicksSchema.optional(), text: z.string().max(LIMITS.text).optional() }).strict(),
]);

export type PollOption = z.output<typeof PollOptionSchema>;
export type PollRow = z.output<typeof PollRowSchema>;
export type Poll = z.output<typeof PollSchema>;
export type Picks = z.output<typeof PicksSchema>;
export type JoinRequest = z.output<typeof JoinRequestSchema>;
export type AnswerRequest = z.output<typeof AnswerRequestSchema>;
export type Command = z.output<typeof CommandSchema>;

/** A problem as the API reports it: a code the phone translates and an English message. */
export interface LiveError {
  error: string;
  message: string;
}

/** The first message of a zod failure, prefixed with the field it concerns. */
export function firstIssue(error: z.ZodError): string {
  const issue = error.issues[0];
  if (!issue) return 'invalid input';
  return issue.path.length ? `${issue.path.join('.')}: ${issue.message}` : issue.message;
}
