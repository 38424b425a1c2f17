/*
 * The SCORM 1.2 launch page of a course package (scripts/build-scorm.ts). It holds the LMS session
 * for the whole visit: the course runs in an iframe beside it, on the same origin, so the pages
 * need no SCORM code at all. This page
 *   - finds the LMS's API, starts the session and resumes: suspend_data is merged into the
 *     browser's progress before the first page loads, and the last location is reopened;
 *   - hears every change the pages make to progress (storage events) and reports suspend_data,
 *     lesson_status and score.raw, and the page the trainee is on as lesson_location;
 *   - ends the session when the trainee leaves.
 * Without an LMS the course simply opens.
 */
import { PROGRESS_KEY } from '../lib/progress/storage.ts';
import { readProgress } from '../lib/progress/read.ts';
import { mergeProgress } from '../lib/progress/merge.ts';
import { decodeSuspend, encodeSuspend } from '../lib/scorm/suspend.ts';
import { scormReport } from '../lib/scorm/status.ts';

interface Scorm12 {
  LMSInitialize(x: ''): string;
  LMSGetValue(key: string): string;
  LMSSetValue(key: string, value: string): string;
  LMSCommit(x: ''): string;
  LMSFinish(x: ''): string;
}

/** The SCORM 1.2 API object: on this window or a parent (up to 10 levels), or on the opener's. */
function findApi(): Scorm12 | null {
  let w: Window = window;
  for (let i = 0; i < 10; i++) {
    const api = (w as unknown as { API?: Scorm12 }).API;
    if (api) return api;
    if (w.parent === w) break;
    w = w.parent;
  }
  return (window.opener as { API?: Scorm12 } | null)?.API ?? null;
}

const { course, pass } = document.documentElement.dataset as { course: string; pass: string };
const frame = document.querySelector<HTMLIFrameElement>('#course')!;
const api = findApi();
const read = () => readProgress(localStorage.getItem(PROGRESS_KEY)).progress;

let last = '';
async function report() {
  if (!api) return;
  const p = read();
  const data = await encodeSuspend(p);
  if (data !== last) api.LMSSetValue('cmi.suspend_data', (last = data));
  const { status, score } = scormReport(p, course, Number(pass));
  api.LMSSetValue('cmi.core.lesson_status', status);
  if (score !== undefined) {
    api.LMSSetValue('cmi.core.score.min', '0');
    api.LMSSetValue('cmi.core.score.max', '100');
    api.LMSSetValue('cmi.core.score.raw', String(score));
  }
  api.LMSCommit('');
}

async function start() {
  let location = '';
  if (api && api.LMSInitialize('') === 'true') {
    const saved = await decodeSuspend(api.LMSGetValue('cmi.suspend_data'));
    if (saved) localStorage.setItem(PROGRESS_KEY, JSON.stringify(mergeProgress(read(), saved)));
    location = api.LMSGetValue('cmi.core.lesson_location');
    if (api.LMSGetValue('cmi.core.lesson_status') === 'not attempted') api.LMSSetValue('cmi.core.lesson_status', 'incomplete');
  } else {
    document.querySelector<HTMLElement>('#no-lms')!.hidden = false;
  }
  // Only a location inside the package is reopened.
  frame.src = /^[\w%.\-/#]+$/.test(location) && !location.includes('..') ? location : `${course}/index.html`;
}

// Pages write progress often (study time every 15 s): report at most every 2 s.
let timer: ReturnType<typeof setTimeout> | undefined;
addEventListener('storage', (e) => {
  if (e.key !== PROGRESS_KEY) return;
  clearTimeout(timer);
  timer = setTimeout(() => void report(), 2000);
});
frame.addEventListener('load', () => {
  if (!api) return;
  const here = frame.contentWindow?.location;
  if (!here) return;
  const base = new URL('.', window.location.href).pathname;
  const rel = here.pathname.startsWith(base) ? here.pathname.slice(base.length) + here.hash : '';
  if (rel) api.LMSSetValue('cmi.core.lesson_location', rel);
  void report();
});
addEventListener('pagehide', () => {
  if (!api) return;
  api.LMSSetValue('cmi.core.exit', 'suspend');
  api.LMSCommit('');
  api.LMSFinish('');
});
void start();
