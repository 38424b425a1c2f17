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

/** A YAML file in a course's locale folder: `<course>/<locale>/<folder>/<id>.yaml`. */
export interface DataPath {
  course: string;
  locale: string;
  /** The file name without `.yaml`: a question bank's lesson id, or a scenario's id. */
  id: string;
}

/** Splits `customer-org/zh-CN/quizzes/roles.yaml` (folder `quizzes`); null for another path. */
export function parseDataPath(entry: string, folder: 'quizzes' | 'scenarios'): DataPath | null {
  const m = new RegExp(`^([^/]+)/([^/]+)/${folder}/([^/]+)\\.yaml$`).exec(entry);
  return m ? { course: m[1]!, locale: m[2]!, id: m[3]! } : null;
}

/** The collection id of a question bank or scenario: `customer-org/zh-CN/roles`. */
export const dataEntryId = (folder: 'quizzes' | 'scenarios') => (entry: string): string => {
  const p = parseDataPath(entry, folder);
  return p ? `${p.course}/${p.locale}/${p.id}` : entry;
};
