// npm test: every suite, in order, then one line "N passed, N failed" over all of them.
//   1. unit tests (vitest)    3. type check            5. SCORM package          7. end-to-end tests
//   2. content check          4. production builds:    6. tests of the build        (Playwright)
//                                dist/ and, with BASE_PATH=/training/, dist-training/
// Each step prints its time, and a table of times closes the run. Chromium comes from Debian:
// installed with apt when running as root (timed apart: it is a one-time setup, not the tests),
// otherwise we say how.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { chromiumPath } from './browser.ts';
import { freePort } from './serve.ts';

const root = fileURLToPath(new URL('..', import.meta.url));
const reports = `${root}reports/`;
rmSync(reports, { recursive: true, force: true });
mkdirSync(reports, { recursive: true });

let passed = 0;
let failed = 0;
const results: string[] = [];
const times: [string, number][] = [];
const started = performance.now();
let stepName = '';
let stepStart = 0;
const secs = (ms: number) => `${(ms / 1000).toFixed(1)} s`;
const run = (cmd: string, args: string[], env: NodeJS.ProcessEnv = {}) => spawnSync(cmd, args, { cwd: root, stdio: 'inherit', env: { ...process.env, ...env } }).status === 0;
/** Closes the step under way (printing its time) and opens the next. */
const step = (name?: string) => {
  if (stepName) {
    const ms = performance.now() - stepStart;
    times.push([stepName, ms]);
    console.log(`━━ ${stepName}: ${secs(ms)} ━━`);
  }
  stepName = name ?? '';
  stepStart = performance.now();
  if (name) console.log(`\n━━ ${name} ━━`);
};
const count = (name: string, p: number, f: number) => {
  passed += p;
  failed += f;
  results.push(`${name}: ${p} passed, ${f} failed`);
};
const readJson = (file: string) => (existsSync(file) ? JSON.parse(readFileSync(file, 'utf8')) : null);

function vitest(name: string, config: string, report: string) {
  step(name);
  const ok = run('npx', ['vitest', 'run', '-c', config, '--reporter=default', '--reporter=json', `--outputFile=${reports}${report}`]);
  const r = readJson(`${reports}${report}`);
  if (r) count(name, r.numPassedTests, r.numFailedTests + (ok || r.numFailedTests ? 0 : 1));
  else count(name, 0, 1);
}

/** Debian's Chromium and CJK fonts; apt as root, instructions otherwise. Returns the browser path or undefined. */
function ensureChromium(): string | undefined {
  const fonts = existsSync('/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc');
  if (chromiumPath() && fonts) return chromiumPath();
  const isRoot = process.getuid?.() === 0;
  if (!isRoot) {
    console.error('\nChromium or CJK fonts are missing. Install Debian\'s packages, then run npm test again:\n  sudo apt-get update && sudo apt-get install -y chromium fonts-noto-cjk\n(or set CHROMIUM_PATH to a Chromium binary). Never `npx playwright install`: it downloads a browser.');
    return undefined;
  }
  step('Setup: installing chromium and fonts-noto-cjk with apt (once per machine, not counted as test time)');
  run('apt-get', ['update', '-q']);
  run('apt-get', ['install', '-y', '-q', '--no-install-recommends', 'chromium', 'fonts-noto-cjk']);
  step('End-to-end tests (Chromium)');
  return chromiumPath();
}

vitest('Unit tests', 'vitest.config.ts', 'unit.json');

step('Content check');
const contentOk = run('node', ['scripts/check-content.ts']);
count('Content check', contentOk ? 1 : 0, contentOk ? 0 : 1);

step('Type check');
const typesOk = run('npm', ['run', '--silent', 'check:types']);
count('Type check', typesOk ? 1 : 0, typesOk ? 0 : 1);

step('Production build');
// At the root whatever the shell says (BASE_PATH unset): the other suites test the site as served from "/".
const buildOk = run('npx', ['astro', 'build'], { BASE_PATH: '' });
count('Production build', buildOk ? 1 : 0, buildOk ? 0 : 1);

// The same site for a sub-path (a company intranet's /training/), which tests/build/subpath.test.ts
// follows link by link and tests/e2e/subpath.spec.ts serves under /training/.
step('Production build under /training/ (BASE_PATH)');
const subpathOk = run('npx', ['astro', 'build', '--outDir', 'dist-training'], { BASE_PATH: '/training/' });
count('Production build under /training/', subpathOk ? 1 : 0, subpathOk ? 0 : 1);

if (buildOk) {
  step('SCORM package');
  const scormOk = run('node', ['scripts/build-scorm.ts', '--no-build']);
  count('SCORM package', scormOk ? 1 : 0, scormOk ? 0 : 1);
  vitest('Build tests', 'vitest.build.config.ts', 'build.json');
  step('End-to-end tests (Chromium)');
  if (ensureChromium()) {
    // A free port of our own, so a server someone left running (say `npm run preview`) is never in the way.
    const port = await freePort();
    process.env.E2E_PORT ??= String(port);
    run('npx', ['playwright', 'test']);
    const r = readJson(`${reports}e2e.json`);
    if (r) count('End-to-end tests', r.stats.expected + r.stats.flaky, r.stats.unexpected);
    else count('End-to-end tests', 0, 1);
  } else count('End-to-end tests', 0, 1);
}

step();
const setup = times.filter(([n]) => n.startsWith('Setup')).reduce((a, [, ms]) => a + ms, 0);
console.log('\nTimes:');
for (const [name, ms] of times) console.log(`  ${name.replace(/ \(.*$/, '').padEnd(40)} ${secs(ms).padStart(8)}`);
console.log(`  ${'npm test, without one-time setup'.padEnd(40)} ${secs(performance.now() - started - setup).padStart(8)}`);
console.log(`\n${results.join('\n')}\n`);
console.log(`${passed} passed, ${failed} failed`);
process.exit(failed ? 1 : 0);
