import { lintItems, type LintBank } from './item-lint.ts';
import type { LessonInfo } from './lesson.ts';
import { entryId, type ContentModel } from './model.ts';
import { ROOT, type Problem } from './problems.ts';

/** Question banks: schema, the lesson they belong to, the sections they link to, ids unique per course. */
export function checkQuizzes(model: ContentModel, lessons: Map<string, LessonInfo>, problems: Problem[]) {
  const questionIds = new Map<string, string>();
  const perCourse = new Map<string, number>();
  const banks = new Set<string>();
  const lintable: LintBank[] = [];
  let questions = 0;
  for (const f of model.quizzes) {
    const { path } = f;
    if (path) banks.add(entryId(path));
    problems.push(...f.problems);
    if (!path || !f.data) continue;
    const key = entryId(path);
    const quiz = f.data;
    lintable.push({ file: f.file, group: `${path.course}/${path.locale}`, questions: quiz.questions });
    if (quiz.lesson !== path.id) problems.push({ file: f.file, where: 'lesson', message: `is "${quiz.lesson}", but the file is named after "${path.id}"` });
    const lesson = lessons.get(key);
    if (!lesson) { problems.push({ file: f.file, message: `there is no lesson "${path.id}" in ${path.course}/${path.locale}` }); continue; }
    if (!lesson.hasQuiz) problems.push({ file: f.file, message: `the lesson ${lesson.file} does not show it: add <Quiz /> where the knowledge check belongs` });
    perCourse.set(`${path.course}/${path.locale}`, (perCourse.get(`${path.course}/${path.locale}`) ?? 0) + quiz.questions.length);
    quiz.questions.forEach((q, i) => {
      questions++;
      const where = `questions[${i}] "${q.id}"`;
      if (!lesson.headings.includes(q.section)) {
        problems.push({ file: f.file, where: `${where}.section`, message: `"${q.section}" is not a ## heading of ${lesson.file}; headings: ${lesson.headings.join(' | ')}` });
      }
      const other = questionIds.get(`${path.course}/${path.locale}/${q.id}`);
      if (other) problems.push({ file: f.file, where: `${where}.id`, message: `question id "${q.id}" is also used in ${other}` });
      questionIds.set(`${path.course}/${path.locale}/${q.id}`, f.file);
    });
  }
  for (const [key, lesson] of lessons) {
    if (lesson.hasQuiz && !banks.has(key)) {
      const [course, locale, id] = key.split('/');
      problems.push({ file: lesson.file, message: `uses <Quiz />, but there is no question bank ${ROOT}${course}/${locale}/quizzes/${id}.yaml` });
    }
  }
  return { files: model.quizzes.length, questions, perCourse, warnings: lintItems(lintable) };
}
