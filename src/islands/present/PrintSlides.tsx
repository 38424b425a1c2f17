import { newSession } from '../../lib/slides/session.ts';
import { makeT } from '../../i18n/t.ts';
import { SlideView, slideLabel } from './SlideView.tsx';
import type { DeckData } from '../../lib/slides/deck.ts';

/**
 * Every slide of a deck as a 16:9 page, for the PDF a trainer mails before class: rendered at
 * build time (no hydration), question slides as they stand before their reveal. A small script
 * on the page (fit-box.ts) fits long text as the presentation does.
 */
export default function PrintSlides({ deck, strings }: { deck: DeckData; strings: Record<string, string> }) {
  const t = makeT(strings);
  const session = newSession(deck.slides.length);
  const noop = () => {};
  return (
    // The 1280 px pages scroll sideways on a narrower screen: a focusable region, so keys can scroll it too.
    <div class="print-scroll" tabIndex={0} role="region" aria-label={t('present.printTitle')}>
    <ol class="print-deck" data-authored={String(deck.authored)}>
      {deck.slides.map((s, i) => (
        <li key={i} class="print-slide" data-kind={s.kind} data-slide-number={i + 1} aria-label={`${t('present.slideOf', { n: i + 1, total: deck.slides.length })}${t('punct.colon')}${slideLabel(deck, s, t)}`}>
          <div class="slide">
            <div class="fit">
              <SlideView deck={deck} slide={s} index={i} session={session} now={0} view="print" act={noop} t={t} />
            </div>
          </div>
          <p class="print-number" aria-hidden="true">{i + 1} / {deck.slides.length}</p>
        </li>
      ))}
    </ol>
    </div>
  );
}
