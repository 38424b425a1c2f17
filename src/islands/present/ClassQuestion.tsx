import type { Question } from '../../schemas/quiz.ts';
import type { Action, Session } from '../../lib/slides/session.ts';
import { correctAnswerText } from '../../lib/quiz/present.ts';
import type { T } from '../quiz/strings.ts';

interface Props {
  q: Question;
  slide: number;
  session: Session;
  presenter: boolean;
  act: (a: Action) => void;
  t: T;
}

/** The options a room can be counted on: choice questions (true/false as two options). */
export function tallyOptions(q: Question, t: T): { text: string; correct: boolean; feedback: string }[] | null {
  if (q.type === 'single' || q.type === 'multiple') return q.options.map((o) => ({ text: o.text, correct: o.correct, feedback: o.feedback }));
  if (q.type === 'truefalse') return [true, false].map((v) => ({ text: t(v ? 'quiz.true' : 'quiz.false'), correct: q.answer === v, feedback: q.feedback[String(v) as 'true' | 'false'] }));
  return null;
}

/** A class quiz question: large for the room; the presenter counts hands per option, then reveals the tally as bars, the answer and every option's explanation. */
export function ClassQuestion({ q, slide, session, presenter, act, t }: Props) {
  const options = tallyOptions(q, t);
  const counts = session.tallies[slide] ?? [];
  const total = counts.reduce((a, b) => a + b, 0);
  const shown = !!session.revealed[slide];
  return (
    <div class="class-question">
      <p class="eyebrow">{t('present.classQuiz')}</p>
      <h2 class="slide-heading">{q.prompt}</h2>
      {options ? (
        <ol class="tally">
          {options.map((o, i) => {
            const n = counts[i] ?? 0;
            return (
              <li key={i} class={shown && o.correct ? 'is-correct' : ''}>
                <span class="option-label"><span class="key" aria-hidden="true">{i + 1}</span>{o.text}{shown && o.correct && <strong class="badge">{t('present.correct')}</strong>}</span>
                {(presenter || shown) && (
                  <span class="count">
                    {presenter && <button type="button" class="button quiet small-btn" aria-label={t('present.remove', { option: o.text })} onClick={() => act({ type: 'tally', slide, option: i, by: -1, options: options.length })}>−</button>}
                    <span class="n">{t('present.people', { n })}</span>
                    {presenter && <button type="button" class="button quiet small-btn" aria-label={t('present.add', { option: o.text })} onClick={() => act({ type: 'tally', slide, option: i, by: 1, options: options.length })}>+</button>}
                  </span>
                )}
                {shown && <span class="tally-bar" aria-hidden="true"><span style={{ width: `${total ? Math.round((n / total) * 100) : 0}%` }} /></span>}
                {shown && <p class="option-feedback">{o.feedback}</p>}
              </li>
            );
          })}
        </ol>
      ) : (
        <p class="muted">{t('present.noTally')}</p>
      )}
      {shown && !options && <p class="answer"><strong>{t('present.correct')}{t('punct.colon')}</strong>{correctAnswerText(q, t('quiz.true'), t('quiz.false'))}</p>}
      {presenter && <button type="button" class="button" onClick={() => act({ type: 'reveal', slide })}>{shown ? t('present.hide') : t('present.reveal')}</button>}
    </div>
  );
}
