/*
 * The launch page of a course's SCORM package (scripts/build-scorm.ts), for SCORM 1.2 or SCORM 2004
 * 4th edition (<html data-scorm>). It holds the LMS session for the whole visit: the course runs in
 * an iframe beside it, on the same origin, so the pages need no SCORM code at all. This page
 *   - finds the LMS's API and starts the session;
 *   - before the first page loads, makes the browser's stored data this learner's: the previous
 *     user's keys are parked and this learner's restored (src/lib/scorm/learners.ts), the progress
 *     record becomes the learner's LMS record (suspend_data), empty if that is empty, and the
 *     certificate name is seeded from the LMS's name if the learner has not typed one;
 *   - hears every change the pages make to progress (storage events) and reports suspend_data,
 *     status and score, lesson objectives, interactions and session time (src/lib/scorm/report.ts),
 *     and the page the trainee is on as the location;
 *   - checks the LMS's last error after every SetValue and Commit, and logs any to the console;
 *   - ends the session when the trainee leaves.
 * Without an LMS the course simply opens (docs/scorm.md).
 */
import { PROGRESS_KEY } from '../lib/progress/sealed.ts';
import { readProgress } from '../lib/progress/read.ts';
import { hasProgress } from '../lib/progress/merge.ts';
import { emptyProgress } from '../lib/progress/record.ts';
import { NAME_KEY } from '../lib/storage-keys.ts';
import { decodeSuspend, encodeSuspendNow } from '../lib/scorm/suspend.ts';
import { swapLearner } from '../lib/scorm/learners.ts';
import { certificateName } from '../lib/scorm/name.ts';
import { studiedSeconds } from '../lib/scorm/time.ts';
import { ELEMENTS, planReport, sessionTime, startReport, type LaunchData, type ReportState } from '../lib/scorm/report.ts';
import type { ScormVersion } from '../lib/scorm/interactions.ts';

interface Scorm12 {
  LMSInitialize(x: ''): string;
  LMSGetValue(key: string): string;
  LMSSetValue(key: string, value: string): string;
  LMSCommit(x: ''): string;
  LMSFinish(x: ''): string;
  LMSGetLastError(): string | number;
  LMSGetErrorString(code: string): string;
}
interface Scorm2004 {
  Initialize(x: ''): string;
  GetValue(key: string): string;
  SetValue(key: string, value: string): string;
  Commit(x: ''): string;
  Terminate(x: ''): string;
  GetLastError(): string | number;
  GetErrorString(code: string): string;
}

/** The session, the same for both versions. */
interface Lms {
  get(el: string): string;
  set(el: string, value: string): void;
  commit(): void;
  finish(): void;
}

const version = (document.documentElement.dataset.scorm === '2004' ? '2004' : '1.2') as ScormVersion;
const data = JSON.parse(document.querySelector('#launch-data')!.textContent!) as LaunchData;
const E = ELEMENTS[version];
const frame = document.querySelector<HTMLIFrameElement>('#course')!;

/** The LMS's API object (API for 1.2, API_1484_11 for 2004): on this window or a parent (up to 10 levels), or on the opener's. */
function findApi<T>(name: string): T | null {
  const look = (start: Window | null) => {
    let w = start;
    for (let i = 0; w && i < 10; i++) {
      try {
        const api = (w as unknown as Record<string, T | undefined>)[name];
        if (api) return api;
      } catch {
        return null; // a window of another origin
      }
      if (w.parent === w) break;
      w = w.parent;
    }
    return null;
  };
  return look(window) ?? look(window.opener as Window | null);
}

/** Connects to the LMS and starts the session; null without an LMS. Every SetValue and Commit is followed by a look at the last error. */
function connect(): Lms | null {
  const fail = (call: string, code: string | number, text: string) => console.error(`LMS error ${code} after ${call}: ${text}`);
  if (version === '1.2') {
    const api = findApi<Scorm12>('API');
    if (!api || api.LMSInitialize('') !== 'true') return null;
    const check = (call: string) => {
      const code = String(api.LMSGetLastError());
      if (code !== '0' && code !== '') fail(call, code, api.LMSGetErrorString(code));
    };
    return {
      get: (el) => api.LMSGetValue(el),
      set: (el, v) => (api.LMSSetValue(el, v), check(`LMSSetValue("${el}", "${v.slice(0, 60)}")`)),
      commit: () => (api.LMSCommit(''), check('LMSCommit')),
      finish: () => (api.LMSFinish(''), check('LMSFinish')),
    };
  }
  const api = findApi<Scorm2004>('API_1484_11');
  if (!api || api.Initialize('') !== 'true') return null;
  const check = (call: string) => {
    const code = String(api.GetLastError());
    if (code !== '0' && code !== '') fail(call, code, api.GetErrorString(code));
  };
  return {
    get: (el) => api.GetValue(el),
    set: (el, v) => (api.SetValue(el, v), check(`SetValue("${el}", "${v.slice(0, 60)}")`)),
    commit: () => (api.Commit(''), check('Commit')),
    finish: () => (api.Terminate(''), check('Terminate')),
  };
}

const lms = connect();
const read = () => readProgress(localStorage.getItem(PROGRESS_KEY)).progress;
let state: ReportState | undefined;
let last = ''; // the suspend_data the LMS holds
let finished = false;

/** Tells the LMS what changed since the last report, then commits. Synchronous, so that it also runs whole as the page is left. */
function report() {
  if (!lms || !state || finished) return;
  const p = read();
  // An empty record is not written over an empty LMS record: the learner has not done anything yet.
  if (last || hasProgress(p)) {
    try {
      const text = encodeSuspendNow(p);
      if (text !== last) lms.set(E.suspend, (last = text));
    } catch (e) {
      console.warn((e as Error).message);
    }
  }
  const plan = planReport(state, p, data);
  state = plan.state;
  for (const [el, value] of plan.sets) lms.set(el, value);
  lms.commit();
}

async function start() {
  let location = '';
  if (lms) {
    // This learner's data, and only theirs, before any page of the course loads.
    swapLearner(localStorage, lms.get(E.learnerId));
    const suspend = lms.get(E.suspend);
    const saved = await decodeSuspend(suspend);
    if (suspend && !saved) console.warn('The LMS’s suspend_data could not be read; the course starts empty.');
    if (saved) localStorage.setItem(PROGRESS_KEY, JSON.stringify(saved));
    else localStorage.removeItem(PROGRESS_KEY);
    last = saved ? suspend : '';
    const name = certificateName(lms.get(E.learnerName));
    if (name && !localStorage.getItem(NAME_KEY)) localStorage.setItem(NAME_KEY, name);
    location = lms.get(E.location);
    const count = (el: string) => Number(lms.get(el)) || 0;
    const objectives = Array.from({ length: count('cmi.objectives._count') }, (_, n) => lms.get(`cmi.objectives.${n}.id`));
    state = startReport(version, saved ?? emptyProgress(), data.course, count('cmi.interactions._count'), objectives);
    if (version === '1.2') {
      if (lms.get('cmi.core.lesson_status') === 'not attempted') lms.set('cmi.core.lesson_status', 'incomplete');
    } else if (['unknown', 'not attempted'].includes(lms.get('cmi.completion_status'))) {
      lms.set('cmi.completion_status', 'incomplete');
    }
    lms.commit();
  } else {
    // Outside an LMS: self-study's own data (this changes nothing unless an LMS learner was last here).
    swapLearner(localStorage, null);
    document.querySelector<HTMLElement>('#no-lms')!.hidden = false;
  }
  // Only a location inside the package is reopened.
  frame.src = /^[\w%.\-/#]+$/.test(location) && !location.includes('..') ? location : `${data.course}/index.html`;
}

// Pages write progress often (study time every 15 s): report at most every 2 s.
let timer: ReturnType<typeof setTimeout> | undefined;
addEventListener('storage', (e) => {
  if (e.key !== PROGRESS_KEY) return;
  clearTimeout(timer);
  timer = setTimeout(report, 2000);
});
frame.addEventListener('load', () => {
  if (!lms || !state || finished) return;
  const here = frame.contentWindow?.location;
  if (!here) return;
  const base = new URL('.', window.location.href).pathname;
  let rel = here.pathname.startsWith(base) ? here.pathname.slice(base.length) + here.hash : '';
  // cmi.core.lesson_location holds 255 characters (cmi.location 1,000): a long heading anchor is dropped.
  const limit = version === '1.2' ? 255 : 1000;
  if (rel.length > limit) rel = rel.replace(/#.*$/, '');
  if (rel && rel.length <= limit) lms.set(E.location, rel);
  report();
});
addEventListener('pagehide', () => {
  if (!lms || !state || finished) return;
  clearTimeout(timer);
  const p = read();
  report();
  lms.set(E.sessionTime, sessionTime(version, studiedSeconds(p, data.course) - state.startSeconds));
  lms.set(E.exit, 'suspend');
  lms.commit();
  lms.finish();
  finished = true;
});
void start();
