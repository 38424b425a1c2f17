// npm run bench: builds the site, then prints what every page ships (gzip bytes) against the
// budgets in docs/architecture.md, and how long the build took. Timings are reported, never asserted.
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { weighSite } from './page-weight.ts';
import { RESERVED } from '../src/lib/content/check.ts';
import { generateScenario } from './generate.ts';
import { validateScenario } from '../src/lib/scenario/validate.ts';
import { encodeSuspend, SUSPEND_LIMIT } from '../src/lib/scorm/suspend.ts';
import { fullRecord } from './full-record.ts';
import { cpSync, mkdtempSync, rmSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { writeGeneratedCourse } from './generate-course.ts';
import { liveLoadRun } from './bench-live.ts';

const root = fileURLToPath(new URL('..', import.meta.url));
const dist = `${root}dist/`;
const KB = 1024;

const started = performance.now();
const build = spawnSync('npx', ['astro', 'build'], { cwd: root, encoding: 'utf8' });
const buildMs = performance.now() - started;
if (build.status !== 0) {
  console.error(build.stdout, build.stderr);
  process.exit(1);
}

const pages = weighSite(dist);
const kb = (n: number) => (n / KB).toFixed(2).padStart(6);
/** A lesson's JavaScript budget: 25 KB with a scenario, 20 KB with a quiz, 3 KB with no islands. */
const budgetFor = (html: string) => (/ScenarioIsland/.test(html) ? 25 * KB : /<astro-island/.test(html) ? 20 * KB : 3 * KB);
console.log(`\nPage weights (gzip -9, KB). JS: every chunk the page loads, islands included; base: the page's own scripts without islands.\n`);
console.log(`${'page'.padEnd(46)} ${'JS'.padStart(6)} ${'base'.padStart(6)} ${'lazy'.padStart(6)} ${'CSS'.padStart(6)} ${'HTML'.padStart(6)}  budget`);
let failed = 0;
for (const p of pages) {
  const html = readFileSync(p.file, 'utf8');
  const lesson = /^(?:\/en)?\/[a-z0-9-]+\/[a-z0-9-]+\/$/.test(p.page) && !/^\/en\/[a-z0-9-]+\/$/.test(p.page) && !RESERVED.some((r) => p.page.endsWith(`/${r}/`));
  const jsBudget = lesson ? budgetFor(html) : Infinity;
  // A lesson's own scripts (base) must fit 3 KB; with its quiz, 20 KB in all.
  const ok = p.js <= jsBudget && (!lesson || p.baseJs <= 3 * KB) && p.css <= 15 * KB;
  if (!ok) failed++;
  const note = lesson ? `JS ≤ ${jsBudget / KB} KB, base ≤ 3 KB, CSS ≤ 15 KB` : 'CSS ≤ 15 KB';
  console.log(`${p.page.padEnd(46)} ${kb(p.js)} ${kb(p.baseJs)} ${kb(p.lazyJs)} ${kb(p.css)} ${kb(p.html)}  ${ok ? '✓' : '✗'} ${note}`);
}
console.log(`\nBuild: ${(buildMs / 1000).toFixed(1)} s for ${pages.length} pages (${(buildMs / pages.length).toFixed(0)} ms per page)`);

// Checking a large scenario: the same checks the content check runs, on 5,000 generated nodes.
const big = generateScenario(5000);
const t0 = performance.now();
const analysis = validateScenario(big);
const checkMs = performance.now() - t0;
console.log(`Scenario check: ${Object.keys(big.nodes).length} nodes in ${checkMs.toFixed(0)} ms (${analysis.problems.length} problems; best 角色识别 ${analysis.ranges.roles?.best})`);

// SCORM 1.2 suspend_data for a trainee who has done everything (limit 4,096 characters).
const full = fullRecord();
const suspend = await encodeSuspend(full);
console.log(`SCORM suspend_data, complete record: ${suspend.length} characters of ${SUSPEND_LIMIT} (record ${JSON.stringify(full).length} characters as JSON)`);

// How build cost grows with content: the project with one more, generated course of 200 lessons
// (each with a five-question check), built in a scratch copy.
if (!process.argv.includes('--quick')) {
  const scratch = mkdtempSync(join(tmpdir(), 'course-bench-'));
  for (const f of ['src', 'public', 'content', 'scripts', 'astro.config.mjs', 'package.json', 'tsconfig.json']) cpSync(join(root, f), join(scratch, f), { recursive: true });
  symlinkSync(join(root, 'node_modules'), join(scratch, 'node_modules'));
  writeGeneratedCourse(join(scratch, 'content'), 200);
  const t1 = performance.now();
  const big = spawnSync('npx', ['astro', 'build'], { cwd: scratch, encoding: 'utf8' });
  const ms = performance.now() - t1;
  const count = big.status === 0 ? weighSite(join(scratch, 'dist/')).length : 0;
  console.log(big.status === 0 ? `Scale: +200 generated lessons → ${count} pages in ${(ms / 1000).toFixed(1)} s (${(ms / count).toFixed(0)} ms per page; the course alone: ${(buildMs / pages.length).toFixed(0)} ms per page)` : `Scale build failed:\n${big.stderr.slice(-2000)}`);
  rmSync(scratch, { recursive: true, force: true });
}

// A live class on loopback: 300 phones answering 10 questions (scripts/bench-live.ts).
const live = await liveLoadRun({ participants: 300, questions: 10, root });
console.log(
  `Live class: ${live.participants} participants × ${live.questions} questions = ${live.answers} answers in ${(live.elapsed / 1000).toFixed(1)} s; ` +
    `lost ${live.lost}, double-counted ${live.doubles}, refused ${live.refused}; p95 answer → presenter's tally ${live.p95.toFixed(0)} ms (target < 250 ms); ` +
    `server memory ${(live.memory / 1024).toFixed(0)} MB RSS`,
);

console.log(failed ? `\n${failed} page(s) over budget` : '\nAll pages within budget');
