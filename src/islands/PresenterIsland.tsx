import { useEffect, useState } from 'preact/hooks';
import { clock, pacing, type Action } from '../lib/slides/session.ts';
import { makeT } from './quiz/strings.ts';
import { SlideView } from './present/SlideView.tsx';
import { keyAction } from './present/keys.ts';
import { tallyOptions } from './present/ClassQuestion.tsx';
import { useSession } from './present/use-session.ts';
import type { DeckData } from './present/types.ts';

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

  useEffect(() => {
    const id = setInterval(() => setNow(Date.now()), 1000);
    return () => clearInterval(id);
  }, []);
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      const a = keyAction(e, session.slide);
      if (!a) return;
      e.preventDefault();
      if (a === 'fullscreen') return void (document.fullscreenElement ? document.exitFullscreen() : document.documentElement.requestFullscreen?.().catch(() => {}));
      if (a === 'leave') return void (document.fullscreenElement ? document.exitFullscreen() : role === 'presenter' ? (location.href = deck.urls.lesson) : window.close());
      if ('tally' in a) {
        const q = slide.kind === 'question' ? deck.questions[slide.index] : undefined;
        const options = q ? tallyOptions(q, t) : null;
        if (options && a.tally < options.length) act({ type: 'tally', slide: session.slide, option: a.tally, by: 1, options: options.length });
        return;
      }
      act(a as Action);
    };
    addEventListener('keydown', onKey);
    return () => removeEventListener('keydown', onKey);
  });

  const view = (i: number, v: 'presenter' | 'audience' | 'preview') => <SlideView deck={deck} slide={deck.slides[i]!} index={i} session={session} now={now} view={v} act={act} t={t} />;

  if (role === 'audience') {
    return (
      <div class="audience" aria-live="polite">
        <div class="slide" aria-label={t('present.slideOf', { n: session.slide + 1, total: deck.slides.length })} role="region" tabIndex={0}>{view(session.slide, 'audience')}</div>
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
      <div class="bar" role="toolbar" aria-label={t('present.title')}>
        <span class="status">{t('present.slideOf', { n: session.slide + 1, total: deck.slides.length })}</span>
        <span class="status">{t('present.elapsed', { time: clock(elapsed) })} · {t('present.plan', { m: deck.lesson.minutes })} · <span class={`pace ${pace.status}`}>{t(`present.pace.${pace.status}`)}</span></span>
        <button type="button" class="button quiet" onClick={() => act({ type: 'prev' })} disabled={session.slide === 0}>← {t('present.prev')}</button>
        <button type="button" class="button" onClick={() => act({ type: 'next' })} disabled={next === null}>{t('present.next')} →</button>
        <button type="button" class="button secondary" onClick={() => window.open(`${deck.urls.audience}?slide=${session.slide + 1}`, `audience:${deck.channel}`, 'popup,width=1280,height=720')}>{t('present.openAudience')}</button>
        <button type="button" class="button quiet" aria-pressed={session.black} onClick={() => act({ type: 'black' })}>{t('present.black')}</button>
        <a class="button quiet" href={deck.urls.lesson}>{t('present.leave')}</a>
      </div>
      <div class="panes">
        <section class="current" aria-label={t('present.slideOf', { n: session.slide + 1, total: deck.slides.length })}>
          <div class={`slide ${session.black ? 'dimmed' : ''}`} tabIndex={0}>{view(session.slide, 'presenter')}</div>
        </section>
        <aside class="side">
          <h2>{t('present.nextSlide')}</h2>
          <div class="preview" aria-hidden="true" inert>{next === null ? <p>{t('present.end')}</p> : <div class="slide">{view(next, 'preview')}</div>}</div>
          <h2>{t('present.notes')}</h2>
          <div class="notes">{slide.notes.length ? slide.notes.map((n, i) => <div key={i} dangerouslySetInnerHTML={{ __html: n }} />) : <p class="muted">{t('present.noNotes')}</p>}</div>
          <p class="muted small">{t('present.keys')}</p>
        </aside>
      </div>
    </div>
  );
}
