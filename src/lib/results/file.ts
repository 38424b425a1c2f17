import type { Progress } from '../../schemas/progress.ts';
import { RESULTS_FORMAT, RESULTS_VERSION, ResultsFileSchema, type ResultsFile } from '../../schemas/results.ts';
import { migrate, MIGRATIONS } from '../progress/read.ts';
import { PROGRESS_VERSION } from '../progress/record.ts';

/** The file a trainee downloads: their progress, their name if given, and when. */
export function exportResults(progress: Progress, now: Date, name?: string): ResultsFile {
  return { format: RESULTS_FORMAT, version: RESULTS_VERSION, exportedAt: now.toISOString(), ...(name ? { name } : {}), progress };
}

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
  const file = data as { version?: unknown; progress?: { version?: unknown } };
  if (typeof file.version === 'number' && file.version > RESULTS_VERSION) return { ok: false, error: 'newer' };
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
