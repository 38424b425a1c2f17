import { NAME_KEY, NAME_MAX } from '../lib/storage-keys.ts';

/** The name a trainee types for the certificate: kept only in this browser, outside the progress record. */
export { NAME_KEY };

export function readName(): string {
  try {
    return localStorage.getItem(NAME_KEY) ?? '';
  } catch {
    return '';
  }
}

export function saveName(name: string): void {
  try {
    localStorage.setItem(NAME_KEY, name.slice(0, NAME_MAX));
  } catch {
    /* storage blocked: the name still shows on this page */
  }
}
