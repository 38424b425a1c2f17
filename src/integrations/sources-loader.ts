import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Loader } from 'astro/loaders';
import { parse as parseYaml } from 'yaml';
import { SourcesFileSchema } from '../schemas/sources.ts';

/**
 * The `sources` collection: one entry per entry of every `content/courses/<course>/sources.yaml`,
 * with id `<course>/<source id>` and `order`, its position in the file. The file is a list, which
 * the glob loader cannot split, hence this loader. A course without the file has no entries.
 * The content check (src/lib/content/sources.ts) has already named any problem in the files.
 */
export function sourcesLoader(base: string): Loader {
  return {
    name: 'course-sources',
    load: async ({ store, parseData, generateDigest, config, watcher }) => {
      const dir = fileURLToPath(new URL(base, config.root));
      const load = async () => {
        store.clear();
        for (const course of readdirSync(dir).sort()) {
          const file = join(dir, course, 'sources.yaml');
          if (!existsSync(file)) continue;
          const list = SourcesFileSchema.parse(parseYaml(readFileSync(file, 'utf8')));
          for (const [order, source] of list.entries()) {
            const id = `${course}/${source.id}`;
            const data = await parseData({ id, data: { ...source, order }, filePath: file });
            store.set({ id, data, digest: generateDigest(data) });
          }
        }
      };
      await load();
      watcher?.on('change', (changed) => {
        if (changed.startsWith(dir) && changed.endsWith('sources.yaml')) void load();
      });
    },
  };
}
