import { toCsv } from './csv.ts';
import type { Transcript } from './transcript.ts';

/** The trainee's transcript as CSV rows: one per lesson, the assessment, and one per scenario. */
export function transcriptCsv(t: Transcript, labels: { kind: string; item: string; status: string; score: string; attempts: string; minutes: string; passed: string; lesson: string; assessment: string; scenario: string; states: Record<string, string> }): string {
  const rows: (string | number | undefined)[][] = [[labels.kind, labels.item, labels.status, labels.score, labels.attempts, labels.minutes]];
  for (const l of t.lessons) rows.push([labels.lesson, l.title, labels.states[l.state], l.check?.best, l.check?.attempts, Math.round(l.seconds / 60)]);
  if (t.assessment) rows.push([labels.assessment, '', t.assessment.passed ? labels.passed : '', t.assessment.best, t.assessment.attempts, '']);
  for (const s of t.scenarios) rows.push([labels.scenario, s.title, s.best?.ending, s.best ? `${s.best.total}/${s.best.max}` : undefined, s.attempts, '']);
  return toCsv(rows);
}

/** Today's date for file names: 2026-11-27. */
export const stamp = (d: Date) => d.toISOString().slice(0, 10);
