/*
 * How content file paths map to ids. Paths are relative to content/courses:
 *   <course>/course.yaml
 *   <course>/<locale>/lessons/NN-<lesson>.mdx
 */

/** `customer-org/course.yaml` → `customer-org`. */
export const courseIdOf = (entry: string): string => entry.split('/')[0] ?? entry;

export interface LessonPath {
  course: string;
  locale: string;
  /** The number before the id in the file name, e.g. 3 for `03-decision-process.mdx`; null if absent. */
  number: number | null;
  /** The lesson id, e.g. `decision-process`. */
  lesson: string;
}

/** Splits a lesson file path; returns null when it is not `<course>/<locale>/lessons/<file>.mdx`. */
export function parseLessonPath(entry: string): LessonPath | null {
  const m = /^([^/]+)\/([^/]+)\/lessons\/(?:(\d+)-)?([^/]+)\.mdx$/.exec(entry);
  if (!m) return null;
  return { course: m[1]!, locale: m[2]!, number: m[3] ? Number(m[3]) : null, lesson: m[4]! };
}

/** The collection id of a lesson: `customer-org/zh-CN/decision-process`. */
export function lessonEntryId(entry: string): string {
  const p = parseLessonPath(entry);
  return p ? `${p.course}/${p.locale}/${p.lesson}` : entry;
}

/** `customer-org/zh-CN/quizzes/roles.yaml` → `customer-org/zh-CN/roles`, or null for another path. */
export function parseQuizPath(entry: string): { course: string; locale: string; lesson: string } | null {
  const m = /^([^/]+)\/([^/]+)\/quizzes\/([^/]+)\.yaml$/.exec(entry);
  return m ? { course: m[1]!, locale: m[2]!, lesson: m[3]! } : null;
}

/** The collection id of a question bank: the id of the lesson it belongs to, `customer-org/zh-CN/roles`. */
export function quizEntryId(entry: string): string {
  const p = parseQuizPath(entry);
  return p ? `${p.course}/${p.locale}/${p.lesson}` : entry;
}

/** `customer-org/zh-CN/scenarios/soe-platform.yaml` → its parts, or null for another path. */
export function parseScenarioPath(entry: string): { course: string; locale: string; id: string } | null {
  const m = /^([^/]+)\/([^/]+)\/scenarios\/([^/]+)\.yaml$/.exec(entry);
  return m ? { course: m[1]!, locale: m[2]!, id: m[3]! } : null;
}

/** The collection id of a scenario: `customer-org/zh-CN/soe-platform`. */
export function scenarioEntryId(entry: string): string {
  const p = parseScenarioPath(entry);
  return p ? `${p.course}/${p.locale}/${p.id}` : entry;
}
