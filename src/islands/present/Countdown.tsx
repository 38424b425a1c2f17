import type { Action, Session } from '../../lib/slides/session.ts';
import { clock, remaining } from '../../lib/slides/session.ts';
import type { T } from '../../i18n/t.ts';

interface Props {
  slide: number;
  minutes: number;
  session: Session;
  now: number;
  presenter: boolean;
  act: (a: Action) => void;
  t: T;
}

/** A discussion countdown: the presenter sets and runs it; the audience sees it large. */
export function Countdown({ slide, minutes, session, now, presenter, act, t }: Props) {
  const timer = session.timers[slide];
  const seconds = timer?.seconds ?? minutes * 60;
  const left = timer ? remaining(timer, now) : seconds;
  const timerAct = (op: 'start' | 'pause' | 'reset', secs = seconds) => act({ type: 'timer', slide, op, seconds: secs, now: Date.now() });
  return (
    <div class="countdown">
      <p class={`clock ${left === 0 ? 'done' : ''}`} role="timer" aria-live="off">{left === 0 ? t('present.timeUp') : clock(left)}</p>
      {presenter && (
        <div class="timer-controls">
          <label>
            {t('present.minutes')}
            <input type="number" min={1} max={120} value={Math.round(seconds / 60)} onChange={(e) => timerAct('reset', Math.max(1, Number((e.target as HTMLInputElement).value) || minutes) * 60)} />
          </label>
          {timer?.running ? (
            <button type="button" class="button quiet" onClick={() => timerAct('pause')}>{t('present.pause')}</button>
          ) : (
            <button type="button" class="button" onClick={() => timerAct('start')}>{t('present.start')}</button>
          )}
          <button type="button" class="button quiet" onClick={() => timerAct('reset')}>{t('present.reset')}</button>
        </div>
      )}
    </div>
  );
}
