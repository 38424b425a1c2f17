import type { Progress, ScenarioProgress, ScenarioResult } from '../../schemas/progress.ts';
import { courseOf } from './record.ts';

export function getScenario(p: Progress, course: string, id: string): ScenarioProgress | undefined {
  return p.courses[course]?.scenarios?.[id];
}

function update(p: Progress, course: string, id: string, change: (s: ScenarioProgress) => ScenarioProgress): Progress {
  const c = courseOf(p, course);
  const scenarios = { ...c.scenarios, [id]: change(c.scenarios?.[id] ?? { attempts: 0 }) };
  return { ...p, courses: { ...p.courses, [course]: { ...c, scenarios } } };
}

/** Saves the choices of the play in progress, so a reload resumes there. */
export const setScenarioPath = (p: Progress, course: string, id: string, path: number[]) => update(p, course, id, (s) => ({ ...s, current: path }));

/** Records a finished play: it becomes the latest, and the best if its total is higher (an equal total keeps the earlier best). */
export function finishScenario(p: Progress, course: string, id: string, result: ScenarioResult): Progress {
  return update(p, course, id, ({ current: _done, ...s }) => ({
    ...s,
    attempts: s.attempts + 1,
    latest: result,
    best: !s.best || result.total > s.best.total ? result : s.best,
  }));
}

/** Starts a new play; results so far are kept. */
export const restartScenario = (p: Progress, course: string, id: string) => setScenarioPath(p, course, id, []);
