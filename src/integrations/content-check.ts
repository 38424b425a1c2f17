import type { AstroIntegration } from 'astro';
import { fileURLToPath } from 'node:url';
import { checkContent, formatProblem } from '../lib/content/check.ts';
import { readContentTree } from './read-content-tree.ts';

/** Runs the content check at the start of `astro dev` and `astro build`, so a broken file stops the build with the same message as `npm run check:content`. */
export function contentCheck(): AstroIntegration {
  return {
    name: 'content-check',
    hooks: {
      'astro:config:setup': ({ config, logger }) => {
        const report = checkContent(readContentTree(fileURLToPath(config.root)));
        if (report.problems.length) {
          throw new Error(`Content check failed:\n${report.problems.map((p) => '  ✗ ' + formatProblem(p)).join('\n')}`);
        }
        logger.info(`content check passed: ${report.counts.courses} course(s), ${report.counts.lessons} lesson file(s)`);
        if (report.warnings.length) logger.warn(`${report.warnings.length} content warning(s) (glossary, English usage): npm run check:content lists them`);
      },
    },
  };
}
