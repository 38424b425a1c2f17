import { z } from './zod.ts';
import { ProgressSchema } from './progress.ts';

/** Marks a JSON file as ours, so that any other JSON is refused with a clear message. */
export const RESULTS_FORMAT = 'sales-course-results';
export const RESULTS_VERSION = 1;

/** An exported results file: what a trainee takes to another device or hands to a trainer. */
export const ResultsFileSchema = z
  .object({
    /** Always "sales-course-results". */
    format: z.literal(RESULTS_FORMAT),
    /** File format version; a newer file is refused, not misread. */
    version: z.literal(RESULTS_VERSION),
    /** When the file was made, ISO 8601. */
    exportedAt: z.string().datetime(),
    /** The name the trainee typed for the certificate, if any. */
    name: z.string().max(80).optional(),
    /** The whole progress record. */
    progress: ProgressSchema,
  })
  .strict();

export type ResultsFile = z.output<typeof ResultsFileSchema>;
