import type { CourseRef } from './course.ts';
import type { ContentModel } from './model.ts';
import type { Problem } from './problems.ts';

/** The components lesson authors may use in MDX; the lesson page provides them, so no imports. */
export const MDX_COMPONENTS = ['Callout', 'Flow', 'Step', 'KeyPoints', 'Discussion', 'TrainerNote', 'Quiz', 'Scenario', 'Slide', 'SlideBreak', 'Cite',
  // Diagrams (src/mdx/diagrams): one line each, on its own paragraph.
  'DecisionProcess', 'BuyingCentre', 'OrgTypes', 'Factors', 'DiscoveryMethods', 'SoeTimeline'] as const;
export type MdxComponentName = (typeof MDX_COMPONENTS)[number];

/** Course pages that lessons must not shadow: /<course>/<id>/. */
export const RESERVED = ['assessment', 'results', 'present', 'scenarios', 'dashboard', 'sources', 'glossary', 'account-map'];

/** What the quiz, scenario and account-map checks need of a lesson, by `<course>/<locale>/<lesson>`. */
export interface LessonInfo {
  file: string;
  /** The text of its `## ` headings. */
  headings: string[];
  hasQuiz: boolean;
  /** Ids of the scenarios it embeds. */
  scenarios: string[];
}

/** Whether a lesson body shows its knowledge check (`<Quiz />`). */
export const showsQuiz = (body: string) => /<Quiz[\s/>]/.test(body);

/** The ids of the scenarios a lesson body plays in place (`<Scenario id="…" />`), in order. */
export const embeddedScenarios = (body: string) => [...body.matchAll(/<Scenario\s+id="([^"]*)"/g)].map((m) => m[1]!);

function checkBody(file: string, body: string): Problem[] {
  const problems: Problem[] = [];
  const allowed = new Set<string>(MDX_COMPONENTS);
  let inCode = false;
  body.split('\n').forEach((line, i) => {
    if (/^\s*```/.test(line)) inCode = !inCode;
    if (inCode) return;
    const where = `body line ${i + 1}`;
    if (/^#\s/.test(line)) problems.push({ file, where, message: 'a "# " heading: the page shows the title already; start sections with "## "' });
    if (/^(import|export)\s/.test(line)) problems.push({ file, where, message: 'imports are not needed: the lesson page provides ' + MDX_COMPONENTS.join(', ') });
    for (const m of line.matchAll(/<\/?([A-Z][A-Za-z0-9]*)/g)) {
      if (!allowed.has(m[1]!)) problems.push({ file, where, message: `unknown component <${m[1]}>; available: ${MDX_COMPONENTS.join(', ')}` });
    }
    for (const m of line.matchAll(/<Slide(?=[\s>])([^>]*)>/g)) {
      if (!/\btitle="[^"]*\S[^"]*"/.test(m[1]!)) problems.push({ file, where, message: '<Slide> needs a title: <Slide title="…"> (it is the slide\'s heading)' });
    }
  });
  return problems;
}

/**
 * Lessons: where the file is, its frontmatter, the components its body uses, and its place in
 * course.yaml. Returns what later checks need by lesson key, `seen` (lesson key → file) and the count.
 */
export function checkLessons(model: ContentModel, courses: Map<string, CourseRef>, problems: Problem[]) {
  const lessons = new Map<string, LessonInfo>();
  const seen = new Map<string, string>();
  for (const l of model.lessons) {
    problems.push(...l.problems);
    const { path, body } = l;
    if (!path || body === undefined) continue;
    problems.push(...checkBody(l.file, body));

    const key = `${path.course}/${path.locale}/${path.lesson}`;
    lessons.set(key, { file: l.file, headings: l.headings.map((h) => h.text), hasQuiz: showsQuiz(body), scenarios: embeddedScenarios(body) });
    if (seen.has(key)) problems.push({ file: l.file, message: `lesson id "${path.lesson}" is also used by ${seen.get(key)}` });
    seen.set(key, l.file);
    const course = courses.get(path.course);
    if (!course) { problems.push({ file: l.file, message: `course "${path.course}" has no valid course.yaml` }); continue; }
    if (RESERVED.includes(path.lesson)) problems.push({ file: l.file, message: `"${path.lesson}" is a page of every course; give the lesson another id` });
    const index = course.lessons.indexOf(path.lesson);
    if (index < 0) { problems.push({ file: l.file, message: `lesson "${path.lesson}" is not listed under lessons: in ${course.file}` }); continue; }
    if (l.data && l.data.order !== index + 1) {
      problems.push({ file: l.file, where: 'frontmatter.order', message: `is ${l.data.order}, but ${course.file} lists this lesson at position ${index + 1}` });
    }
    if (path.number !== null && path.number !== index + 1) {
      problems.push({ file: l.file, message: `file number ${String(path.number).padStart(2, '0')} does not match position ${index + 1} in ${course.file}` });
    }
  }
  return { lessons, seen, count: model.lessons.length };
}
