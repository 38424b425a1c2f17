import { checkCompliance } from '../scenario/compliance.ts';
import type { LessonInfo } from './lesson.ts';
import { entryId, type ContentModel } from './model.ts';
import { ROOT, type Problem } from './problems.ts';

/**
 * Scenarios: schema, graph checks (the model's validateScenario analysis), compliance rules
 * (src/lib/scenario/compliance.ts), lessons they name, and the lessons that embed them.
 * Returns one note per sound scenario: its best and worst score per dimension.
 */
export function checkScenarios(model: ContentModel, lessons: Map<string, LessonInfo>, problems: Problem[]) {
  const notes: string[] = [];
  const ids = new Set<string>();
  for (const f of model.scenarios) {
    const { path } = f;
    if (path) ids.add(entryId(path));
    problems.push(...f.problems);
    if (!path || !f.data || !f.analysis) continue;
    const { data: s, analysis } = f;
    if (s.id !== path.id) problems.push({ file: f.file, where: 'id', message: `is "${s.id}", but the file is named "${path.id}.yaml"` });
    s.lesson.forEach((l, i) => {
      if (!lessons.has(`${path.course}/${path.locale}/${l}`)) problems.push({ file: f.file, where: `lesson[${i}]`, message: `"${l}" is not a lesson of ${path.course}` });
    });
    s.debrief.forEach((d, i) => {
      if (!lessons.has(`${path.course}/${path.locale}/${d.lesson}`)) problems.push({ file: f.file, where: `debrief[${i}].lesson`, message: `"${d.lesson}" is not a lesson of ${path.course}` });
    });
    problems.push(...analysis.problems.map((p) => ({ file: f.file, where: p.where, message: p.message })));
    if (!analysis.problems.length) {
      problems.push(...checkCompliance(s, analysis).map((p) => ({ file: f.file, where: p.where, message: p.message })));
      notes.push(`${path.course}/${path.locale}/${s.id}: ` + s.dimensions.map((d) => `${d.label} ${analysis.ranges[d.id]!.worst}…${analysis.ranges[d.id]!.best}`).join(', '));
    }
  }
  for (const [key, lesson] of lessons) {
    const [course, locale] = key.split('/');
    for (const id of lesson.scenarios) {
      if (!ids.has(`${course}/${locale}/${id}`)) problems.push({ file: lesson.file, message: `<Scenario id="${id}" /> names no scenario: add ${ROOT}${course}/${locale}/scenarios/${id}.yaml` });
    }
  }
  return { count: model.scenarios.length, notes };
}
