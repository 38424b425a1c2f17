import { z } from './zod.ts';

/** A lesson or course id: lower-case letters, digits and hyphens, as used in URLs. */
export const SlugSchema = z
  .string()
  .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'use lower-case letters, digits and hyphens (for example "decision-process")');

/** Locales the platform ships. zh-CN is the default and the source language; en follows. */
export const LocaleSchema = z.enum(['zh-CN', 'en']);

/** A text the author writes once per locale, keyed by locale. zh-CN is required. */
export const LocalizedSchema = z
  .object({
    /** The Chinese text. */
    'zh-CN': z.string().min(1),
    /** The English text. */
    en: z.string().min(1).optional(),
  })
  .strict();

/** `content/courses/<course-id>/course.yaml`: what a course is and in which order its lessons go. */
export const CourseSchema = z
  .object({
    /** Course title as shown on the home page and in the header. */
    title: LocalizedSchema,
    /** Two or three sentences on what the trainee will be able to do. */
    summary: LocalizedSchema,
    /** Who the course is for, one line. */
    audience: LocalizedSchema,
    /** Course-level learning objectives, each a sentence starting with a verb. */
    objectives: z.object({ 'zh-CN': z.array(z.string().min(1)).min(1), en: z.array(z.string().min(1)).min(1).optional() }).strict(),
    /** Lesson ids in study order; each names `zh-CN/lessons/NN-<id>.mdx`. */
    lessons: z.array(SlugSchema).min(1),
    /** Knowledge checks: a lesson counts complete when it is studied and its check reaches this score. */
    checks: z.object({ /** Pass mark in percent. */ passPercent: z.number().int().min(1).max(100).default(80) }).strict().default({ passPercent: 80 }),
    /** The final assessment, drawn from the lessons' question banks. */
    assessment: z
      .object({
        /** How many questions each attempt draws (every lesson gets a share). */
        questions: z.number().int().min(1).max(100).default(20),
        /** Pass mark in percent. */
        passPercent: z.number().int().min(1).max(100).default(80),
      })
      .strict()
      .optional(),
    /** What earns the certificate of completion: every lesson complete, plus these. */
    certificate: z
      .object({
        /** The final assessment must be passed. */
        assessment: z.boolean().default(true),
        /** How many different scenarios must have been played to an ending. */
        scenarios: z.number().int().min(0).default(0),
        /** At least one completed account map (type, stage, 4 people with roles, a discovery plan, next actions); the course needs an account-map.yaml. */
        accountMap: z.boolean().default(false),
      })
      .strict()
      .default({ assessment: true, scenarios: 0, accountMap: false }),
    /** Courses before and after this one in the curriculum, shown as neighbours; they may not exist yet. */
    curriculum: z
      .object({
        /** Title of the course that comes before this one. */
        previous: LocalizedSchema.optional(),
        /** Title of the course that comes after this one. */
        next: LocalizedSchema.optional(),
      })
      .default({}),
  })
  .strict()
  .superRefine((course, ctx) => {
    const seen = new Set<string>();
    course.lessons.forEach((id, i) => {
      if (seen.has(id)) ctx.addIssue({ code: 'custom', path: ['lessons', i], message: `lesson "${id}" is listed twice` });
      seen.add(id);
    });
  });

export type Course = z.output<typeof CourseSchema>;
export type Locale = z.output<typeof LocaleSchema>;
