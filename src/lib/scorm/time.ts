import type { Progress } from '../../schemas/progress.ts';

/*
 * Session time, as the course measures study time: the seconds a lesson page was visible while the
 * trainee was active (src/client/lesson-tracking.ts adds them to each lesson's `seconds`). The
 * session's time is what those seconds grew by since the launch.
 */

/** Seconds studied in a course: the sum of its lessons' `seconds`. */
export const studiedSeconds = (p: Progress, course: string) =>
  Object.values(p.courses[course]?.lessons ?? {}).reduce((sum, l) => sum + l.seconds, 0);

/** Whole seconds, never negative; anything that is not a finite number counts as 0. */
const whole = (seconds: number) => (Number.isFinite(seconds) && seconds > 0 ? Math.floor(seconds) : 0);
const two = (n: number) => String(n).padStart(2, '0');

/** SCORM 1.2 CMITimespan, HHHH:MM:SS.SS; capped at 9999:59:59.99, the largest it can say. */
export function scorm12Time(seconds: number): string {
  const s = whole(seconds);
  if (s >= 10_000 * 3600) return '9999:59:59.99';
  return `${String(Math.floor(s / 3600)).padStart(4, '0')}:${two(Math.floor(s / 60) % 60)}:${two(s % 60)}.00`;
}

/** SCORM 2004 timeinterval (ISO 8601 duration), e.g. PT1H2M3S; zero is PT0S. */
export function scorm2004Time(seconds: number): string {
  const s = whole(seconds);
  const h = Math.floor(s / 3600);
  const m = Math.floor(s / 60) % 60;
  const rest = s % 60;
  return `PT${h ? `${h}H` : ''}${m ? `${m}M` : ''}${rest || (!h && !m) ? `${rest}S` : ''}`;
}
