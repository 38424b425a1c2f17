/** The name a trainee types for the certificate: kept only in this browser, outside the progress record. */
export const NAME_KEY = 'sales-course:name';

export function readName(): string {
  try {
    return localStorage.getItem(NAME_KEY) ?? '';
  } catch {
    return '';
  }
}

export function saveName(name: string): void {
  try {
    localStorage.setItem(NAME_KEY, name.slice(0, 80));
  } catch {
    /* storage blocked: the name still shows on this page */
  }
}
