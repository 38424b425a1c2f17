import { AccountMapSchema, AccountMapsFileSchema, type AccountMap } from '../../schemas/account-map.ts';
import { ACCOUNT_MAPS_FORMAT, ACCOUNT_MAPS_VERSION, isCompleted } from './rules.ts';

/*
 * Export and import of account maps as JSON. This module pulls in zod, so the page loads it only
 * when a file is chosen (`await import(...)`).
 */


export type ParsedMaps = { ok: true; maps: AccountMap[] } | { ok: false; error: string };

/** Reads an imported file, trusting nothing; an error is `not-json`, `foreign`, `newer` or `invalid:<path>`. */
export function parseMapsFile(text: string): ParsedMaps {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch {
    return { ok: false, error: 'not-json' };
  }
  if (typeof data !== 'object' || data === null || (data as { format?: unknown }).format !== ACCOUNT_MAPS_FORMAT) return { ok: false, error: 'foreign' };
  const version = (data as { version?: unknown }).version;
  if (typeof version === 'number' && version > ACCOUNT_MAPS_VERSION) return { ok: false, error: 'newer' };
  const parsed = AccountMapsFileSchema.safeParse(data);
  if (!parsed.success) return { ok: false, error: `invalid:${parsed.error.issues[0]!.path.join('.') || '(file)'}` };
  return { ok: true, maps: parsed.data.maps };
}

/** A map that meets the capstone: type, stage, at least 4 people with roles, a discovery plan and next actions (rule: isCompleted). */
export const CompletedAccountMapSchema = AccountMapSchema.refine(isCompleted, { message: 'not completed: needs a type, a stage, 4 people with roles, a discovery step and a next action' });
