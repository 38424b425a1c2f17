/*
 * The content model of this checkout, for everything that runs in Node at build time: the content
 * check (src/integrations/content-check.ts), the collections pages read (src/integrations/
 * model-loader.ts), the search index, the SCORM packages and npm run check:content.
 *
 * One memo per process, kept on globalThis: Astro loads the integrations, the content config and
 * the pages as separate module instances (its config loader, its content layer, the SSR bundle),
 * so a module-level memo would be built once per instance. The memo is keyed by file path and
 * text, so a file changed in `astro dev` is read again, and nothing else is.
 */
import * as fs from 'node:fs';
import { buildModel, ContentMemo, type ContentModel, type ModelStats } from '../lib/content/model.ts';
import type { ContentFile } from '../lib/content/problems.ts';
import { readContentTree as readTree } from '../lib/content/tree.ts';

const MEMO = Symbol.for('sales-course.content-memo');
const STATS = Symbol.for('sales-course.content-model-stats');
const scope = globalThis as typeof globalThis & { [MEMO]?: ContentMemo; [STATS]?: ModelStats };

/**
 * The process's count of parsing and validation, kept apart from the memo: should a module
 * instance ever build its own memo, its validations still count here, and the build's log line
 * and tests/build/content-model.test.ts see them.
 */
const stats = (): ModelStats => (scope[STATS] ??= { parsed: 0, validations: 0, scenarioFiles: new Set() });

/** The process's memo: the same object in every module instance. */
const memo = (): ContentMemo => (scope[MEMO] ??= new ContentMemo(stats()));

/** Every .yaml and .mdx file below `<root>/content`, paths relative to `root`. */
export const readContentTree = (root: string): ContentFile[] => readTree(fs, root);

/** The content model of the checkout at `root` (files read now; parsing and validation memoized per process). */
export const contentModel = (root: string = process.cwd()): ContentModel => buildModel(readContentTree(root), memo());

/** What the process's models have parsed and validated so far. */
export const contentModelStats = (): ModelStats => stats();

/** Where the build writes its model stats for tests/build (the checkout's .cache, like Astro's cache). */
export const STATS_FILE = '.cache/content-model.json';
