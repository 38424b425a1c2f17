import type { Question } from '../../schemas/quiz.ts';
import type { AnswerChange } from '../../stores/quiz.ts';
import type { T } from '../../i18n/t.ts';

type Pairing = Extract<Question, { type: 'matching' | 'categorize' }>;
interface Props {
  q: Pairing;
  /** Choice ids (right-hand pair ids, or category ids) in the order to offer them. */
  order: string[];
  answer: Record<string, string>;
  submitted: boolean;
  onAnswer: (a: AnswerChange) => void;
  t: T;
}

/**
 * Matching and categorizing: one labelled <select> per row, so a keyboard or screen-reader user
 * answers exactly as a mouse user does; nothing needs dragging.
 */
export function SelectQuestion({ q, order, answer, submitted, onAnswer, t }: Props) {
  const rows = q.type === 'matching'
    ? q.pairs.map((p) => ({ id: p.id, label: p.left, key: p.id, feedback: p.feedback }))
    : q.items.map((i) => ({ id: i.id, label: i.text, key: i.category, feedback: i.feedback }));
  const choices = order.map((id) => ({ id, text: q.type === 'matching' ? q.pairs.find((p) => p.id === id)!.right : q.categories.find((c) => c.id === id)!.label }));
  const textOf = (id?: string) => choices.find((c) => c.id === id)?.text ?? t('quiz.noAnswer');
  return (
    <ul class="rows">
      {rows.map((row) => {
        const mine = answer[row.id];
        const right = mine === row.key;
        return (
          <li key={row.id} class={submitted ? (right ? 'is-correct' : 'is-wrong') : ''}>
            <label for={`${q.id}-${row.id}`}>{row.label}</label>
            <select id={`${q.id}-${row.id}`} value={mine ?? ''} disabled={submitted} onChange={(e) => {
              const value = (e.target as HTMLSelectElement).value;
              onAnswer((prev) => ({ ...(typeof prev === 'object' && !Array.isArray(prev) ? prev : {}), [row.id]: value }));
            }}>
              <option value="" disabled>{t('quiz.choose')}</option>
              {choices.map((c) => <option key={c.id} value={c.id}>{c.text}</option>)}
            </select>
            {submitted && (
              <p class="option-feedback">
                <strong>{t('quiz.yourAnswer', { answer: textOf(mine) })} · {right ? t('quiz.isCorrect') : t('quiz.correctAnswer', { answer: textOf(row.key) })}{t('punct.stop')}</strong>
                {row.feedback}
              </p>
            )}
          </li>
        );
      })}
    </ul>
  );
}
