import { useEffect, useState } from 'preact/hooks';
import type { PhonePoll } from '../../lib/live/views.ts';
import type { T } from '../../i18n/t.ts';

interface Props {
  poll: PhonePoll;
  /** What this phone sent before (after a rejoin too). */
  mine: { picks?: number[][]; text?: string } | undefined;
  send: (answer: { picks: number[][] } | { text: string }) => Promise<void>;
  busy: boolean;
  t: T;
}

const TEXT_MAX = 280;

/**
 * What the trainee has picked or typed but not sent, by poll id, for the life of the page: a
 * reconnect or a fresh view of the same poll may mount the form again, and must not wipe it.
 */
const drafts = new Map<string, { picks?: number[][]; text?: string }>();

/** A poll on the phone: choices as radio buttons or check boxes, rows as selects, a prompt as a text box. */
export function PollForm({ poll, mine, send, busy, t }: Props) {
  const draft = () => drafts.get(poll.id);
  const [picks, setPicks] = useState<number[][]>(() => draft()?.picks ?? mine?.picks ?? poll.rows.map(() => []));
  const [text, setText] = useState(() => draft()?.text ?? mine?.text ?? '');
  useEffect(() => {
    setPicks(draft()?.picks ?? mine?.picks ?? poll.rows.map(() => []));
    setText(draft()?.text ?? mine?.text ?? '');
  }, [poll.id]);
  useEffect(() => void drafts.set(poll.id, { picks, text }), [poll.id, picks, text]);
  const open = poll.status === 'open';
  const revealed = poll.status === 'revealed';
  const multi = poll.qtype === 'multiple';
  const set = (r: number, o: number, on: boolean) => setPicks((p) => p.map((row, i) => (i !== r ? row : multi ? (on ? [...row.filter((x) => x !== o), o] : row.filter((x) => x !== o)) : [o])));
  const share = (r: number, o: number) => {
    const row = poll.counts?.[r] ?? [];
    const total = row.reduce((a, b) => a + b, 0);
    return total ? Math.round(((row[o] ?? 0) / total) * 100) : 0;
  };
  const submit = (e: Event) => {
    e.preventDefault();
    void send(poll.kind === 'prompt' ? { text } : { picks });
  };
  const complete = poll.kind === 'prompt' ? text.trim().length > 0 : picks.every((row) => row.length > 0);
  const label = poll.kind === 'vote' ? t('live.vote') : poll.kind === 'prompt' ? t('live.send') : t('live.submit');

  return (
    <form class="live-poll" onSubmit={submit}>
      <p class="eyebrow">{t(`live.kind.${poll.kind}`)}</p>
      {poll.kind === 'prompt' ? (
        <>
          <h2 id="live-prompt">{poll.prompt}</h2>
          <label class="live-field">
            {t('live.responseLabel', { n: TEXT_MAX })}
            <textarea rows={4} maxLength={TEXT_MAX} value={text} disabled={!open} onInput={(e) => setText((e.target as HTMLTextAreaElement).value)} />
          </label>
        </>
      ) : poll.rows.length === 1 ? (
        <fieldset disabled={!open}>
          <legend><h2>{poll.prompt}</h2></legend>
          {poll.rows[0]!.options.map((o, i) => (
            <label key={i} class={`live-option${revealed && o.correct ? ' is-correct' : ''}`}>
              <input type={multi ? 'checkbox' : 'radio'} name={`live-${poll.id}`} checked={picks[0]?.includes(i) ?? false} onChange={(e) => set(0, i, (e.target as HTMLInputElement).checked)} />
              <span>{o.text}</span>
              {revealed && o.correct && <strong class="badge">{t('live.correct')}</strong>}
              {revealed && <span class="live-share">{t('live.share', { p: share(0, i) })}</span>}
            </label>
          ))}
        </fieldset>
      ) : (
        <fieldset disabled={!open}>
          <legend><h2>{poll.prompt}</h2></legend>
          {poll.rows.map((row, r) => (
            <div key={r} class="live-row">
              <label for={`live-row-${r}`}>{row.label}</label>
              <select id={`live-row-${r}`} value={picks[r]?.[0] ?? ''} onChange={(e) => set(r, Number((e.target as HTMLSelectElement).value), true)}>
                <option value="" disabled>{t('live.choose')}</option>
                {row.options.map((o, i) => <option key={i} value={i}>{o.text}</option>)}
              </select>
              {revealed && <span class="live-key">{t('live.correct')}{t('punct.colon')}{row.options.find((o) => o.correct)?.text}</span>}
            </div>
          ))}
        </fieldset>
      )}
      {open && <button type="submit" class="button" disabled={busy || !complete}>{label}</button>}
    </form>
  );
}
