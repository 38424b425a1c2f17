import type { ContentModel } from './model.ts';
import { ROOT, type Problem } from './problems.ts';

/** What the other checks need of a course.yaml that could be read. */
export interface CourseRef {
  file: string;
  lessons: string[];
  assessment?: number;
}

/** Each course.yaml: read and valid by its schema. Returns the valid ones by course id. */
export function checkCourses(model: ContentModel, problems: Problem[]): Map<string, CourseRef> {
  const courses = new Map<string, CourseRef>();
  for (const c of model.courses) {
    problems.push(...c.problems);
    if (!c.data) continue;
    courses.set(c.path.course, { file: c.file, lessons: c.data.lessons, ...(c.data.assessment ? { assessment: c.data.assessment.questions } : {}) });
  }
  return courses;
}

/** Every lesson a course.yaml lists has its Chinese file (`seen`: lesson keys `<course>/<locale>/<lesson>` that have one). */
export function checkListedLessons(courses: Map<string, CourseRef>, seen: ReadonlyMap<string, string>, problems: Problem[]) {
  for (const [id, course] of courses) {
    course.lessons.forEach((lesson, i) => {
      if (!seen.has(`${id}/zh-CN/${lesson}`)) problems.push({ file: course.file, where: `lessons[${i}]`, message: `lesson "${lesson}" has no file ${ROOT}${id}/zh-CN/lessons/${String(i + 1).padStart(2, '0')}-${lesson}.mdx` });
    });
  }
}

/** The final assessment draws no more questions than the course's Chinese banks hold (`perCourse`: questions by `<course>/<locale>`). */
export function checkAssessments(courses: Map<string, CourseRef>, perCourse: ReadonlyMap<string, number>, problems: Problem[]) {
  for (const [id, course] of courses) {
    const available = perCourse.get(`${id}/zh-CN`) ?? 0;
    if (course.assessment && available < course.assessment) {
      problems.push({ file: course.file, where: 'assessment.questions', message: `is ${course.assessment}, but the course's question banks hold only ${available} questions` });
    }
  }
}
