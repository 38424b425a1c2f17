import { z } from './zod.ts';
import { SlugSchema } from './course.ts';
import { AnswerSchema } from './answer.ts';

/** Milliseconds since the Unix epoch, as `Date.now()` gives. */
const Instant = z.number().int().nonnegative();

/** What the trainee has done in one lesson. */
export const LessonProgressSchema = z
  .object({
    /** When the trainee first opened the lesson. */
    firstVisit: Instant.optional(),
    /** When the trainee last opened the lesson. */
    lastVisit: Instant.optional(),
    /** Seconds spent on the lesson page while it was visible and the trainee active. */
    seconds: z.number().int().nonnegative(),
    /** The trainee marked the lesson as studied. */
    done: z.boolean(),
    /** When `done` last changed; the later change wins when two tabs disagree. */
    markedAt: Instant.optional(),
  })
  .strict();

/** Where the trainee was last, for "continue where you left off". */
export const PositionSchema = z
  .object({
    /** Lesson id. */
    lesson: SlugSchema,
    /** Id of the heading last read, if any. */
    section: z.string().max(200).optional(),
    /** When the trainee was there. */
    at: Instant,
  })
  .strict();

/** A knowledge check or the final assessment: the answers being given and the results so far. */
export const QuizProgressSchema = z
  .object({
    /** Answers by question id: the attempt in progress, or the last one submitted. */
    answers: z.record(z.string(), AnswerSchema),
    /** The answers above have been submitted and marked. */
    submitted: z.boolean(),
    /** Attempts submitted. */
    attempts: z.number().int().nonnegative(),
    /** Best score, 0–100. */
    best: z.number().int().min(0).max(100).optional(),
    /** Score of the last submitted attempt, 0–100. */
    last: z.number().int().min(0).max(100).optional(),
    /** Assessment only: the question ids drawn for the attempt in progress. */
    questions: z.array(z.string()).optional(),
    /** Assessment only: the previous attempt's question ids, avoided by the next draw. */
    previous: z.array(z.string()).optional(),
    /** Seed of the attempt in progress (option order, and the assessment's draw). */
    seed: z.string().max(64).optional(),
    /**
     * When the attempt's questions were shown: when it was started (a retry, the assessment's
     * start) or, for a first attempt, when the form was shown before its first answer. Version 3.
     */
    startedAt: Instant.optional(),
    /**
     * Seconds from `startedAt` to the last change of each answer, by question id (an answer left
     * as shown, counted at submission): the answer latency the LMS hears. Version 3.
     */
    seconds: z.record(z.string(), z.number().int().nonnegative()).optional(),
  })
  .strict();

/** A finished play of a scenario. */
export const ScenarioResultSchema = z
  .object({
    /** Choice index taken at each decision. */
    path: z.array(z.number().int().nonnegative()),
    /** Points per dimension id. */
    scores: z.record(z.string(), z.number().int()),
    /** Sum of the scores, to rank attempts. */
    total: z.number().int(),
    /** Id of the ending node reached. */
    ending: z.string(),
    /** When it was finished. */
    at: Instant,
  })
  .strict();

/** A scenario: the play in progress and the results so far. */
export const ScenarioProgressSchema = z
  .object({
    /** Choices taken so far in the play in progress; absent when none is. */
    current: z.array(z.number().int().nonnegative()).optional(),
    /** Plays finished. */
    attempts: z.number().int().nonnegative(),
    /** The last finished play. */
    latest: ScenarioResultSchema.optional(),
    /** The finished play with the highest total. */
    best: ScenarioResultSchema.optional(),
  })
  .strict();

/** One course's progress. */
export const CourseProgressSchema = z
  .object({
    /** Progress per lesson id. */
    lessons: z.record(SlugSchema, LessonProgressSchema),
    /** Last position in the course. */
    last: PositionSchema.optional(),
    /** Knowledge checks, by lesson id. */
    quizzes: z.record(SlugSchema, QuizProgressSchema).optional(),
    /** The course's final assessment. */
    assessment: QuizProgressSchema.optional(),
    /** Scenarios, by scenario id. */
    scenarios: z.record(SlugSchema, ScenarioProgressSchema).optional(),
  })
  .strict();

/** The record kept in localStorage under `sales-course:progress`. */
export const ProgressSchema = z
  .object({
    /** Format version; older versions are migrated when read. */
    version: z.literal(3),
    /** Progress per course id. */
    courses: z.record(SlugSchema, CourseProgressSchema),
  })
  .strict();

export type LessonProgress = z.output<typeof LessonProgressSchema>;
export type CourseProgress = z.output<typeof CourseProgressSchema>;
export type Position = z.output<typeof PositionSchema>;
export type QuizProgress = z.output<typeof QuizProgressSchema>;
export type ScenarioProgress = z.output<typeof ScenarioProgressSchema>;
export type ScenarioResult = z.output<typeof ScenarioResultSchema>;
export type Progress = z.output<typeof ProgressSchema>;
