import type { ComponentChildren } from 'preact';
import { useEffect, useLayoutEffect, useRef, useState } from 'preact/hooks';
import { clock, pacing, type Action } from '../lib/slides/session.ts';
import { nextRow } from '../lib/slides/tally.ts';
import { makeT, type T } from '../i18n/t.ts';
import { SlideView, slideLabel } from './present/SlideView.tsx';
import { keyAction } from './present/keys.ts';
import { classModel, QuestionNotes } from './present/ClassQuestion.tsx';
import { useFit } from './present/fit.ts';
import { useSession } from './present/use-session.ts';
import { useLive } from './present/use-live.ts';
import { JoinBox, LivePanel, RoomResponses } from './present/LivePanel.tsx';
import type { DeckData } from '../lib/slides/deck.ts';

/** A slide box whose content is scaled to fit (see ./present/fit.ts). */
function FitSlide({ fitKey, content, kind, class: cls = '', label, children }: { fitKey: string; content: string; kind: string; class?: string; label?: string; children: ComponentChildren }) {
  const ref = useFit<HTMLDivElement>(fitKey, content);
  return (
    <div ref={ref} class={`slide ${cls}`} data-kind={kind} tabIndex={0} {...(label ? { role: 'region', 'aria-label': label } : {})}>
      <div class="fit">{children}</div>
    </div>
  );
}

/** Every slide as a card, to jump to any of them (key O). */
function Overview({ deck, current, go, close, t }: { deck: DeckData; current: number; go: (i: number) => void; close: () => void; t: T }) {
  const ref = useRef<HTMLDivElement>(null);
  useLayoutEffect(() => ref.current?.querySelector<HTMLButtonElement>('[aria-current="true"]')?.focus(), []);
  return (
    <div ref={ref} class="overview" role="dialog" aria-modal="true" aria-labelledby="overview-title" onKeyDown={(e) => e.key === 'Escape' && (e.preventDefault(), e.stopPropagation(), close())}>
      <div class="overview-head">
        <h2 id="overview-title">{t('present.overview')}</h2>
        <button type="button" class="button quiet" onClick={close}>{t('present.close')}</button>
      </div>
      <ol class="overview-grid">
        {deck.slides.map((s, i) => (
          <li key={i}>
            <button type="button" class={`overview-card kind-${s.kind}`} aria-current={i === current ? 'true' : undefined} onClick={() => go(i)}>
              <span class="overview-n">{i + 1}</span>
              <span class="overview-label">{slideLabel(deck, s, t)}</span>
            </button>
          </li>
        ))}
      </ol>
    </div>
  );
}

/** Go to a slide by its number (key G, the number, Enter): typed into a field, so digits never count a tally. */
function GoTo({ count, go, close, t }: { count: number; go: (i: number) => void; close: () => void; t: T }) {
  const [value, setValue] = useState('');
  const field = useRef<HTMLInputElement>(null);
  // Focus by hand: the autofocus attribute works only once per page.
  useLayoutEffect(() => field.current?.focus(), []);
  return (
    <form
      class="goto"
      role="search"
      aria-label={t('present.goto')}
      onSubmit={(e) => {
        e.preventDefault();
        const n = Number(value);
        if (Number.isInteger(n) && n >= 1 && n <= count) go(n - 1);
        else close();
      }}
    >
      <label>
        {t('present.gotoLabel', { total: count })}
        <input type="number" min={1} max={count} inputMode="numeric" value={value} ref={field} onInput={(e) => setValue((e.target as HTMLInputElement).value)} onKeyDown={(e) => e.key === 'Escape' && (e.preventDefault(), e.stopPropagation(), close())} />
      </label>
      <button type="submit" class="button">{t('present.go')}</button>
      <button type="button" class="button quiet" onClick={close}>{t('present.close')}</button>
    </form>
  );
}

interface Props {
  deck: DeckData;
  /** presenter: slide, next slide, notes, timer and controls; audience: the slide alone, for the room. */
  role: 'presenter' | 'audience';
  strings: Record<string, string>;
}

/** Presents a lesson: the presenter's view or the audience screen, kept in step across windows. */
export default function PresenterIsland({ deck, role, strings }: Props) {
  const t = makeT(strings);
  const { session, act } = useSession(deck.channel, deck.slides.length, role);
  const [now, setNow] = useState(Date.now());
  const [startedAt] = useState(Date.now());
  const slide = deck.slides[session.slide]!;
  const [panel, setPanel] = useState<'overview' | 'goto' | null>(null);
  const question = slide.kind === 'question' ? deck.questions[slide.index] : undefined;
  const model = question ? classModel(question, t) : null;
  const row = Math.min(session.rows[session.slide] ?? 0, Math.max(0, (model?.rows.length ?? 1) - 1));
  const live = useLive(deck, session, act, role, t);
  /** Closes the overview or go-to field, giving focus back to the slide (keys keep working). */
  const closePanel = () => {
    setPanel(null);
    requestAnimationFrame(() => document.querySelector<HTMLElement>('.current .slide')?.focus());
  };
  const goAndClose = (i: number) => {
    act({ type: 'go', to: i });
    closePanel();
  };

  useEffect(() => {
    const id = setInterval(() => setNow(Date.now()), 1000);
    return () => clearInterval(id);
  }, []);
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (panel) return;
      const a = keyAction(e, session.slide);
      if (!a) return;
      e.preventDefault();
      if (a === 'overview' || a === 'goto') return void (role === 'presenter' && setPanel(a));
      if (a === 'fullscreen') return void (document.fullscreenElement ? document.exitFullscreen() : document.documentElement.requestFullscreen?.().catch(() => {}));
      if (a === 'leave') return void (document.fullscreenElement ? document.exitFullscreen() : role === 'presenter' ? (location.href = deck.urls.lesson) : window.close());
      if ('tally' in a) {
        const options = model?.rows[row]?.options.length ?? 0;
        if (a.tally < options) act({ type: 'tally', slide: session.slide, row, option: a.tally, by: 1, options });
        return;
      }
      if ('rowBy' in a) return void (model && model.rows.length > 1 && act({ type: 'row', slide: session.slide, row: nextRow(model, row, a.rowBy) }));
      act(a as Action);
    };
    addEventListener('keydown', onKey);
    return () => removeEventListener('keydown', onKey);
  });

  /** What a slide's content depends on besides the slide itself: refit when it changes. */
  const content = (i: number) => {
    const s = deck.slides[i]!;
    return JSON.stringify([session.tallies[i], session.revealed[i], session.rows[i], s.kind === 'scenario' ? session.plays[s.id] : null, s.kind === 'discussion' ? session.timers[i]?.running : null]);
  };
  const view = (i: number, v: 'presenter' | 'audience' | 'preview') => <SlideView deck={deck} slide={deck.slides[i]!} index={i} session={session} now={now} view={v} act={act} t={t} />;

  // On the title slide the room gets the QR code beside the slide, which makes room for it.
  const joining = !!live.join && slide.kind === 'title' && !session.black;
  if (role === 'audience') {
    return (
      <div class={`audience${joining ? ' joining' : ''}`} aria-live="polite" data-authored={String(deck.authored)}>
        <FitSlide fitKey={`${session.slide + 1}${joining ? ':join' : ''}`} content={content(session.slide)} kind={slide.kind} label={t('present.slideOf', { n: session.slide + 1, total: deck.slides.length })}>{view(session.slide, 'audience')}</FitSlide>
        {live.join && !session.black && <JoinBox join={live.join} large={joining} t={t} />}
        {live.roomResponses && slide.kind === 'discussion' && !session.black && <RoomResponses items={live.roomResponses} t={t} />}
        {session.black && <div class="blackout" role="status"><span class="visually-hidden">{t('present.blackedOut')}</span></div>}
        <p class="slide-number" aria-hidden="true">{session.slide + 1} / {deck.slides.length}</p>
      </div>
    );
  }

  const elapsed = Math.floor((now - startedAt) / 1000);
  const pace = pacing(elapsed, deck.lesson.minutes, session.slide, deck.slides.length);
  const next = session.slide + 1 < deck.slides.length ? session.slide + 1 : null;
  return (
    <div class="presenter">
      <div class="bar" role="toolbar" aria-label={t('present.title')} inert={panel === 'overview'}>
        <span class="status">{t('present.slideOf', { n: session.slide + 1, total: deck.slides.length })}</span>
        <span class="status">{t('present.elapsed', { time: clock(elapsed) })} · {t('present.plan', { m: deck.lesson.minutes })} · <span class={`pace ${pace.status}`}>{t(`present.pace.${pace.status}`)}</span></span>
        <button type="button" class="button quiet" onClick={() => act({ type: 'prev' })} disabled={session.slide === 0}>← {t('present.prev')}</button>
        <button type="button" class="button" onClick={() => act({ type: 'next' })} disabled={next === null}>{t('present.next')} →</button>
        <button type="button" class="button secondary" onClick={() => window.open(`${deck.urls.audience}?slide=${session.slide + 1}`, `audience:${deck.channel}`, 'popup,width=1280,height=720')}>{t('present.openAudience')}</button>
        <button type="button" class="button quiet" aria-pressed={session.black} onClick={() => act({ type: 'black' })}>{t('present.black')}</button>
        <button type="button" class="button quiet" aria-haspopup="dialog" onClick={() => setPanel('overview')}>{t('present.overview')} (O)</button>
        <button type="button" class="button quiet" onClick={() => setPanel('goto')}>{t('present.goto')} (G)</button>
        <a class="button quiet" href={deck.urls.print}>{t('present.printDeck')}</a>
        <a class="button quiet" href={deck.urls.lesson}>{t('present.leave')}</a>
      </div>
      {panel === 'goto' && <GoTo count={deck.slides.length} go={goAndClose} close={closePanel} t={t} />}
      {panel === 'overview' && <Overview deck={deck} current={session.slide} go={goAndClose} close={closePanel} t={t} />}
      <div class="panes" inert={panel === 'overview'}>
        <section class="current" aria-label={t('present.slideOf', { n: session.slide + 1, total: deck.slides.length })}>
          <FitSlide fitKey={String(session.slide + 1)} content={content(session.slide)} kind={slide.kind} class={session.black ? 'dimmed' : ''}>{view(session.slide, 'presenter')}</FitSlide>
        </section>
        <aside class="side">
          <h2>{t('present.nextSlide')}</h2>
          <div class="preview" aria-hidden="true" inert>{next === null ? <p>{t('present.end')}</p> : <FitSlide fitKey={String(next + 1)} content={content(next)} kind={deck.slides[next]!.kind}>{view(next, 'preview')}</FitSlide>}</div>
          {live.live && <LivePanel live={live} t={t} />}
          <h2>{t('present.notes')}</h2>
          <div class="notes">
            {question && <QuestionNotes q={question} t={t} />}
            {slide.notes.length ? slide.notes.map((n, i) => <div key={i} dangerouslySetInnerHTML={{ __html: n }} />) : !question && <p class="muted">{t('present.noNotes')}</p>}
          </div>
          <p class="muted small">{t('present.keys')}</p>
        </aside>
      </div>
    </div>
  );
}
