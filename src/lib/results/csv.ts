import type { Transcript } from './transcript.ts';

/** One CSV field: quoted when it holds a comma, quote or line break; quotes doubled. */
export const csvField = (v: string | number | undefined | null) => {
  const s = v === undefined || v === null ? '' : String(v);
  return /[",\r\n]/.test(s) || /^\s|\s$/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
};

/**
 * A CSV document (RFC 4180, CRLF line ends) with a UTF-8 byte-order mark, so that Excel opens
 * Chinese text correctly.
 */
export function toCsv(rows: readonly (readonly (string | number | undefined | null)[])[]): string {
  return '\uFEFF' + rows.map((r) => r.map(csvField).join(',')).join('\r\n') + '\r\n';
}

/** The trainee's transcript as CSV rows: one per lesson, the assessment, and one per scenario. */
export function transcriptCsv(t: Transcript, labels: { kind: string; item: string; status: string; score: string; attempts: string; minutes: string; passed: string; lesson: string; assessment: string; scenario: string; states: Record<string, string> }): string {
  const rows: (string | number | undefined)[][] = [[labels.kind, labels.item, labels.status, labels.score, labels.attempts, labels.minutes]];
  for (const l of t.lessons) rows.push([labels.lesson, l.title, labels.states[l.state], l.check?.best, l.check?.attempts, Math.round(l.seconds / 60)]);
  if (t.assessment) rows.push([labels.assessment, '', t.assessment.passed ? labels.passed : '', t.assessment.best, t.assessment.attempts, '']);
  for (const s of t.scenarios) rows.push([labels.scenario, s.title, s.best?.ending, s.best ? `${s.best.total}/${s.best.max}` : undefined, s.attempts, '']);
  return toCsv(rows);
}
