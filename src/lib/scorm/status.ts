import type { Progress } from '../../schemas/progress.ts';
import { lessonStates, type CompletionRule } from '../progress/record.ts';
import { hasPassed } from '../progress/quiz.ts';

export interface ScormReport {
  /** cmi.core.lesson_status */
  status: 'passed' | 'failed' | 'incomplete';
  /** cmi.core.score.raw: the final assessment's best score, once taken. */
  score?: number;
}

/**
 * What a SCORM 1.2 LMS is told: the final assessment decides passed or failed (its best score
 * against the pass mark, which is also the manifest's mastery score); before it is taken, incomplete.
 */
export function scormReport(p: Progress, course: string, passPercent: number): ScormReport {
  const a = p.courses[course]?.assessment;
  if (a?.best === undefined) return { status: 'incomplete' };
  return { status: hasPassed(a, passPercent) ? 'passed' : 'failed', score: a.best };
}

export interface Scorm2004Report {
  /** cmi.completion_status: completed once every lesson is complete and the final assessment was taken. */
  completion: 'completed' | 'incomplete';
  /** cmi.success_status: the final assessment's best score against the pass mark; unknown before it is taken. */
  success: 'passed' | 'failed' | 'unknown';
  /** The final assessment's best score, 0–100 (cmi.score.raw; cmi.score.scaled is it ÷ 100). */
  score?: number;
}

/** What a SCORM 2004 LMS is told: completion (the lessons and taking the assessment) and success (passing it), separately. */
export function scorm2004Report(p: Progress, course: string, passPercent: number, lessons: readonly string[], rule: CompletionRule): Scorm2004Report {
  const { status, score } = scormReport(p, course, passPercent);
  const taken = (p.courses[course]?.assessment?.attempts ?? 0) > 0;
  const allDone = lessonStates(p, course, lessons, rule).every((l) => l.state === 'done');
  return {
    completion: taken && allDone ? 'completed' : 'incomplete',
    success: status === 'incomplete' ? 'unknown' : status,
    ...(score !== undefined ? { score } : {}),
  };
}
