import { z } from './zod.ts';
import { LocalizedSchema, SlugSchema } from './course.ts';

/**
 * A date as precise as the source states it: a year (`"2014"`), a month (`"1972-04"`) or a day
 * (`"2015-03-01"`). Write it in quotes: unquoted, YAML reads 2014 as a number.
 */
export const SourceDateSchema = z.string().regex(/^\d{4}(?:-(?:0[1-9]|1[0-2])(?:-(?:0[1-9]|[12]\d|3[01]))?)?$/, 'write a year, year-month or date in quotes, e.g. "2014", "1972-04" or "2015-03-01"');

/** One entry of a course's sources.yaml: a law, an article of it, a regulation, a standard or a book. */
export const SourceSchema = z
  .object({
    /** Id that lessons (`<Cite id="…" />`), questions, scenario nodes and debriefs (`sources: [id]`) cite. */
    id: SlugSchema,
    /** The rule or work, named in full, e.g. 中华人民共和国政府采购法实施条例. */
    title: LocalizedSchema,
    /** The part of it that backs the claim, e.g. 第十八条 / Art. 18; omitted when the whole rule is meant. */
    article: LocalizedSchema.optional(),
    /** When the cited version was adopted, took effect or was last amended (see `note`). */
    date: SourceDateSchema.optional(),
    /** What the source says that the course relies on, in one or two sentences of the course's own words. */
    note: LocalizedSchema,
  })
  .strict();

/** `content/courses/<course>/sources.yaml`: the basis of every legal or numeric claim of the course. Optional. */
export const SourcesFileSchema = z
  .array(SourceSchema)
  .min(1)
  .superRefine((list, ctx) => {
    const seen = new Map<string, number>();
    list.forEach((s, i) => {
      const first = seen.get(s.id);
      if (first !== undefined) ctx.addIssue({ code: 'custom', path: [i, 'id'], message: `id "${s.id}" is also used by entry [${first}]` });
      else seen.set(s.id, i);
    });
  });

export type Source = z.output<typeof SourceSchema>;
