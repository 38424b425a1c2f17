// npm run check:content [-- <project root>]: validates every content file; exit 1 on problems.
import { checkContent, formatProblem } from '../src/lib/content/check.ts';
import { readContentTree } from '../src/integrations/read-content-tree.ts';

const root = process.argv[2] ?? process.cwd();
const report = checkContent(readContentTree(root));
if (report.problems.length) {
  console.error(`Content check failed: ${report.problems.length} problem(s)\n`);
  for (const p of report.problems) console.error('  ✗ ' + formatProblem(p));
  process.exit(1);
}
console.log(`Content check passed: ${report.counts.courses} course(s), ${report.counts.lessons} lesson(s), ${report.counts.quizzes} question bank(s) with ${report.counts.questions} questions.`);
