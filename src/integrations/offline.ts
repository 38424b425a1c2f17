import type { AstroIntegration } from 'astro';
import { createHash } from 'node:crypto';
import { readFileSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { assetPath, siteBase } from '../lib/urls.ts';

/** Pages a trainee does not need offline up front: trainer views are cached when visited. */
const LATER = /\/(present|guide|handout|dashboard)\//;

/**
 * Writes dist/sw.js after the build (and after the search index): the service worker of
 * src/sw/service-worker.js with this build's version, the site's base and the list of files to
 * keep offline, as URLs under the base ("/training/customer-org/" when built for /training/).
 */
export function offline(): AstroIntegration {
  let base = '/';
  return {
    name: 'offline',
    hooks: {
      'astro:config:done': ({ config }) => {
        base = siteBase(config.base);
      },
      'astro:build:done': ({ dir, logger }) => {
        const site = fileURLToPath(dir);
        const walk = (d: string): string[] => readdirSync(d).flatMap((n) => (statSync(join(d, n)).isDirectory() ? walk(join(d, n)) : [join(d, n)]));
        const inSite = walk(site)
          .map((f) => relative(site, f).split(sep).join('/'))
          .filter((f) => f !== 'sw.js' && !LATER.test(`/${f}`))
          .map((f) => f.replace(/index\.html$/, ''))
          .sort();
        const hash = createHash('sha256');
        for (const f of inSite) hash.update(f).update(readFileSync(join(site, f === '' || f.endsWith('/') ? `${f}index.html` : f)));
        const version = hash.digest('hex').slice(0, 12);
        const files = inSite.map((f) => assetPath(f, base));
        const source = readFileSync(fileURLToPath(new URL('../sw/service-worker.js', import.meta.url)), 'utf8');
        writeFileSync(join(site, 'sw.js'), `const VERSION = ${JSON.stringify(version)};\nconst BASE = ${JSON.stringify(base)};\nconst FILES = ${JSON.stringify(files)};\n${source}`);
        logger.info(`offline: version ${version}, ${files.length} files kept for offline use`);
      },
    },
  };
}
