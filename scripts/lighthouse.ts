// npm run lighthouse: Lighthouse (mobile) on the home page, a lesson with a quiz, a scenario and
// the presenter view of the production build, in Debian's Chromium; prints the four scores.
import { spawn, spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { chromiumPath } from './browser.ts';
import { serveStatic, waitUntilServing } from './serve.ts';

/** Runs a command to its end without blocking this process (which serves the pages meanwhile). */
function spawnAsync(cmd: string, args: string[], options: { cwd: string; env: NodeJS.ProcessEnv }): Promise<{ status: number | null; stdout: string; stderr: string }> {
  return new Promise((done) => {
    const child = spawn(cmd, args, { ...options, stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    child.stdout.setEncoding('utf8').on('data', (d: string) => (stdout += d));
    child.stderr.setEncoding('utf8').on('data', (d: string) => (stderr += d));
    child.on('close', (status) => done({ status, stdout, stderr }));
  });
}

const root = fileURLToPath(new URL('..', import.meta.url));
const PORT = 4340;
const PAGES = ['/', '/customer-org/roles/', '/customer-org/scenarios/gov-open-tender/', '/customer-org/roles/present/'];
const chrome = chromiumPath();
if (!chrome) {
  console.error('Chromium not found: sudo apt-get install -y chromium fonts-noto-cjk');
  process.exit(1);
}
if (!existsSync(`${root}dist/index.html`) || process.argv.includes('--build')) spawnSync('npx', ['astro', 'build'], { cwd: root, stdio: 'inherit' });

// The tests' own static server, in this process; Lighthouse starts only once it answers.
const server = await serveStatic(`${root}dist`, { port: PORT, host: 'localhost' });
await waitUntilServing(`http://localhost:${PORT}/`);
let worst = 100;
try {
  console.log(`${'page'.padEnd(44)} perf  a11y  best  seo`);
  for (const page of PAGES) {
    // Lighthouse runs as a child while this process serves: spawnSync would block the server.
    const run = await spawnAsync('npx', ['lighthouse', `http://localhost:${PORT}${page}`, '--quiet', '--output=json', '--output-path=stdout', '--only-categories=performance,accessibility,best-practices,seo', '--chrome-flags=--headless=new --no-sandbox --disable-gpu --disable-background-networking --disable-component-update --disable-sync --disable-quic'], { cwd: root, env: { ...process.env, CHROME_PATH: chrome } });
    if (run.status !== 0) {
      console.error(`${page}: lighthouse failed\n${run.stderr.slice(-1500)}`);
      worst = 0;
      continue;
    }
    const report = JSON.parse(run.stdout) as { categories: Record<string, { score: number }>; audits: Record<string, { score: number | null; title: string; scoreDisplayMode: string }> };
    const scores = ['performance', 'accessibility', 'best-practices', 'seo'].map((c) => Math.round((report.categories[c]?.score ?? 0) * 100));
    worst = Math.min(worst, ...scores);
    console.log(`${page.padEnd(44)} ${scores.map((s) => String(s).padStart(4)).join('  ')}`);
    // What kept a category from 100, so the gap can be closed.
    for (const [id, a] of Object.entries(report.audits)) if (a.score !== null && a.score < 1 && a.scoreDisplayMode === 'binary') console.log(`    ✗ ${id}: ${a.title}`);
  }
} finally {
  await server.close();
}
console.log(worst === 100 ? '\nAll four categories at 100 on every page.' : `\nLowest score: ${worst}`);
