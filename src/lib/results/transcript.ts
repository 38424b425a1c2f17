import type { Progress } from '../../schemas/progress.ts';
import { lessonStates, type LessonState } from '../progress/record.ts';
import { hasPassed } from '../progress/quiz.ts';

/** What the results pages need to know about a course; built from its content at build time. */
export interface CourseInfo {
  id: string;
  title: string;
  lessons: { id: string; title: string }[];
  /** Lessons with a knowledge check. */
  checked: string[];
  checkPass: number;
  assessment?: { questions: number; pass: number };
  scenarios: { id: string; title: string; dimensions: { id: string; label: string; best: number; worst: number }[]; endings: Record<string, string> }[];
  /** The course's account-map page, when it has the tool. */
  accountMap?: string;
  /** What earns the certificate: every lesson complete, plus these. */
  certificate: { assessment: boolean; scenarios: number; accountMap?: boolean };
}

export interface Transcript {
  lessons: { id: string; title: string; state: LessonState; seconds: number; check?: { best?: number; attempts: number } }[];
  done: number;
  seconds: number;
  assessment?: { best?: number; attempts: number; passed: boolean };
  scenarios: { id: string; title: string; attempts: number; best?: { total: number; max: number; ending: string; scores: { label: string; score: number; best: number; worst: number }[] } }[];
  /** Finished scenarios (at least one play). */
  finishedScenarios: number;
  /** Certificate: earned, or what is still missing (as keys the page turns into words). */
  certificate: { earned: boolean; missing: { lessons: number; assessment: boolean; scenarios: number; accountMap: boolean } };
}

/**
 * The trainee's record for one course, in the shape the transcript, CSV and certificate show.
 * `mapCompleted`: whether the trainee has a completed account map for the course (kept apart from
 * progress; in a results file, `accountMaps.completed`).
 */
export function buildTranscript(p: Progress, info: CourseInfo, mapCompleted = false): Transcript {
  const c = p.courses[info.id];
  const states = lessonStates(p, info.id, info.lessons.map((l) => l.id), { passPercent: info.checkPass, checked: info.checked });
  const lessons = info.lessons.map((l, i) => {
    const q = c?.quizzes?.[l.id];
    return {
      id: l.id,
      title: l.title,
      state: states[i]!.state,
      seconds: c?.lessons[l.id]?.seconds ?? 0,
      ...(info.checked.includes(l.id) ? { check: { ...(q?.best !== undefined ? { best: q.best } : {}), attempts: q?.attempts ?? 0 } } : {}),
    };
  });
  const a = c?.assessment;
  const assessment = info.assessment ? { ...(a?.best !== undefined ? { best: a.best } : {}), attempts: a?.attempts ?? 0, passed: hasPassed(a, info.assessment.pass) } : undefined;
  const scenarios = info.scenarios.map((s) => {
    const sp = c?.scenarios?.[s.id];
    const best = sp?.best;
    return {
      id: s.id,
      title: s.title,
      attempts: sp?.attempts ?? 0,
      ...(best ? { best: { total: best.total, max: s.dimensions.reduce((n, d) => n + d.best, 0), ending: s.endings[best.ending] ?? best.ending, scores: s.dimensions.map((d) => ({ label: d.label, score: best.scores[d.id] ?? 0, best: d.best, worst: d.worst })) } } : {}),
    };
  });
  const done = lessons.filter((l) => l.state === 'done').length;
  const finishedScenarios = scenarios.filter((s) => s.attempts > 0).length;
  const missing = {
    lessons: lessons.length - done,
    assessment: info.certificate.assessment && !!info.assessment && !assessment?.passed,
    scenarios: Math.max(0, info.certificate.scenarios - finishedScenarios),
    accountMap: !!info.certificate.accountMap && !mapCompleted,
  };
  return {
    lessons,
    done,
    seconds: lessons.reduce((n, l) => n + l.seconds, 0),
    ...(assessment ? { assessment } : {}),
    scenarios,
    finishedScenarios,
    certificate: { earned: !missing.lessons && !missing.assessment && !missing.scenarios && !missing.accountMap, missing },
  };
}
