import type { Question } from '../../schemas/quiz.ts';
import type { Scenario } from '../../schemas/scenario.ts';
import type { Answer } from '../../schemas/answer.ts';
import { scoreQuestion } from '../quiz/score.ts';
import { describePath } from '../scenario/engine.ts';
import { buildTranscript, type CourseInfo } from './transcript.ts';
import { parseResults } from './file.ts';
import type { AccountMap } from '../../schemas/account-map.ts';

export interface DashboardInput {
  info: CourseInfo;
  /** Every question of the course's banks. */
  questions: Question[];
  scenarios: Scenario[];
}

export interface TraineeRow {
  file: string;
  name: string;
  /** A trainee's own study, or a participant of a live class (whose file holds only the class's answers). */
  origin: 'self-study' | 'live';
  lessonsDone: number;
  lessonsTotal: number;
  minutes: number;
  /** Best assessment score, if taken. */
  assessment?: number;
  assessmentPassed: boolean;
  /** Best total per scenario id, if played. */
  scenarios: Record<string, number | undefined>;
  certificate: boolean;
  /** The trainee has a completed account map for the course (the flag every export carries). */
  mapCompleted: boolean;
  /** The course's account maps the trainee chose to share (none unless they ticked the box). */
  maps: AccountMap[];
}

export interface QuestionStat {
  id: string;
  prompt: string;
  answered: number;
  /** Share of answers with full credit, 0–1. */
  correctShare: number;
  /** The wrong option chosen most often (choice questions), with how many chose it. */
  commonWrong?: { text: string; count: number };
}

export interface Dashboard {
  trainees: TraineeRow[];
  /** Files not loaded, by name, with why (an i18n key and a detail). */
  rejected: { file: string; error: string }[];
  questions: QuestionStat[];
  /** scenario id → node id → choice index → how many trainees' latest play took it. */
  choices: Record<string, Record<string, Record<number, number>>>;
}

/** A stable fingerprint of a file's content, to spot the same results loaded twice. */
const fingerprint = (x: unknown) => JSON.stringify(x);

/** Loads many trainees' result files; bad and duplicate files are reported by name and the rest still count. */
export function aggregate(files: readonly { name: string; text: string }[], input: DashboardInput): Dashboard {
  const { info } = input;
  const trainees: TraineeRow[] = [];
  const rejected: Dashboard['rejected'] = [];
  const seen = new Map<string, string>();
  const answers: Record<string, Answer>[] = [];
  const choices: Dashboard['choices'] = {};

  for (const f of files) {
    const parsed = parseResults(f.text);
    if (!parsed.ok) {
      rejected.push({ file: f.name, error: parsed.error });
      continue;
    }
    const key = fingerprint(parsed.file);
    if (seen.has(key)) {
      rejected.push({ file: f.name, error: `duplicate:${seen.get(key)}` });
      continue;
    }
    seen.set(key, f.name);
    const { origin, live } = parsed.file;
    if (origin.kind === 'live') {
      // A live class: no study record, but its answers count in each question's difficulty.
      if (origin.course !== info.id) {
        rejected.push({ file: f.name, error: 'other-course' });
        continue;
      }
      trainees.push({ file: f.name, name: parsed.file.name ?? '', origin: 'live', lessonsDone: 0, lessonsTotal: info.lessons.length, minutes: 0, assessmentPassed: false, scenarios: {}, certificate: false, mapCompleted: false, maps: [] });
      if (live) answers.push(live.answers);
      continue;
    }
    const p = parsed.file.progress;
    const course = p.courses[info.id];
    if (!course) {
      rejected.push({ file: f.name, error: 'other-course' });
      continue;
    }
    const mapCompleted = parsed.file.accountMaps.completed[info.id] === true;
    const t = buildTranscript(p, info, mapCompleted);
    trainees.push({
      file: f.name,
      name: parsed.file.name ?? '',
      origin: 'self-study',
      lessonsDone: t.done,
      lessonsTotal: t.lessons.length,
      minutes: Math.round(t.seconds / 60),
      ...(t.assessment?.best !== undefined ? { assessment: t.assessment.best } : {}),
      assessmentPassed: !!t.assessment?.passed,
      scenarios: Object.fromEntries(t.scenarios.map((s) => [s.id, s.best?.total])),
      certificate: t.certificate.earned,
      mapCompleted,
      maps: (parsed.file.accountMaps.maps ?? []).filter((m) => m.course === info.id),
    });
    for (const q of [...Object.values(course.quizzes ?? {}), ...(course.assessment ? [course.assessment] : [])]) if (q.submitted) answers.push(q.answers);
    for (const s of input.scenarios) {
      const path = course.scenarios?.[s.id]?.latest?.path;
      if (!path) continue;
      for (const step of describePath(s, path)) {
        const at = ((choices[s.id] ??= {})[step.node] ??= {});
        at[step.index] = (at[step.index] ?? 0) + 1;
      }
    }
  }

  const questions = input.questions.map((q): QuestionStat => {
    const given = answers.map((a) => a[q.id]).filter((a): a is Answer => a !== undefined);
    const correct = given.filter((a) => scoreQuestion(q, a).correct).length;
    const wrong = new Map<string, number>();
    for (const a of given) {
      if (q.type === 'single' && typeof a === 'string' && !q.options.find((o) => o.id === a)?.correct) wrong.set(a, (wrong.get(a) ?? 0) + 1);
      if (q.type === 'multiple' && Array.isArray(a)) for (const id of a) if (!q.options.find((o) => o.id === id)?.correct) wrong.set(id, (wrong.get(id) ?? 0) + 1);
      if (q.type === 'truefalse' && typeof a === 'boolean' && a !== q.answer) wrong.set(String(a), (wrong.get(String(a)) ?? 0) + 1);
    }
    const [top] = [...wrong.entries()].sort((x, y) => y[1] - x[1]);
    const text = (id: string) => (q.type === 'single' || q.type === 'multiple' ? q.options.find((o) => o.id === id)?.text ?? id : id);
    return { id: q.id, prompt: q.prompt, answered: given.length, correctShare: given.length ? correct / given.length : 0, ...(top ? { commonWrong: { text: text(top[0]), count: top[1] } } : {}) };
  });
  return { trainees, rejected, questions, choices };
}
