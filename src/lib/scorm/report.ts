import type { Progress } from '../../schemas/progress.ts';
import type { Question } from '../../schemas/quiz.ts';
import type { Scenario } from '../../schemas/scenario.ts';
import { lessonStates, type LessonState } from '../progress/record.ts';
import { answerInteraction, answerKey, interactionRows, scenarioInteraction, type AnswerKey, type Interaction, type Rating, type ScormVersion } from './interactions.ts';
import { scorm2004Report, scormReport } from './status.ts';
import { scorm12Time, scorm2004Time, studiedSeconds } from './time.ts';

/*
 * Everything the launch page tells the LMS besides suspend_data and the location, planned as a
 * list of SetValue calls from the progress record. Pure and incremental: the state remembers what
 * was already said, so each report sends only what changed, and an attempt or a play is reported
 * once.
 */

/** Data elements whose names differ between the versions. */
export const ELEMENTS: Record<ScormVersion, Record<'learnerId' | 'learnerName' | 'location' | 'suspend' | 'sessionTime' | 'exit', string>> = {
  '1.2': { learnerId: 'cmi.core.student_id', learnerName: 'cmi.core.student_name', location: 'cmi.core.lesson_location', suspend: 'cmi.suspend_data', sessionTime: 'cmi.core.session_time', exit: 'cmi.core.exit' },
  '2004': { learnerId: 'cmi.learner_id', learnerName: 'cmi.learner_name', location: 'cmi.location', suspend: 'cmi.suspend_data', sessionTime: 'cmi.session_time', exit: 'cmi.exit' },
};

/** What the launch page knows of the course, written into launch.html by scripts/build-scorm.ts. */
export interface LaunchData {
  course: string;
  /** The final assessment's pass mark (the manifest's mastery score). */
  pass: number;
  /** Knowledge checks' pass mark. */
  checkPass: number;
  /** Lesson ids in course order. */
  lessons: string[];
  /** Question ids of each lesson's knowledge check, in bank order. */
  checks: Record<string, string[]>;
  /** Every question's answer key, by question id. */
  items: Record<string, AnswerKey>;
  /** Each scenario's dimension ids (in order) and its endings' ratings. */
  scenarios: Record<string, { dimensions: string[]; endings: Record<string, Rating> }>;
}

/** Builds the launch data from a course's content. */
export function launchData(opts: { course: string; pass: number; checkPass: number; lessons: string[]; quizzes: { lesson: string; questions: Question[] }[]; scenarios: Scenario[] }): LaunchData {
  return {
    course: opts.course,
    pass: opts.pass,
    checkPass: opts.checkPass,
    lessons: opts.lessons,
    checks: Object.fromEntries(opts.quizzes.map((q) => [q.lesson, q.questions.map((x) => x.id)])),
    items: Object.fromEntries(opts.quizzes.flatMap((q) => q.questions.map((x) => [x.id, answerKey(x)]))),
    scenarios: Object.fromEntries(
      opts.scenarios.map((s) => [s.id, {
        dimensions: s.dimensions.map((d) => d.id),
        endings: Object.fromEntries(Object.entries(s.nodes).flatMap(([id, n]) => (n.ending ? [[id, n.ending.rating]] : []))),
      }]),
    ),
  };
}

export interface ReportState {
  version: ScormVersion;
  /** Attempts already reported, by "assessment", "check.<lesson>" or "scenario.<id>". */
  reported: Record<string, number>;
  /** The next cmi.interactions index. */
  nextInteraction: number;
  /** cmi.objectives index of each lesson already there. */
  objectives: Record<string, number>;
  /** Study seconds at launch: the session's time is what they grew by. */
  startSeconds: number;
  /** Last value set per element, so an unchanged value is not sent again. */
  written: Record<string, string>;
}

/** Attempts so far of every check, the assessment and every scenario in a record. */
function attempts(p: Progress, course: string): Record<string, number> {
  const c = p.courses[course];
  const out: Record<string, number> = {};
  for (const [lesson, q] of Object.entries(c?.quizzes ?? {})) out[`check.${lesson}`] = q.attempts;
  if (c?.assessment) out.assessment = c.assessment.attempts;
  for (const [id, s] of Object.entries(c?.scenarios ?? {})) out[`scenario.${id}`] = s.attempts;
  return out;
}

/**
 * The state at launch. `resumed` is the learner's record as the LMS handed it back: its attempts
 * were reported in earlier sessions. `interactionCount` and `objectiveIds` are what the LMS already
 * holds (cmi.interactions._count, cmi.objectives.n.id).
 */
export function startReport(version: ScormVersion, resumed: Progress, course: string, interactionCount: number, objectiveIds: readonly string[]): ReportState {
  return {
    version,
    reported: attempts(resumed, course),
    nextInteraction: Number.isInteger(interactionCount) && interactionCount > 0 ? interactionCount : 0,
    objectives: Object.fromEntries(objectiveIds.map((id, n) => [id, n])),
    startSeconds: studiedSeconds(resumed, course),
    written: {},
  };
}

/** New interactions: the last submitted attempt of each check and of the assessment, and each scenario's last play, not yet reported. */
export function newInteractions(state: ReportState, p: Progress, data: LaunchData): { key: string; attempt: number; rows: Interaction[] }[] {
  const c = p.courses[data.course];
  const out: { key: string; attempt: number; rows: Interaction[] }[] = [];
  const quiz = (key: string, q: { submitted: boolean; attempts: number; answers: Record<string, unknown>; questions?: string[]; seconds?: Record<string, number> } | undefined, ids: readonly string[]) => {
    if (!q?.submitted || q.attempts <= (state.reported[key] ?? 0)) return;
    const rows = ids.flatMap((id) => {
      const k = data.items[id];
      return k ? [answerInteraction(state.version, `${key}.${q.attempts}.${id}`, k, q.answers[id] as never, q.seconds?.[id])] : [];
    });
    out.push({ key, attempt: q.attempts, rows });
  };
  for (const lesson of Object.keys(c?.quizzes ?? {}).sort()) quiz(`check.${lesson}`, c!.quizzes![lesson], data.checks[lesson] ?? Object.keys(c!.quizzes![lesson]!.answers));
  quiz('assessment', c?.assessment, c?.assessment?.questions ?? Object.keys(c?.assessment?.answers ?? {}));
  for (const id of Object.keys(c?.scenarios ?? {}).sort()) {
    const s = c!.scenarios![id]!;
    const key = `scenario.${id}`;
    if (!s.latest || s.attempts <= (state.reported[key] ?? 0)) continue;
    const meta = data.scenarios[id] ?? { dimensions: [], endings: {} };
    out.push({ key, attempt: s.attempts, rows: [scenarioInteraction(state.version, `${key}.${s.attempts}`, s.latest, meta)] });
  }
  return out;
}

/** One lesson's objective: its status (1.2) or completion and success (2004), and its check's best score. */
export function objectiveValues(version: ScormVersion, state: LessonState, hasCheck: boolean, best: number | undefined, pass: number): [string, string][] {
  const score: [string, string][] = best === undefined ? [] : version === '1.2'
    ? [['score.min', '0'], ['score.max', '100'], ['score.raw', String(best)]]
    : [['score.scaled', String(best / 100)], ['score.min', '0'], ['score.max', '100'], ['score.raw', String(best)]];
  const passed = best !== undefined && best >= pass;
  const failed = best !== undefined && !passed;
  if (version === '1.2') {
    const status = state === 'done' ? (hasCheck ? 'passed' : 'completed') : failed ? 'failed' : state === 'new' && best === undefined ? 'not attempted' : 'incomplete';
    return [...score, ['status', status]];
  }
  const completion = state === 'done' || state === 'read' ? 'completed' : state === 'new' && best === undefined ? 'not attempted' : 'incomplete';
  return [...score, ['success_status', passed ? 'passed' : failed ? 'failed' : 'unknown'], ['completion_status', completion]];
}

/** The SetValue calls this report needs, in order, and the state after them. */
export function planReport(state: ReportState, p: Progress, data: LaunchData): { sets: [string, string][]; state: ReportState } {
  const { version } = state;
  const next: ReportState = { ...state, reported: { ...state.reported }, objectives: { ...state.objectives }, written: { ...state.written } };
  const sets: [string, string][] = [];
  const set = (el: string, value: string) => {
    if (next.written[el] === value) return;
    next.written[el] = value;
    sets.push([el, value]);
  };

  // The course: status and score.
  if (version === '1.2') {
    const { status, score } = scormReport(p, data.course, data.pass);
    set('cmi.core.lesson_status', status);
    if (score !== undefined) {
      set('cmi.core.score.min', '0');
      set('cmi.core.score.max', '100');
      set('cmi.core.score.raw', String(score));
    }
  } else {
    const r = scorm2004Report(p, data.course, data.pass, data.lessons, { passPercent: data.checkPass, checked: Object.keys(data.checks) });
    set('cmi.completion_status', r.completion);
    set('cmi.success_status', r.success);
    if (r.score !== undefined) {
      set('cmi.score.min', '0');
      set('cmi.score.max', '100');
      set('cmi.score.raw', String(r.score));
      set('cmi.score.scaled', String(r.score / 100));
    }
  }

  // Lessons the learner has touched, as objectives, in the order they were first touched.
  const c = p.courses[data.course];
  const states = lessonStates(p, data.course, data.lessons, { passPercent: data.checkPass, checked: Object.keys(data.checks) });
  for (const { id, state: s } of states) {
    const best = c?.quizzes?.[id]?.best;
    const touched = s !== 'new' || c?.quizzes?.[id] !== undefined || id in next.objectives;
    if (!touched) continue;
    let n = next.objectives[id];
    if (n === undefined) {
      n = next.objectives[id] = Object.keys(next.objectives).length;
      set(`cmi.objectives.${n}.id`, id);
    }
    for (const [el, value] of objectiveValues(version, s, id in data.checks, best, data.checkPass)) set(`cmi.objectives.${n}.${el}`, value);
  }

  // New answers and plays, appended.
  for (const batch of newInteractions(next, p, data)) {
    for (const it of batch.rows) sets.push(...interactionRows(version, next.nextInteraction++, it));
    next.reported[batch.key] = batch.attempt;
  }

  // Time studied in this session, once there is some.
  const seconds = studiedSeconds(p, data.course) - next.startSeconds;
  if (seconds > 0) set(ELEMENTS[version].sessionTime, sessionTime(version, seconds));
  return { sets, state: next };
}

export const sessionTime = (version: ScormVersion, seconds: number) => (version === '1.2' ? scorm12Time(seconds) : scorm2004Time(seconds));
