import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { contentModel, STATS_FILE } from '../../src/data/content-model.ts';
import { sectionHeadings } from '../../src/lib/content/headings.ts';
import { builtSite } from '../support/site.ts';

const root = fileURLToPath(new URL('../..', import.meta.url));
const model = contentModel(root);

describe('the content model of the build', () => {
  it('validated each scenario file once (the count the build logged and wrote to .cache/content-model.json)', () => {
    const file = `${root}${STATS_FILE}`;
    if (!existsSync(file)) throw new Error(`No ${STATS_FILE}: run \`npx astro build\` (it writes the file when the build is done).`);
    const stats = JSON.parse(readFileSync(file, 'utf8')) as { scenarioFiles: number; validations: number };
    expect(stats.scenarioFiles).toBe(model.scenarios.length);
    expect(stats.validations).toBe(stats.scenarioFiles);
  });

  it("every lesson section has the id its headings' slugs say, and every link the lesson's knowledge check gives lands on one", () => {
    const pages = new Map(builtSite().map((p) => [p.path, p.html]));
    let links = 0;
    for (const lesson of model.lessons) {
      const { path } = lesson;
      if (!path) continue;
      const url = `${path.locale === 'zh-CN' ? '' : `/${path.locale}`}/${path.course}/${path.lesson}/`;
      const html = pages.get(url);
      expect(html, url).toBeDefined();
      const ids = new Set([...html!.matchAll(/<h2 id="([^"]+)"/g)].map((m) => m[1]!));
      for (const h of sectionHeadings(lesson.body ?? '')) expect(ids, `${url} ## ${h.text}`).toContain(h.slug);
      for (const m of html!.matchAll(/&quot;href&quot;:\[0,&quot;([^&"]*)#([^&"]+)&quot;\]/g)) {
        if (m[1] !== url) continue;
        links++;
        expect(ids, `${url}: a knowledge-check link to #${m[2]}`).toContain(decodeURIComponent(m[2]!));
      }
    }
    expect(links).toBeGreaterThan(0);
  });
});
