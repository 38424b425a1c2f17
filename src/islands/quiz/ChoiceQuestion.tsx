import type { Answer } from '../../schemas/answer.ts';
import type { AnswerChange } from '../../stores/quiz.ts';
import type { Question } from '../../schemas/quiz.ts';
import type { T } from '../../i18n/t.ts';
import { trueFalseOptions } from '../../lib/quiz/options.ts';

type Choice = Extract<Question, { type: 'single' | 'multiple' | 'truefalse' }>;
interface Props {
  q: Choice;
  /** Options in the order to show them. */
  order: string[];
  answer: Answer | undefined;
  submitted: boolean;
  onAnswer: (a: AnswerChange) => void;
  t: T;
}

/** Single choice, multiple choice and true/false: native radios and checkboxes, so keyboards and screen readers work as usual. */
export function ChoiceQuestion({ q, order, answer, submitted, onAnswer, t }: Props) {
  const options = q.type === 'truefalse' ? trueFalseOptions(q, t('quiz.true'), t('quiz.false')) : order.map((id) => q.options.find((o) => o.id === id)!);
  const multiple = q.type === 'multiple';
  const chosen = (id: string) => (multiple ? Array.isArray(answer) && answer.includes(id) : String(answer) === id);
  const toggle = (id: string) => {
    if (q.type === 'truefalse') return onAnswer(id === 'true');
    if (!multiple) return onAnswer(id);
    onAnswer((prev) => {
      const list = Array.isArray(prev) ? prev : [];
      return list.includes(id) ? list.filter((x) => x !== id) : [...list, id];
    });
  };
  return (
    <ul class="options">
      {options.map((o) => {
        const mine = chosen(o.id);
        // After submitting, every option the trainee chose or should have chosen explains itself.
        const show = submitted && (mine || o.correct);
        return (
          <li key={o.id} class={submitted ? (o.correct ? 'is-correct' : mine ? 'is-wrong' : '') : ''}>
            <label>
              <input type={multiple ? 'checkbox' : 'radio'} name={q.id} value={o.id} checked={mine} disabled={submitted} onChange={() => toggle(o.id)} />
              <span>{o.text}</span>
            </label>
            {show && (
              <p class="option-feedback">
                <strong>{mine ? t('quiz.yourChoice') : t('quiz.shouldChoose')} · {o.correct ? t('quiz.isCorrect') : t('quiz.isWrong')}{t('punct.colon')}</strong>
                {o.feedback}
              </p>
            )}
          </li>
        );
      })}
    </ul>
  );
}
