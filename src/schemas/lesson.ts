import { z } from './zod.ts';

/** The source article's parts, numbered as it numbers them; the English pages show the Arabic number (index + 1). */
export const SOURCE_SECTIONS = ['一', '二', '三', '四', '五', '六', '七', '八', '九', '十'] as const;

/** One key term of a lesson, shown in the lesson's glossary box. */
export const KeyTermSchema = z
  .object({
    /** The term as the trainee will meet it, e.g. 需求识别. */
    term: z.string().min(1),
    /** One sentence defining it in the course's own words. */
    definition: z.string().min(1),
  })
  .strict();

/** The frontmatter of a lesson MDX file. */
export const LessonSchema = z
  .object({
    /** Lesson title, shown as the page heading and in navigation. */
    title: z.string().min(1).max(40),
    /** One sentence on what the lesson covers: course page, search results, meta description. */
    description: z.string().min(10).max(160),
    /** Position in the course, 1-based; must match the lesson's place in course.yaml. */
    order: z.number().int().min(1),
    /** Estimated study time in whole minutes. */
    minutes: z.number().int().min(1).max(120),
    /** Which section of the source material the lesson teaches (一, 二, …). */
    source: z.enum(SOURCE_SECTIONS).optional(),
    /** Two to six learning objectives, each starting with a verb. */
    objectives: z.array(z.string().min(1)).min(1).max(6),
    /** Terms the lesson defines. */
    keyTerms: z.array(KeyTermSchema).default([]),
  })
  .strict();

export type Lesson = z.output<typeof LessonSchema>;
export type KeyTerm = z.output<typeof KeyTermSchema>;
