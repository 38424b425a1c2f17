// npm run build:scorm: the SCORM packages of each course, in dist-scorm/:
//   <course>-scorm12.zip    SCORM 1.2
//   <course>-scorm2004.zip  SCORM 2004 4th edition
// Both by default; `-- --12` or `-- --2004` builds only that one. Each package is also left
// unpacked in dist-scorm/<course>-scorm12/ and dist-scorm/<course>-scorm2004/ (the e2e test serves those).
// Builds the site first unless given --no-build (npm test has just built it).
import { spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, readFileSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { zipSync } from 'fflate';
import { contentModel } from '../src/data/content-model.ts';
import { launchData } from '../src/lib/scorm/report.ts';
import { useT } from '../src/i18n/index.ts';
import { launchPage, manifest, rewriteHtml, type ScormVersion } from './scorm-package.ts';

const root = fileURLToPath(new URL('..', import.meta.url));
const dist = join(root, 'dist');
const out = join(root, 'dist-scorm');
const run = (cmd: string, args: string[]) => {
  const r = spawnSync(cmd, args, { cwd: root, stdio: 'inherit' });
  if (r.status !== 0) process.exit(r.status ?? 1);
};
const args = process.argv.slice(2);
const only = (['1.2', '2004'] as const).filter((v) => args.includes(v === '1.2' ? '--12' : '--2004'));
const versions: ScormVersion[] = only.length ? [...only] : ['1.2', '2004'];
const NAME: Record<ScormVersion, string> = { '1.2': 'scorm12', '2004': 'scorm2004' };

// A package is made from the site as built for "/" (its links become relative), never from a sub-path build.
delete process.env.BASE_PATH;
if (!args.includes('--no-build')) run('npx', ['astro', 'build']);
if (!readFileSync(join(dist, 'index.html'), 'utf8').includes('data-base="/"')) {
  console.error('dist/ was built for a sub-path (BASE_PATH): build it for "/" first, or leave out --no-build.');
  process.exit(1);
}
rmSync(out, { recursive: true, force: true });
mkdirSync(out, { recursive: true });

const walk = (dir: string): string[] => readdirSync(dir).flatMap((n) => (statSync(join(dir, n)).isDirectory() ? walk(join(dir, n)) : [join(dir, n)]));
// The same content model the site was built from (src/data/content-model.ts); the build's content check has passed it.
const model = contentModel(root);
const unread = [...model.courses, ...model.quizzes, ...model.scenarios].flatMap((f) => f.problems);
if (unread.length) throw new Error(`Content cannot be read (npm run check:content): ${unread.map((p) => `${p.file}: ${p.message}`).join('; ')}`);
const courses = model.courses.flatMap((c) => (c.data ? [{ id: c.path.course, course: c.data }] : []));
const of = <T>(files: { path: { course: string; locale: string } | null; data?: T }[], id: string) =>
  files.flatMap((f) => (f.path?.course === id && f.path.locale === 'zh-CN' && f.data ? [f.data] : []));

// The launch script is the same for every package: it reads the version from launch.html.
const script = join(out, 'launch.js');
run('npx', ['esbuild', 'src/scorm/launch.ts', '--bundle', '--minify', '--format=iife', `--outfile=${script}`, '--log-level=warning']);

for (const { id, course } of courses) {
  const title = course.title['zh-CN'];
  const pass = course.assessment?.passPercent ?? 80;
  // Answer keys and scenario endings are the same in every language: the Chinese content is the source.
  const data = launchData({
    course: id,
    pass,
    checkPass: course.checks.passPercent,
    lessons: course.lessons,
    quizzes: of(model.quizzes, id),
    scenarios: of(model.scenarios, id),
  });
  for (const version of versions) {
    const name = `${id}-${NAME[version]}`;
    const pkg = join(out, name);
    mkdirSync(pkg, { recursive: true });
    // The whole site goes in (assets are shared), but only this course's pages are linked from the launch page.
    cpSync(dist, pkg, { recursive: true });
    for (const file of walk(pkg).filter((f) => f.endsWith('.html'))) {
      const rel = relative(pkg, file).split(sep).join('/');
      writeFileSync(file, rewriteHtml(readFileSync(file, 'utf8'), rel));
    }
    writeFileSync(join(pkg, 'launch.html'), launchPage({ version, title, data, noLms: useT('zh-CN')('scorm.noLms') }));
    cpSync(script, join(pkg, 'launch.js'));
    const files = walk(pkg).map((f) => relative(pkg, f).split(sep).join('/')).sort();
    writeFileSync(join(pkg, 'imsmanifest.xml'), manifest({ id, title, mastery: pass, files, version }));
    const entries = Object.fromEntries(walk(pkg).map((f) => [relative(pkg, f).split(sep).join('/'), readFileSync(f)]));
    const zip = zipSync(entries, { level: 9 });
    writeFileSync(join(out, `${name}.zip`), zip);
    console.log(`SCORM ${version} package: dist-scorm/${name}.zip (${(zip.length / 1024).toFixed(0)} KB, ${files.length + 1} files)`);
  }
}
rmSync(script);
