import { fileURLToPath } from 'node:url';
import type { Loader } from 'astro/loaders';
import { contentModel } from '../data/content-model.ts';
import { entryId, type ContentModel } from '../lib/content/model.ts';
import { formatProblem, type Problem } from '../lib/content/problems.ts';

/** The collections that come from the content model rather than from Astro's own parsing of the files. */
export type ModelCollection = 'courses' | 'quizzes' | 'scenarios' | 'scenarioAnalyses';

interface Entry {
  id: string;
  file: string;
  data?: Record<string, unknown>;
  problems: Problem[];
}

function entries(model: ContentModel, kind: ModelCollection): Entry[] {
  switch (kind) {
    case 'courses':
      return model.courses.map((c) => ({ id: c.path.course, file: c.file, ...(c.data ? { data: c.data } : {}), problems: c.problems }));
    case 'quizzes':
      return model.quizzes.flatMap((q) => (q.path ? [{ id: entryId(q.path), file: q.file, ...(q.data ? { data: q.data } : {}), problems: q.problems }] : []));
    case 'scenarios':
      return model.scenarios.flatMap((s) => (s.path ? [{ id: entryId(s.path), file: s.file, ...(s.data ? { data: s.data } : {}), problems: s.problems }] : []));
    case 'scenarioAnalyses':
      // What pages need of validateScenario's result: score ranges and the best path. A scenario with problems has none.
      return model.scenarios.flatMap((s) => {
        if (!s.path || !s.analysis) return [];
        const { problems, ranges, bestPath } = s.analysis;
        return [{ id: entryId(s.path), file: s.file, ...(problems.length ? {} : { data: { ranges, bestPath } }), problems: problems.map((p) => ({ file: s.file, ...p })) }];
      });
  }
}

/**
 * A collection filled from the content model (src/data/content-model.ts): the files the content
 * check has just read, parsed and validated, so the build parses no course.yaml, question bank or
 * scenario a second time, and runs validateScenario once per scenario (`scenarioAnalyses` holds
 * its result). The model's data is already parsed by the collection's schema. In dev a changed
 * YAML file reloads the collection; a file that no longer reads is logged and left out.
 */
export function modelLoader(kind: ModelCollection): Loader {
  return {
    name: `content-model:${kind}`,
    load: async ({ store, config, generateDigest, watcher, logger }) => {
      const root = fileURLToPath(config.root);
      const load = (strict: boolean) => {
        const model = contentModel(root);
        store.clear();
        for (const e of entries(model, kind)) {
          if (!e.data) {
            const message = `${e.file} cannot be read: ${e.problems.map(formatProblem).join('; ')} (npm run check:content)`;
            if (strict) throw new Error(message);
            logger.error(message);
            continue;
          }
          store.set({ id: e.id, data: e.data, filePath: e.file, digest: generateDigest(e.data) });
        }
      };
      load(true);
      const reload = (changed: string) => {
        if (changed.startsWith(fileURLToPath(new URL('content/courses/', config.root))) && /\.ya?ml$/.test(changed)) load(false);
      };
      watcher?.on('change', reload);
      watcher?.on('add', reload);
      watcher?.on('unlink', reload);
    },
  };
}
