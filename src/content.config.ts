import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { CourseSchema } from './schemas/course.ts';
import { LessonSchema } from './schemas/lesson.ts';
import { QuizSchema } from './schemas/quiz.ts';
import { ScenarioSchema } from './schemas/scenario.ts';
import { SourceSchema } from './schemas/sources.ts';
import { z } from './schemas/zod.ts';
import { sourcesLoader } from './integrations/sources-loader.ts';
import { modelLoader } from './integrations/model-loader.ts';
import { GlossarySchema } from './schemas/glossary.ts';
import { AccountMapConfigSchema } from './schemas/account-map-config.ts';
import { courseIdOf, lessonEntryId } from './lib/content/paths.ts';

const base = './content/courses';

export const collections = {
  // course.yaml files, question banks and scenarios come from the content model the content check
  // has just built (src/data/content-model.ts), so no file is parsed twice in a build.
  courses: defineCollection({
    loader: modelLoader('courses'),
    schema: CourseSchema,
  }),
  lessons: defineCollection({
    loader: glob({ pattern: '*/*/lessons/*.mdx', base, generateId: ({ entry }) => lessonEntryId(entry) }),
    schema: LessonSchema,
  }),
  quizzes: defineCollection({
    loader: modelLoader('quizzes'),
    schema: QuizSchema,
  }),
  scenarios: defineCollection({
    loader: modelLoader('scenarios'),
    schema: ScenarioSchema,
  }),
  /** validateScenario's score ranges and best path of each scenario, by the scenario's id; computed once, by the content model. */
  scenarioAnalyses: defineCollection({
    loader: modelLoader('scenarioAnalyses'),
    schema: z.object({ ranges: z.record(z.string(), z.object({ best: z.number(), worst: z.number() })), bestPath: z.array(z.number()) }),
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
