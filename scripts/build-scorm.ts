// npm run build:scorm: one SCORM 1.2 package per course, in dist-scorm/<course>-scorm12.zip.
// Builds the site first unless given --no-build (npm test has just built it).
import { spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, readFileSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { zipSync } from 'fflate';
import { parse } from 'yaml';
import { CourseSchema } from '../src/schemas/course.ts';
import { launchPage, manifest, rewriteHtml } from './scorm-package.ts';

const root = fileURLToPath(new URL('..', import.meta.url));
const dist = join(root, 'dist');
const out = join(root, 'dist-scorm');
const run = (cmd: string, args: string[]) => {
  const r = spawnSync(cmd, args, { cwd: root, stdio: 'inherit' });
  if (r.status !== 0) process.exit(r.status ?? 1);
};

if (!process.argv.includes('--no-build')) run('npx', ['astro', 'build']);
rmSync(out, { recursive: true, force: true });

const walk = (dir: string): string[] => readdirSync(dir).flatMap((n) => (statSync(join(dir, n)).isDirectory() ? walk(join(dir, n)) : [join(dir, n)]));
const courses = readdirSync(join(root, 'content/courses'));

for (const id of courses) {
  const course = CourseSchema.parse(parse(readFileSync(join(root, 'content/courses', id, 'course.yaml'), 'utf8')));
  const title = course.title['zh-CN'];
  const pkg = join(out, id);
  mkdirSync(pkg, { recursive: true });
  // The whole site goes in (assets are shared), but only this course's pages are linked from the launch page.
  cpSync(dist, pkg, { recursive: true });
  for (const file of walk(pkg).filter((f) => f.endsWith('.html'))) {
    const rel = relative(pkg, file).split(sep).join('/');
    writeFileSync(file, rewriteHtml(readFileSync(file, 'utf8'), rel));
  }
  writeFileSync(join(pkg, 'launch.html'), launchPage({ course: id, title, pass: course.assessment?.passPercent ?? 80, noLms: '未连接到学习管理系统（LMS）：学习进度只保存在本浏览器中。' }));
  run('npx', ['esbuild', 'src/scorm/launch.ts', '--bundle', '--minify', '--format=iife', `--outfile=${join(pkg, 'launch.js')}`, '--log-level=warning']);
  const files = walk(pkg).map((f) => relative(pkg, f).split(sep).join('/')).sort();
  writeFileSync(join(pkg, 'imsmanifest.xml'), manifest({ id, title, mastery: course.assessment?.passPercent ?? 80, files }));
  const entries = Object.fromEntries(walk(pkg).map((f) => [relative(pkg, f).split(sep).join('/'), readFileSync(f)]));
  const zip = zipSync(entries, { level: 9 });
  writeFileSync(join(out, `${id}-scorm12.zip`), zip);
  console.log(`SCORM 1.2 package: dist-scorm/${id}-scorm12.zip (${(zip.length / 1024).toFixed(0)} KB, ${files.length + 1} files)`);
}
