import { startProgress } from './progress.ts';

/*
 * Starts progress on a page (src/client/progress-element.ts for page scripts, src/islands/boot.ts
 * for islands) and tells the trainee when the saved record was migrated or repaired, with the
 * original as a download (src/stores/show-notice.ts, loaded only then: most visits never need
 * it). Shown once per page, whichever starts first.
 */
let shown = false;
export function startProgressWithNotice(): void {
  void startProgress().then((n) => {
    if (!n || shown) return;
    shown = true;
    void import('./show-notice.ts').then((m) => m.showStorageNotice(n));
  });
}
