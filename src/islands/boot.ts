/*
 * What every island that shows the trainee's progress needs once per page, before its first
 * render in the browser: progress read (with the notice if it had to be repaired) and the service
 * worker registered, so a trainee who lands on a lesson is covered once its knowledge check shows.
 * Imported by use-progress.ts; nothing runs on the server.
 */
import { startProgressWithNotice } from '../stores/progress-notice.ts';
import { registerServiceWorker } from '../stores/offline.ts';

if (typeof document !== 'undefined') {
  startProgressWithNotice();
  registerServiceWorker();
}
