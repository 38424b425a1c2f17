import { useEffect, useRef, useState } from 'preact/hooks';
import type { PhoneView } from '../lib/live/views.ts';
import { makeT, type UiKey } from '../i18n/t.ts';
import { follow, newToken, post, readSeat, saveSeat, type Joined, type StoredSeat } from './live/api.ts';
import { PollForm } from './live/PollForm.tsx';

/** The join code in the address the QR code opens (?c=ABCDEF). */
const codeFromUrl = () => (new URLSearchParams(location.search).get('c') ?? '').toUpperCase().slice(0, 6);

type Mine = Record<string, { picks?: number[][]; text?: string }>;

/**
 * A trainee's phone in a live class: join with the code (and a name, or none), then answer what
 * the trainer opens. Only on a page the classroom server marked live; anywhere else it explains
 * itself and sends nothing.
 */
export default function LiveIsland({ strings }: { strings: Record<string, string> }) {
  const t = makeT(strings);
  const live = typeof document !== 'undefined' && document.documentElement.dataset.live === '1';
  const stored = live ? readSeat() : null;
  const [code, setCode] = useState(() => codeFromUrl() || stored?.code || '');
  const [name, setName] = useState(stored?.name ?? '');
  const [seat, setSeat] = useState<StoredSeat | null>(null);
  const [joinedName, setJoinedName] = useState('');
  const [view, setView] = useState<PhoneView | null>(null);
  const [mine, setMine] = useState<Mine>({});
  const [up, setUp] = useState(true);
  const [error, setError] = useState('');
  const [note, setNote] = useState('');
  const [busy, setBusy] = useState(false);
  const session = useRef('');

  const errorText = (error: string, message: string) => t(`live.error.${error}` as UiKey, { message }) || message;

  const join = async (s: StoredSeat) => {
    setBusy(true);
    const r = await post<Joined>('/live/api/join', { code: s.code, token: s.token, name: s.name });
    setBusy(false);
    if (!r.ok) return setError(errorText(r.error, r.message));
    setError('');
    saveSeat(s);
    session.current = r.value.session;
    setSeat(s);
    setJoinedName(r.value.name);
    setMine(r.value.answers);
    setView(r.value.view);
  };

  // A phone that joined before (the same join code) takes its seat again at once.
  useEffect(() => {
    if (stored && (!codeFromUrl() || codeFromUrl() === stored.code)) void join(stored);
  }, []);

  useEffect(() => {
    if (!seat) return;
    return follow<PhoneView>(
      `/live/api/events?token=${seat.token}`,
      (v) => {
        // A new session under the same address (the trainer started another class): join it afresh.
        if (session.current && v.session !== session.current) return void join(seat);
        setView(v);
      },
      (linked) => {
        setUp(linked);
        // The server may have restarted: taking the seat again is harmless (same token, same seat).
        if (linked === false) setTimeout(() => void post('/live/api/join', { code: seat.code, token: seat.token, name: seat.name }), 1500);
      },
    );
  }, [seat?.token]);

  if (!live) return <p class="live-note">{t('live.noServer')}</p>;

  if (!seat) {
    return (
      <form
        class="live-join"
        onSubmit={(e) => {
          e.preventDefault();
          void join({ token: stored?.token ?? newToken(), code: code.trim().toUpperCase(), name: name.trim() });
        }}
      >
        <label class="live-field">
          {t('live.code')}
          <input value={code} required maxLength={6} autocomplete="off" autocapitalize="characters" spellcheck={false} onInput={(e) => setCode((e.target as HTMLInputElement).value)} />
        </label>
        <label class="live-field">
          {t('live.name')}
          <input value={name} maxLength={40} autocomplete="nickname" onInput={(e) => setName((e.target as HTMLInputElement).value)} />
        </label>
        <button type="submit" class="button" disabled={busy}>{t('live.join')}</button>
        {error && <p class="live-error" role="alert">{error}</p>}
      </form>
    );
  }

  const poll = view?.poll ?? null;
  const send = async (answer: { picks: number[][] } | { text: string }) => {
    if (!poll) return;
    setBusy(true);
    const r = await post<{ ok: true }>('/live/api/answer', { token: seat.token, poll: poll.id, ...answer });
    setBusy(false);
    if (!r.ok) {
      setNote('');
      return setError(errorText(r.error, r.message));
    }
    setError('');
    setMine((m) => ({ ...m, [poll.id]: answer }));
    setNote(t('live.sent'));
  };

  return (
    <div class="live-phone">
      <p class="live-status" role="status">
        {t('live.joined', { name: joinedName || t('live.anonymousSelf') })} · <span class={up ? 'live-up' : 'live-down'}>{up ? t('live.connected') : t('live.reconnecting')}</span>
      </p>
      {poll ? (
        <PollForm key={poll.id} poll={poll} mine={mine[poll.id]} send={send} busy={busy} t={t} />
      ) : (
        <p class="live-note">{t('live.wait')}</p>
      )}
      <div aria-live="polite">
        {poll?.status === 'closed' && <p class="live-note">{t('live.closed')}</p>}
        {poll?.status === 'revealed' && <p class="live-note">{t('live.revealed')}</p>}
        {poll?.status === 'open' && mine[poll.id] && note && <p class="live-ok">{note}</p>}
        {error && <p class="live-error" role="alert">{error}</p>}
      </div>
    </div>
  );
}
