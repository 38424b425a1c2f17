import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { CourseSchema } from './schemas/course.ts';
import { LessonSchema } from './schemas/lesson.ts';
import { QuizSchema } from './schemas/quiz.ts';
import { ScenarioSchema } from './schemas/scenario.ts';
import { SourceSchema } from './schemas/sources.ts';
import { z } from './schemas/zod.ts';
import { sourcesLoader } from './integrations/sources-loader.ts';
import { GlossarySchema } from './schemas/glossary.ts';
import { AccountMapConfigSchema } from './schemas/account-map-config.ts';
import { courseIdOf, dataEntryId, lessonEntryId } from './lib/content/paths.ts';

const base = './content/courses';

export const collections = {
  courses: defineCollection({
    loader: glob({ pattern: '*/course.yaml', base, generateId: ({ entry }) => courseIdOf(entry) }),
    schema: CourseSchema,
  }),
  lessons: defineCollection({
    loader: glob({ pattern: '*/*/lessons/*.mdx', base, generateId: ({ entry }) => lessonEntryId(entry) }),
    schema: LessonSchema,
  }),
  quizzes: defineCollection({
    loader: glob({ pattern: '*/*/quizzes/*.yaml', base, generateId: ({ entry }) => dataEntryId('quizzes')(entry) }),
    schema: QuizSchema,
  }),
  scenarios: defineCollection({
    loader: glob({ pattern: '*/*/scenarios/*.yaml', base, generateId: ({ entry }) => dataEntryId('scenarios')(entry) }),
    schema: ScenarioSchema,
  }),
  /** Each course's sources.yaml, one entry per source: id `<course>/<source id>`, `order` its place in the file. */
  sources: defineCollection({
    loader: sourcesLoader(base + '/'),
    schema: SourceSchema.extend({ /** Position in sources.yaml, from 0. */ order: z.number().int().min(0) }),
  }),
  /** One per course: `content/courses/<course>/glossary.yaml`, id = the course id. */
  glossaries: defineCollection({
    loader: glob({ pattern: '*/glossary.yaml', base, generateId: ({ entry }) => courseIdOf(entry) }),
    schema: GlossarySchema,
  }),
  /** One per course that offers the account-map tool: `content/courses/<course>/account-map.yaml`, id = the course id. */
  accountMaps: defineCollection({
    loader: glob({ pattern: '*/account-map.yaml', base, generateId: ({ entry }) => courseIdOf(entry) }),
    schema: AccountMapConfigSchema,
  }),
};
