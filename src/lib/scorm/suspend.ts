import { deflateSync } from 'fflate';
import type { Progress } from '../../schemas/progress.ts';
import { readProgress } from '../progress/read.ts';

/*
 * SCORM 1.2 keeps a SCO's state in cmi.suspend_data: at most 4,096 characters. The record is
 * trimmed of what resuming does not need (the answers of attempts already marked, the previous
 * assessment draw), compressed (deflate) and written in base64, which every LMS stores safely.
 * A record of a trainee who has done everything encodes to about 1.5 KB (printed by npm run bench).
 */

export const SUSPEND_LIMIT = 4096;

/**
 * What resuming needs: marked attempts keep their scores but not their answers, nor the answers'
 * times (an LMS heard those when the attempt was submitted); the attempt in progress keeps its
 * answers, its start and their times, so latency stays right when it is finished elsewhere.
 */
export function trimForSuspend(p: Progress): Progress {
  const courses = Object.fromEntries(
    Object.entries(p.courses).map(([id, c]) => {
      const quiz = <Q extends { submitted: boolean; answers: object; previous?: string[]; startedAt?: number; seconds?: object }>(q: Q): Q => {
        const { previous: _previous, ...rest } = q;
        if (!q.submitted) return rest as Q;
        const { startedAt: _startedAt, seconds: _seconds, ...marked } = rest;
        return { ...marked, answers: {} } as Q;
      };
      const quizzes = c.quizzes && Object.fromEntries(Object.entries(c.quizzes).map(([k, q]) => [k, quiz(q)]));
      return [id, { ...c, ...(quizzes ? { quizzes } : {}), ...(c.assessment ? { assessment: quiz(c.assessment) } : {}) }];
    }),
  );
  return { ...p, courses };
}

const toBase64 = (bytes: Uint8Array) => btoa(Array.from(bytes, (b) => String.fromCharCode(b)).join(''));
const fromBase64 = (text: string) => Uint8Array.from(atob(text), (c) => c.charCodeAt(0));

async function pipe(data: Uint8Array, stream: CompressionStream | DecompressionStream): Promise<Uint8Array> {
  const out = new Response(new Blob([data as BlobPart]).stream().pipeThrough(stream));
  return new Uint8Array(await out.arrayBuffer());
}

/** The suspend_data text for a record; throws if even the trimmed record would not fit. */
export async function encodeSuspend(p: Progress): Promise<string> {
  const json = JSON.stringify(trimForSuspend(p));
  const text = toBase64(await pipe(new TextEncoder().encode(json), new CompressionStream('deflate-raw')));
  if (text.length > SUSPEND_LIMIT) throw new Error(`suspend_data would be ${text.length} characters, over SCORM 1.2's ${SUSPEND_LIMIT}`);
  return text;
}

/**
 * The same text format, made without waiting (fflate's raw deflate instead of CompressionStream): the
 * launch page reports from a pagehide handler, where nothing asynchronous is sure to finish.
 */
export function encodeSuspendNow(p: Progress): string {
  const text = toBase64(deflateSync(new TextEncoder().encode(JSON.stringify(trimForSuspend(p))), { level: 9 }));
  if (text.length > SUSPEND_LIMIT) throw new Error(`suspend_data would be ${text.length} characters, over SCORM 1.2's ${SUSPEND_LIMIT}`);
  return text;
}

/** Reads suspend_data back; anything unreadable gives null (the LMS copy is then ignored, never trusted). */
export async function decodeSuspend(text: string): Promise<Progress | null> {
  if (!text) return null;
  try {
    const json = new TextDecoder().decode(await pipe(fromBase64(text), new DecompressionStream('deflate-raw')));
    const read = readProgress(json);
    return read.status === 'ok' || read.status === 'migrated' ? read.progress : null;
  } catch {
    return null;
  }
}
