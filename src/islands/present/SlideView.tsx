import type { Slide } from '../../lib/slides/plan.ts';
import type { Action, Session } from '../../lib/slides/session.ts';
import type { T } from '../../i18n/t.ts';
import { ClassQuestion } from './ClassQuestion.tsx';
import { Countdown } from './Countdown.tsx';
import { GroupScenario } from './GroupScenario.tsx';
import type { DeckData } from '../../lib/slides/deck.ts';

interface Props {
  deck: DeckData;
  slide: Slide;
  index: number;
  session: Session;
  now: number;
  /** presenter: with controls; audience: for the room; preview: the small next-slide view; print: a page of the PDF deck. */
  view: 'presenter' | 'audience' | 'preview' | 'print';
  act: (a: Action) => void;
  t: T;
}

/** A short name for a slide, for the overview grid and the go-to list. */
export function slideLabel(deck: DeckData, slide: Slide, t: T): string {
  switch (slide.kind) {
    case 'title':
      return deck.lesson.title;
    case 'content':
      if (slide.heading) return `${slide.heading}${slide.continued ? t('present.continued') : ''}`;
      return slide.html.some((h) => h.includes('class="key-points"')) ? t('lesson.keyPoints') : t('present.intro');
    case 'discussion':
      return t('present.discussion');
    case 'question':
      return `${t('present.classQuiz')} ${slide.index + 1}${t('punct.colon')}${deck.questions[slide.index]?.prompt ?? ''}`;
    case 'scenario':
      return `${t('present.groupScenario')}${t('punct.colon')}${deck.scenarios[slide.id]?.scenario.title ?? slide.id}`;
  }
}

/** One slide. Content comes from the lesson's own rendered HTML (built from the course files, never from user input). */
export function SlideView({ deck, slide, index, session, now, view, act, t }: Props) {
  const presenter = view === 'presenter';
  switch (slide.kind) {
    case 'title':
      return (
        <div class="slide-title">
          <p class="eyebrow">{deck.lesson.course} · {t('present.lessonN', { n: deck.lesson.number, m: deck.lesson.minutes })}</p>
          <h2 class="deck-title">{deck.lesson.title}</h2>
          <p class="eyebrow">{t('present.objectives')}</p>
          <ul>{deck.lesson.objectives.map((o) => <li key={o}>{o}</li>)}</ul>
        </div>
      );
    case 'content':
      return (
        <div class={`slide-content${slide.authored ? ' authored' : ''}`}>
          {slide.heading && <h2 class="slide-heading">{slide.heading}{slide.continued && t('present.continued')}</h2>}
          {slide.html.map((h, i) => <div key={i} class="block" dangerouslySetInnerHTML={{ __html: h }} />)}
        </div>
      );
    case 'discussion':
      return (
        <div class="slide-discussion">
          <div class="block" dangerouslySetInnerHTML={{ __html: slide.html }} />
          {(view === 'presenter' || view === 'audience') && <Countdown slide={index} minutes={slide.minutes} session={session} now={now} presenter={presenter} act={act} t={t} />}
        </div>
      );
    case 'question': {
      const q = deck.questions[slide.index];
      return q ? <ClassQuestion q={q} slide={index} session={session} view={view} act={act} t={t} /> : null;
    }
    case 'scenario': {
      const s = deck.scenarios[slide.id];
      return s ? <GroupScenario scenario={s.scenario} analysis={s.analysis} session={session} presenter={presenter} act={act} t={t} /> : null;
    }
  }
}
