/*
 * The session journal: one JSON line per accepted event, after a header line that says which
 * session it is. Append-only; replaying it through `apply` rebuilds the state. A line that cannot
 * be read (the last line torn by a crash, or damage) is skipped and reported, never fatal.
 */
import { LiveEventSchema } from '../../schemas/live.ts';
import { apply, newLive, type LiveEvent, type LiveState } from './session.ts';

export interface JournalHeader {
  kind: 'sales-course-live';
  version: 1;
  id: string;
  code: string;
  /** The trainer key, so a restarted server accepts the same presenter. The journal stays on the trainer's laptop. */
  key: string;
  course: string;
  startedAt: number;
}

export const headerLine = (h: JournalHeader) => `${JSON.stringify(h)}\n`;
export const eventLine = (e: LiveEvent) => `${JSON.stringify(e)}\n`;

const isHeader = (v: unknown): v is JournalHeader => {
  const h = v as JournalHeader;
  return !!h && h.kind === 'sales-course-live' && h.version === 1 && typeof h.id === 'string' && typeof h.code === 'string' && typeof h.key === 'string' && typeof h.startedAt === 'number';
};

export type Replayed = { ok: true; header: JournalHeader; state: LiveState; skipped: { line: number; reason: string }[] } | { ok: false; error: string };

/** Rebuilds a session from its journal's text. */
export function replay(text: string): Replayed {
  const lines = text.split('\n');
  let header: unknown;
  try {
    header = JSON.parse(lines[0] ?? '');
  } catch {
    return { ok: false, error: 'the first line is not a journal header' };
  }
  if (!isHeader(header)) return { ok: false, error: 'the first line is not a journal header' };
  let state = newLive(header.id, header.code, header.startedAt);
  const skipped: { line: number; reason: string }[] = [];
  lines.slice(1).forEach((line, i) => {
    if (!line.trim()) return;
    let data: unknown;
    try {
      data = JSON.parse(line);
    } catch {
      skipped.push({ line: i + 2, reason: 'not JSON' });
      return;
    }
    // The journal is a file on disk: read it as untrusted, like any stored data.
    const event = LiveEventSchema.safeParse(data);
    if (!event.success) return void skipped.push({ line: i + 2, reason: 'not an event' });
    const r = apply(state, event.data as LiveEvent);
    if (r.ok) state = r.state;
    else skipped.push({ line: i + 2, reason: r.message });
  });
  return { ok: true, header, state, skipped };
}
