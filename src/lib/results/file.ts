import type { Progress } from '../../schemas/progress.ts';
import { RESULTS_FORMAT, RESULTS_VERSION, ResultsFileSchema, type AccountMapShare, type LiveRecord, type Origin, type ResultsFile } from '../../schemas/results.ts';
import { migrate, MIGRATIONS } from '../progress/read.ts';
import { PROGRESS_VERSION } from '../progress/record.ts';

export interface ExportExtras {
  /** Self-study unless said otherwise. */
  origin?: Origin;
  /** A live-class participant's answers, votes and responses (with a live origin). */
  live?: LiveRecord;
  /** Account maps: completion flags, and the maps when the trainee chose to include them. */
  accountMaps?: AccountMapShare;
}

/** The file a trainee downloads (or a live class exports per participant): progress, name if given, and when. */
export function exportResults(progress: Progress, now: Date, name?: string, extras: ExportExtras = {}): ResultsFile {
  return {
    format: RESULTS_FORMAT,
    version: RESULTS_VERSION,
    exportedAt: now.toISOString(),
    ...(name ? { name } : {}),
    origin: extras.origin ?? { kind: 'self-study' },
    progress,
    ...(extras.live ? { live: extras.live } : {}),
    accountMaps: extras.accountMaps ?? { completed: {} },
  };
}

/** Earlier file versions, brought up to the current one before validation. */
const FILE_MIGRATIONS: Record<number, (file: Record<string, unknown>) => Record<string, unknown>> = {
  // Version 1 knew only self-study and had no account maps.
  1: (file) => ({ ...file, version: 2, origin: { kind: 'self-study' }, accountMaps: { completed: {} } }),
};

export type ParsedResults = { ok: true; file: ResultsFile } | { ok: false; error: string };

/**
 * Reads an imported file, trusting nothing: not JSON, not our format, a newer version, or a
 * field that does not fit each get a message naming the problem. Older progress inside is migrated.
 */
export function parseResults(text: string): ParsedResults {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch {
    return { ok: false, error: 'not-json' };
  }
  if (typeof data !== 'object' || data === null || (data as { format?: unknown }).format !== RESULTS_FORMAT) return { ok: false, error: 'foreign' };
  let file = data as { version?: unknown; progress?: { version?: unknown } };
  if (typeof file.version === 'number' && file.version > RESULTS_VERSION) return { ok: false, error: 'newer' };
  for (let v = file.version; typeof v === 'number' && FILE_MIGRATIONS[v]; v = file.version) file = FILE_MIGRATIONS[v]!(file as Record<string, unknown>) as typeof file;
  const inner = file.progress?.version;
  if (typeof inner === 'number' && inner > PROGRESS_VERSION) return { ok: false, error: 'newer' };
  if (typeof inner === 'number' && inner < PROGRESS_VERSION) {
    try {
      file.progress = migrate(file.progress as Record<string, unknown>, inner, PROGRESS_VERSION, MIGRATIONS) as { version: number };
    } catch {
      return { ok: false, error: 'invalid:progress.version' };
    }
  }
  const parsed = ResultsFileSchema.safeParse(file);
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    return { ok: false, error: `invalid:${issue.path.join('.') || '(file)'}` };
  }
  return { ok: true, file: parsed.data };
}
