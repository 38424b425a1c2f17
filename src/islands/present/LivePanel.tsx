import { useState } from 'preact/hooks';
import { post } from '../live/api.ts';
import type { T } from '../../i18n/t.ts';
import type { JoinInfo, Live } from './use-live.ts';

/** The presenter's live-class panel: joined and answered counts, who has not answered, responses, open/close, export. */
export function LivePanel({ live, t }: { live: Live; t: T }) {
  const [typed, setTyped] = useState('');
  const [saved, setSaved] = useState('');
  if (live.needsKey) {
    return (
      <section class="live-panel" aria-labelledby="live-panel-title">
        <h2 id="live-panel-title">{t('present.live.title')}</h2>
        <form onSubmit={(e) => (e.preventDefault(), live.useKey(typed))}>
          <p class="small">{t('present.live.keyNeeded')}</p>
          {live.badKey && <p class="live-error" role="alert">{t('present.live.badKey')}</p>}
          <label>
            {t('present.live.key')} <input type="password" autocomplete="off" value={typed} onInput={(e) => setTyped((e.target as HTMLInputElement).value)} />
          </label>{' '}
          <button type="submit" class="button small-btn">{t('present.live.useKey')}</button>
        </form>
      </section>
    );
  }
  const { view, poll, state } = live;
  const anonymous = (seat: string) => t('present.live.anonymous', { n: seat.slice(1) });
  return (
    <section class="live-panel" aria-labelledby="live-panel-title">
      <h2 id="live-panel-title">{t('present.live.title')}</h2>
      <p class="live-counts" role="status">
        {live.join && <>{t('present.live.code')} <strong class="live-code">{live.join.code}</strong> · </>}
        <span>{t('present.live.joined', { n: view?.joined ?? 0 })}</span>
        {!live.up && <span class="live-error"> · {t('present.live.offline')}</span>}
      </p>
      {poll && state ? (
        <div class="live-poll-state">
          <p>
            <span class={`live-status-${state.status}`}>{t(`present.live.status.${state.status}`)}</span> · <span class="live-answered">{t('present.live.answered', { n: state.answered, total: view?.joined ?? 0 })}</span>{' '}
            {state.status === 'open' ? (
              <button type="button" class="button quiet small-btn" onClick={() => void live.command({ type: 'close', poll: poll.id })}>{t('present.live.close')}</button>
            ) : (
              <button type="button" class="button quiet small-btn" onClick={() => void live.command({ type: 'open', poll })}>{t('present.live.open')}</button>
            )}
          </p>
          <details class="live-waiting">
            <summary>{t('present.live.waiting')} ({state.waiting.length})</summary>
            {state.waiting.length ? <ul>{state.waiting.map((w) => <li key={w.seat}>{w.name || anonymous(w.seat)}</li>)}</ul> : <p>{t('present.live.allAnswered')}</p>}
          </details>
          {poll.kind === 'prompt' && (
            <div class="live-responses">
              <h3>{t('present.live.responses', { n: state.responses.length })}</h3>
              <button type="button" class="button quiet small-btn" aria-pressed={live.showResponses} onClick={() => live.setShowResponses(!live.showResponses)}>{t('present.live.showResponses')}</button>
              {state.responses.length ? <ul>{state.responses.map((r) => <li key={r.seat}><strong>{r.name || anonymous(r.seat)}</strong>{t('punct.colon')}{r.text}</li>)}</ul> : <p class="muted">{t('present.live.noResponses')}</p>}
            </div>
          )}
        </div>
      ) : (
        <p class="muted small">{t('present.live.notPoll')}</p>
      )}
      <p class="live-export">
        <a class="button quiet small-btn" href={`/live/api/presenter/answers.csv?key=${live.key}`} download>{t('present.live.csv')}</a>{' '}
        <button
          type="button"
          class="button quiet small-btn"
          onClick={async () => {
            const r = await post<{ folder: string; files: number }>('/live/api/presenter/export', {}, { 'x-trainer-key': live.key });
            setSaved(r.ok ? t('present.live.exported', { n: r.value.files, folder: r.value.folder }) : r.message);
          }}
        >
          {t('present.live.export')}
        </button>
      </p>
      {saved && <p class="small" role="status">{saved}</p>}
    </section>
  );
}

/** What the room sees to join: the QR code and the code (large on the title slide, a line elsewhere). */
export function JoinBox({ join, large, t }: { join: JoinInfo; large: boolean; t: T }) {
  return (
    <div class={`join-box${large ? ' large' : ''}`}>
      {large && <img src={join.qr} alt={t('present.live.qr')} width="240" height="240" />}
      <p>
        {t('present.live.join', { url: join.url })}
        <br />
        {t('present.live.code')} <strong class="live-code">{join.code}</strong>
      </p>
    </div>
  );
}

/** A discussion's responses on the room's screen, while the trainer shows them. */
export function RoomResponses({ items, t }: { items: { name: string; text: string }[]; t: T }) {
  return (
    <section class="room-responses" aria-label={t('present.live.responses', { n: items.length })}>
      <ul>{items.map((r, i) => <li key={i}><strong>{r.name}</strong>{t('punct.colon')}{r.text}</li>)}</ul>
    </section>
  );
}
