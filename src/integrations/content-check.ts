import type { AstroIntegration } from 'astro';
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { checkContent, formatProblem } from '../lib/content/check.ts';
import { contentModel, contentModelStats, STATS_FILE } from '../data/content-model.ts';

/**
 * Runs the content check at the start of `astro dev` and `astro build`, so a broken file stops the
 * build with the same message as `npm run check:content`. The model it checks is the one the
 * collections, search index and pages read next (src/data/content-model.ts); when the build is
 * done it logs, and writes to .cache/content-model.json, how often that model validated a scenario.
 */
export function contentCheck(): AstroIntegration {
  let root = '';
  return {
    name: 'content-check',
    hooks: {
      'astro:config:setup': ({ config, logger }) => {
        root = fileURLToPath(config.root);
        const report = checkContent(contentModel(root));
        if (report.problems.length) {
          throw new Error(`Content check failed:\n${report.problems.map((p) => '  ✗ ' + formatProblem(p)).join('\n')}`);
        }
        logger.info(`content check passed: ${report.counts.courses} course(s), ${report.counts.lessons} lesson file(s)`);
        if (report.warnings.length) logger.warn(`${report.warnings.length} content warning(s) (glossary, English usage): npm run check:content lists them`);
      },
      'astro:build:done': ({ logger }) => {
        const { parsed, validations, scenarioFiles } = contentModelStats();
        logger.info(`content model: ${scenarioFiles.size} scenario files, validated ${validations} times (${parsed} files parsed)`);
        const file = join(root, STATS_FILE);
        mkdirSync(dirname(file), { recursive: true });
        writeFileSync(file, JSON.stringify({ scenarioFiles: scenarioFiles.size, validations, parsed }) + '\n');
      },
    },
  };
}
