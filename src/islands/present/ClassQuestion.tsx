import type { Question } from '../../schemas/quiz.ts';
import type { Action, Session } from '../../lib/slides/session.ts';
import { shares, tallyModel, type TallyModel } from '../../lib/slides/tally.ts';
import { correctAnswerText } from '../../lib/quiz/present.ts';
import { slideChars } from '../../lib/slides/measure.ts';
import type { T } from '../../i18n/t.ts';

interface Props {
  q: Question;
  slide: number;
  session: Session;
  /** presenter: counts and buttons; audience: what the room sees; print: the question before its reveal. */
  view: 'presenter' | 'audience' | 'preview' | 'print';
  act: (a: Action) => void;
  t: T;
}

/** The rows and options the room answers this question by, in the page's language. */
export const classModel = (q: Question, t: T): TallyModel => tallyModel(q, { yes: t('quiz.true'), no: t('quiz.false'), position: (n) => t('present.position', { n }) });

/** The explanation shown on the reveal: the question's own, else (choice questions) the right option's feedback. */
const explanationOf = (q: Question, model: TallyModel) => q.explanation ?? (model.rows.length === 1 ? model.rows[0]!.options.filter((o) => o.correct).map((o) => o.feedback).join(' ') : '');

/**
 * A class quiz question, large for the room. Every type shows what there is to answer: the
 * options of a choice question, or a grid of rows (items) and options (positions, partners,
 * categories). The presenter counts hands per option of each row, by keys or +/− buttons, or the
 * room discusses; the reveal shows the key, the tally and the explanation.
 */
export function ClassQuestion({ q, slide, session, view, act, t }: Props) {
  const presenter = view === 'presenter';
  const model = classModel(q, t);
  const counts = session.tallies[slide];
  const shown = !!session.revealed[slide] && view !== 'print';
  const active = Math.min(session.rows[slide] ?? 0, model.rows.length - 1);
  const explanation = explanationOf(q, model);
  // Long options (matching's right-hand sides) are listed once, numbered, and the grid's columns show the numbers only.
  const legend = model.rows.length > 1 && model.rows[0]!.options.some((o) => slideChars(o.text) > 8);
  const tally = (row: number, option: number, by: number, options: number) => act({ type: 'tally', slide, row, option, by, options });

  const buttons = (row: number, option: number, text: string, options: number) =>
    presenter && (
      <>
        <button type="button" class="button quiet small-btn" aria-label={t('present.remove', { option: text })} onClick={() => tally(row, option, -1, options)}>−</button>
        <span class="n">{t('present.people', { n: counts?.[row]?.[option] ?? 0 })}</span>
        <button type="button" class="button quiet small-btn" aria-label={t('present.add', { option: text })} onClick={() => tally(row, option, 1, options)}>+</button>
      </>
    );

  return (
    <div class="class-question" data-rows={model.rows.length}>
      <p class="eyebrow">{t('present.classQuiz')}</p>
      <h2 class="slide-heading">{q.prompt}</h2>
      {model.rows.length === 1 ? (
        <ol class="tally">
          {model.rows[0]!.options.map((o, i, all) => {
            const n = counts?.[0]?.[i] ?? 0;
            return (
              <li key={i} class={shown && o.correct ? 'is-correct' : ''}>
                <span class="option-label"><span class="key" aria-hidden="true">{i + 1}</span>{o.text}{shown && o.correct && <strong class="badge">{t('present.correct')}</strong>}</span>
                {(presenter || shown) && <span class="count">{presenter ? buttons(0, i, o.text, all.length) : <span class="n">{t('present.people', { n })}</span>}</span>}
                {shown && <span class="tally-bar" aria-hidden="true"><span style={{ width: `${shares(counts, 0, all.length)[i]}%` }} /></span>}
                {shown && o.feedback && <p class="option-feedback">{o.feedback}</p>}
              </li>
            );
          })}
        </ol>
      ) : (
        <>
        {legend && <ol class="tally-legend">{model.rows[0]!.options.map((o, i) => <li key={i}><span class="key" aria-hidden="true">{i + 1}</span>{o.text}</li>)}</ol>}
        <table class={`tally-grid${legend ? ' with-legend' : ''}`}>
          <thead>
            <tr>
              <th scope="col"><span class="visually-hidden">{t('present.rowHeader')}</span></th>
              {model.rows[0]!.options.map((o, i) => <th key={i} scope="col">{legend ? <><span class="key" aria-hidden="true">{i + 1}</span><span class="visually-hidden">{o.text}</span></> : <><span class="key" aria-hidden="true">{i + 1}</span>{o.text}</>}</th>)}
            </tr>
          </thead>
          <tbody>
            {model.rows.map((row, r) => (
              <tr key={r} class={presenter && r === active ? 'is-active' : ''}>
                <th scope="row">
                  {presenter ? <button type="button" class="row-pick" aria-pressed={r === active} onClick={() => act({ type: 'row', slide, row: r })}>{row.label}</button> : row.label}
                </th>
                {row.options.map((o, i) => (
                  <td key={i} class={shown && o.correct ? 'is-correct' : ''}>
                    {shown && o.correct && <strong class="badge"><span aria-hidden="true">✓</span><span class="visually-hidden">{t('present.correct')}</span></strong>}
                    {presenter ? <span class="count">{buttons(r, i, `${row.label} · ${o.text}`, row.options.length)}</span> : shown && <span class="n">{t('present.people', { n: counts?.[r]?.[i] ?? 0 })}</span>}
                  </td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
        </>
      )}
      {!shown && model.rows.length > 1 && view !== 'preview' && <p class="muted small-print">{t('present.discussThenReveal')}</p>}
      {shown && explanation && model.rows.length > 1 && <p class="explanation">{explanation}</p>}
      {shown && q.explanation && model.rows.length === 1 && <p class="explanation">{q.explanation}</p>}
      {presenter && <button type="button" class="button" onClick={() => act({ type: 'reveal', slide })}>{shown ? t('present.hide') : t('present.reveal')}</button>}
    </div>
  );
}

/** The presenter's notes for a question slide: the key, the explanation and why each row's answer is right. */
export function QuestionNotes({ q, t }: { q: Question; t: T }) {
  const model = classModel(q, t);
  return (
    <div class="question-notes">
      <p><strong>{t('present.answerKey')}{t('punct.colon')}</strong>{correctAnswerText(q, { yes: t('quiz.true'), no: t('quiz.false'), separator: t('punct.semicolon') })}</p>
      {explanationOf(q, model) && <p>{explanationOf(q, model)}</p>}
      {model.rows.length > 1 && <ul>{model.rows.map((r, i) => <li key={i}><strong>{r.label}</strong>{t('punct.colon')}{r.feedback}</li>)}</ul>}
    </div>
  );
}
