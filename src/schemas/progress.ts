import { z } from 'zod';
import { SlugSchema } from './course.ts';

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

/** One course's progress. */
export const CourseProgressSchema = z
  .object({
    /** Progress per lesson id. */
    lessons: z.record(SlugSchema, LessonProgressSchema),
    /** Last position in the course. */
    last: PositionSchema.optional(),
  })
  .strict();

/** The record kept in localStorage under `sales-course:progress`. */
export const ProgressSchema = z
  .object({
    /** Format version; older versions are migrated when read. */
    version: z.literal(1),
    /** Progress per course id. */
    courses: z.record(SlugSchema, CourseProgressSchema),
  })
  .strict();

export type LessonProgress = z.output<typeof LessonProgressSchema>;
export type CourseProgress = z.output<typeof CourseProgressSchema>;
export type Position = z.output<typeof PositionSchema>;
export type Progress = z.output<typeof ProgressSchema>;
