import { z } from './zod.ts';
import { SlugSchema } from './course.ts';

/** A text every glossary entry gives in both languages: the glossary fixes the English, so it is required. */
const BothSchema = z
  .object({
    /** The Chinese text. */
    'zh-CN': z.string().min(1),
    /** The English text. */
    en: z.string().min(1),
  })
  .strict();

/** One term of a course glossary (`content/courses/<course>/glossary.yaml`, under `terms:`). */
export const GlossaryTermSchema = z
  .object({
    /** Stable id: the page anchor is `#term-<id>`; lower-case letters, digits and hyphens. */
    id: SlugSchema,
    /**
     * The term in each language. The English is THE one rendering the course uses; a bracketed
     * ending, as in "market research (needs survey)", is shown but not needed for a lesson to link it.
     */
    term: BothSchema,
    /** One or two sentences in the course's own words; legal figures are examples as of the cited rule. */
    definition: BothSchema,
    /** Id of the lesson where the term first appears, in course order; that lesson links to the entry. */
    lesson: SlugSchema,
    /** Ids from the course's sources.yaml backing a rule or figure in the definition. */
    sources: z.array(SlugSchema).min(1).optional(),
    /** English variants not to use for this term; the content check flags them in English content. */
    avoid: z.array(z.string().min(2)).min(1).optional(),
  })
  .strict();

/** `content/courses/<course>/glossary.yaml`: the course's terms, in the order the page lists them within a lesson. */
export const GlossarySchema = z
  .object({
    /** The terms; ids, Chinese terms and English terms are each unique. */
    terms: z.array(GlossaryTermSchema).min(1),
  })
  .strict();

export type GlossaryTerm = z.output<typeof GlossaryTermSchema>;
export type Glossary = z.output<typeof GlossarySchema>;
