import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import { contentModel, contentModelStats, readContentTree } from '../../src/data/content-model.ts';
import { modelLoader, type ModelCollection } from '../../src/integrations/model-loader.ts';
import { checkContent } from '../../src/lib/content/check.ts';
import { buildModel, ContentMemo } from '../../src/lib/content/model.ts';
import { searchRecords } from '../../src/lib/search/records.ts';
import { recordTitle } from '../../src/integrations/search-index.ts';

const root = fileURLToPath(new URL('../..', import.meta.url));
const scenarioFiles = readContentTree(root).filter((f) => /\/scenarios\/[^/]+\.yaml$/.test(f.path));

/** Runs a collection's loader as Astro's content layer would, and returns the entries it stores. */
async function collection(kind: ModelCollection) {
  const stored: { id: string; data: Record<string, unknown> }[] = [];
  const store = { clear: () => (stored.length = 0), set: (e: { id: string; data: Record<string, unknown> }) => stored.push(e) };
  const noop = () => {};
  const context = { store, config: { root: pathToFileURL(root + '/') }, generateDigest: () => 'digest', logger: { error: noop, info: noop, warn: noop } };
  await modelLoader(kind).load(context as never);
  return stored;
}

describe('the content model: built once, read by every consumer', () => {
  it('the check, the collections pages read and the search records together validate each scenario file once', async () => {
    expect(scenarioFiles.length).toBeGreaterThan(0);
    // In the order of a build: the content check, the collections, then the search index.
    expect(checkContent(contentModel(root)).problems).toEqual([]);
    const [courses, quizzes, scenarios, analyses] = [await collection('courses'), await collection('quizzes'), await collection('scenarios'), await collection('scenarioAnalyses')];
    expect(searchRecords(contentModel(root), recordTitle).length).toBeGreaterThan(0);
    expect(courses.map((c) => c.id)).toEqual(['customer-org']);
    expect(quizzes).toHaveLength(16);
    expect(scenarios.map((s) => s.id)).toEqual(analyses.map((a) => a.id));
    expect(Object.keys(analyses[0]!.data)).toEqual(['ranges', 'bestPath']);

    const stats = contentModelStats();
    expect(stats.scenarioFiles.size).toBe(scenarioFiles.length);
    expect(stats.validations).toBe(scenarioFiles.length);
  });

  it('a model built again over the same files parses nothing; a changed file is parsed and validated again', () => {
    const files = readContentTree(root);
    const memo = new ContentMemo();
    const first = buildModel(files, memo);
    const parsed = memo.stats.parsed;
    expect(parsed).toBe(first.courses.length + first.lessons.length + first.quizzes.length + first.scenarios.length);
    const again = buildModel(files, memo);
    expect(memo.stats).toMatchObject({ parsed, validations: scenarioFiles.length });
    expect(again.scenarios[0]).toBe(first.scenarios[0]);

    const edited = files.map((f) => (f.path === scenarioFiles[0]!.path ? { ...f, text: f.text.replace(/^title: .*$/m, 'title: 改过的标题') } : f));
    const third = buildModel(edited, memo);
    expect(memo.stats).toMatchObject({ parsed: parsed + 1, validations: scenarioFiles.length + 1 });
    expect(third.scenarios.find((s) => s.file === scenarioFiles[0]!.path)?.data?.title).toBe('改过的标题');
  });

  it('only the model calls validateScenario (pages, components, search, SCORM read its result)', () => {
    const walk = (dir: string): string[] => readdirSync(dir).flatMap((n) => (statSync(join(dir, n)).isDirectory() ? walk(join(dir, n)) : [join(dir, n)]));
    const callers = [...walk(join(root, 'src')), ...walk(join(root, 'scripts'))]
      .filter((f) => /\.(ts|tsx|astro|mjs)$/.test(f))
      .filter((f) => /import\s*\{[^}]*\bvalidateScenario\b[^}]*\}\s*from/.test(readFileSync(f, 'utf8')))
      .map((f) => f.slice(root.length).replace(/^\/+/, ''));
    // scripts/bench.ts times validateScenario on a generated 5,000-node scenario, not on the content.
    expect(callers.sort()).toEqual(['scripts/bench.ts', 'src/lib/content/model.ts']);
  });
});
