// The layering of src/ (README "Where things are", docs/architecture.md) is true in the imports:
// every import of every file under src/, type-only ones included, is checked against the rules.
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve, sep } from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = resolve(import.meta.dirname, '../..');
const SRC = join(ROOT, 'src');

/** The folders of src/ that the rules name. */
type Area = 'schemas' | 'lib' | 'data' | 'stores' | 'islands' | 'client';

/** Importer area → the areas it must not import, with why. */
const RULES: Record<Area, Partial<Record<Area, string>>> = {
  schemas: {
    lib: 'schemas are the bottom layer: rules and vocabulary they need live in src/schemas',
    data: 'schemas are the bottom layer',
    stores: 'schemas are the bottom layer',
    islands: 'schemas are the bottom layer',
    client: 'schemas are the bottom layer',
  },
  lib: {
    stores: 'src/lib is pure logic: it holds no browser state',
    islands: 'src/lib is pure logic: it knows no UI',
    client: 'src/lib is pure logic: it knows no page script',
    data: 'src/lib is pure logic: build-time content queries come to it as arguments',
  },
  data: {
    islands: 'build-time content queries must not depend on an island',
    client: 'build-time content queries must not depend on a page script',
  },
  stores: {
    islands: 'browser state must not depend on an island',
    client: 'browser state must not depend on a page script',
  },
  islands: { client: 'islands must not import page scripts (shared start-up is src/islands/boot.ts)' },
  client: { islands: 'page scripts must not import islands' },
};

/**
 * Imports that break a rule today and are being removed on another branch of the same issue.
 * Each must still exist (so this list cannot outlive its reason): delete the entry once it fails.
 */
const PENDING: { from: string; to: string; why: string }[] = [];

const areaOf = (path: string): Area | undefined => {
  const m = /^src\/(schemas|lib|data|stores|islands|client)\//.exec(path);
  return m?.[1] as Area | undefined;
};

/** Every module specifier a file names: import/export … from, bare import, import(), and <script src> in .astro. */
export function specifiers(code: string): string[] {
  const out = [
    ...code.matchAll(/(?:^|[\s;}])(?:import|export)\s+(?:type\s+)?(?:[\w*${}\s,]+?\s+from\s+)?['"]([^'"]+)['"]/g),
    ...code.matchAll(/\bimport\(\s*(?:\/\*[^*]*\*\/\s*)?['"]([^'"]+)['"]\s*\)/g),
    ...code.matchAll(/<script[^>]*\bsrc=["']([^"']+)["']/g),
  ].map((m) => m[1]!);
  return [...new Set(out)];
}

/** The broken rules among `[importer, imported]` pairs of src-relative paths, as messages. */
export function violations(edges: readonly (readonly [string, string])[]): string[] {
  const out: string[] = [];
  for (const [from, to] of edges) {
    const a = areaOf(from);
    const b = areaOf(to);
    const why = a && b && a !== b ? RULES[a][b] : undefined;
    if (why) out.push(`${from} imports ${to}: ${why}`);
  }
  return out;
}

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const full = join(dir, name);
    if (statSync(full).isDirectory()) return sourceFiles(full);
    return /\.(ts|tsx|mts|js|mjs|astro|mdx)$/.test(name) ? [full] : [];
  });
}

const rel = (abs: string) => relative(ROOT, abs).split(sep).join('/');

/** Every import between files under src/, as [importer, imported], both relative to the repository. */
function importEdges(): [string, string][] {
  return sourceFiles(SRC).flatMap((file) =>
    specifiers(readFileSync(file, 'utf8'))
      .filter((s) => s.startsWith('.'))
      .map((s) => [rel(file), rel(resolve(dirname(file), s.split('?')[0]!))] as [string, string]),
  );
}

describe('the import layering rules', () => {
  it.each([
    ['import { x } from "../stores/progress.ts";', ['../stores/progress.ts']],
    ["import type { T } from '../i18n/t.ts';", ['../i18n/t.ts']],
    ["import '../client/register-sw.ts';", ['../client/register-sw.ts']],
    ["export { a } from './a.ts';", ['./a.ts']],
    ["const m = await import('../lib/results/file.ts');", ['../lib/results/file.ts']],
    ["const m = await import(/* @vite-ignore */ './x.ts');", ['./x.ts']],
    ['<script src="../client/site.ts"></script>', ['../client/site.ts']],
    ['import {\n  a,\n  b,\n} from "./multi.ts";', ['./multi.ts']],
    ['const s = "not an import from \'./x.ts\'";', []],
  ])('finds the specifiers of %s', (code, expected) => {
    expect(specifiers(code)).toEqual(expected);
  });

  it.each([
    ['src/lib/a.ts', 'src/stores/progress.ts', 'src/lib/a.ts imports src/stores/progress.ts: src/lib is pure logic: it holds no browser state'],
    ['src/lib/a.ts', 'src/islands/X.tsx', 'src/lib/a.ts imports src/islands/X.tsx: src/lib is pure logic: it knows no UI'],
    ['src/lib/a.ts', 'src/client/x.ts', 'src/lib/a.ts imports src/client/x.ts: src/lib is pure logic: it knows no page script'],
    ['src/lib/a.ts', 'src/data/catalog.ts', 'src/lib/a.ts imports src/data/catalog.ts: src/lib is pure logic: build-time content queries come to it as arguments'],
    ['src/data/deck.ts', 'src/islands/present/types.ts', 'src/data/deck.ts imports src/islands/present/types.ts: build-time content queries must not depend on an island'],
    ['src/data/a.ts', 'src/client/x.ts', 'src/data/a.ts imports src/client/x.ts: build-time content queries must not depend on a page script'],
    ['src/stores/a.ts', 'src/islands/X.tsx', 'src/stores/a.ts imports src/islands/X.tsx: browser state must not depend on an island'],
    ['src/stores/a.ts', 'src/client/x.ts', 'src/stores/a.ts imports src/client/x.ts: browser state must not depend on a page script'],
    ['src/islands/QuizIsland.tsx', 'src/client/register-sw.ts', 'src/islands/QuizIsland.tsx imports src/client/register-sw.ts: islands must not import page scripts (shared start-up is src/islands/boot.ts)'],
    ['src/client/x.ts', 'src/islands/boot.ts', 'src/client/x.ts imports src/islands/boot.ts: page scripts must not import islands'],
  ])('refuses %s → %s', (from, to, message) => {
    expect(violations([[from, to]])).toEqual([message]);
  });

  it.each([
    ['src/islands/X.tsx', 'src/stores/progress.ts'],
    ['src/islands/X.tsx', 'src/lib/quiz/score.ts'],
    ['src/client/x.ts', 'src/stores/progress.ts'],
    ['src/stores/progress.ts', 'src/lib/progress/read.ts'],
    ['src/data/catalog.ts', 'src/lib/urls.ts'],
    ['src/lib/a.ts', 'src/lib/b.ts'],
    ['src/pages/x.astro', 'src/islands/X.tsx'],
    ['src/components/X.astro', 'src/client/x.ts'],
  ])('allows %s → %s', (from, to) => {
    expect(violations([[from, to]])).toEqual([]);
  });
});

describe('the imports of src/', () => {
  const edges = importEdges();

  it('sees the imports it checks', () => {
    // A scan that found nothing would pass on nothing.
    expect(edges.length).toBeGreaterThan(300);
    expect(edges).toContainEqual(['src/stores/progress.ts', 'src/lib/progress/sealed.ts']);
    expect(edges).toContainEqual(['src/schemas/account-map.ts', 'src/schemas/account-map-vocabulary.ts']);
  });

  it('break no layering rule', () => {
    const pending = new Set(PENDING.map((p) => `${p.from} → ${p.to}`));
    expect(violations(edges.filter(([from, to]) => !pending.has(`${from} → ${to}`)))).toEqual([]);
  });

  it('still need each pending exception (remove an entry once its import is gone)', () => {
    for (const p of PENDING) expect(edges, `${p.from} → ${p.to} (${p.why})`).toContainEqual([p.from, p.to]);
  });
});
