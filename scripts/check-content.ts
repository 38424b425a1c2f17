// npm run check:content [-- <project root>]: validates every content file; exit 1 on problems.
// Warnings (item-writing rules, glossary terms missing from their lesson, English variants and spellings) are printed but do not fail.
import { checkContent, formatProblem } from '../src/lib/content/check.ts';
import { contentModel } from '../src/data/content-model.ts';

const root = process.argv[2] ?? process.cwd();
const report = checkContent(contentModel(root));
if (report.warnings.length) {
  // Counted per course and language, since each rule judges a course's items in one language.
  const per = new Map<string, number>();
  for (const w of report.warnings) {
    const group = /^content\/courses\/([^/]+\/[^/]+)\//.exec(w.file)?.[1] ?? w.file;
    per.set(group, (per.get(group) ?? 0) + 1);
  }
  console.warn(`${report.warnings.length} warning(s), which do not fail the check: ${[...per].map(([g, n]) => `${g} ${n}`).join(', ')}\n`);
  for (const w of report.warnings) console.warn('  ⚠ ' + formatProblem(w));
  console.warn('');
}
if (report.problems.length) {
  console.error(`Content check failed: ${report.problems.length} problem(s)\n`);
  for (const p of report.problems) console.error('  ✗ ' + formatProblem(p));
  process.exit(1);
}
const { courses, lessons, quizzes, questions, scenarios } = report.counts;
console.log(`Content check passed: ${courses} course(s), ${lessons} lesson(s), ${quizzes} question bank(s) with ${questions} questions, ${scenarios} scenario(s).`);
if (report.notes.length) console.log('\nScenario score ranges (worst…best per dimension):\n' + report.notes.map((n) => '  ' + n).join('\n'));
