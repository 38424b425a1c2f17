import { z } from './zod.ts';

/**
 * A trainee's answer to one question, by question type:
 * single → option id · multiple → option ids · truefalse → true/false ·
 * ordering → item ids in the order given · matching → left pair id → chosen right pair id ·
 * categorize → item id → category id.
 */
export const AnswerSchema = z.union([z.string(), z.boolean(), z.array(z.string()), z.record(z.string(), z.string())]);
export type Answer = z.output<typeof AnswerSchema>;
