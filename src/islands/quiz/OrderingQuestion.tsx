import { useLayoutEffect, useRef, useState } from 'preact/hooks';
import type { Question } from '../../schemas/quiz.ts';
import type { AnswerChange } from '../../stores/quiz.ts';
import type { T } from '../../i18n/t.ts';

type Ordering = Extract<Question, { type: 'ordering' }>;
interface Props {
  q: Ordering;
  /** Item ids in the order shown now. */
  order: string[];
  submitted: boolean;
  onAnswer: (a: AnswerChange) => void;
  t: T;
}

/** Ordering without dragging: each item has 上移/下移 buttons; focus follows the moved item and the new position is announced. */
export function OrderingQuestion({ q, order, submitted, onAnswer, t }: Props) {
  const [said, say] = useState('');
  // The button pressed last, to keep focus on once the list shows the new order.
  const moved = useRef<{ id: string; by: number } | null>(null);
  const text = (id: string) => q.items.find((i) => i.id === id)!.text;
  // Keep focus on the same button of the moved item (or its other one at either end, where the
  // pressed one is now disabled), in the render that shows the new order.
  useLayoutEffect(() => {
    const m = moved.current;
    if (!m) return;
    moved.current = null;
    const to = order.indexOf(m.id);
    const buttons = document.getElementById(`${q.id}-${m.id}`)?.querySelectorAll('button');
    const target = m.by < 0 ? (to === 0 ? buttons?.[1] : buttons?.[0]) : to === order.length - 1 ? buttons?.[0] : buttons?.[1];
    target?.focus();
  }, [order.join()]);
  const move = (id: string, by: number) => {
    // Built on the stored order, so quick successive presses each count.
    let next = order;
    onAnswer((prev) => {
      next = [...(Array.isArray(prev) ? prev : order)];
      const from = next.indexOf(id);
      const to = Math.min(next.length - 1, Math.max(0, from + by));
      [next[from], next[to]] = [next[to]!, next[from]!];
      return next;
    });
    moved.current = { id, by };
    say(t('quiz.moved', { item: text(id), n: next.indexOf(id) + 1, total: next.length }));
  };
  return (
    <>
      <ol class="ordering">
        {order.map((id, i) => {
          const item = q.items.find((x) => x.id === id)!;
          const right = q.items[i]!.id === id;
          return (
            <li key={id} id={`${q.id}-${id}`} class={submitted ? (right ? 'is-correct' : 'is-wrong') : ''}>
              <span class="position">{t('quiz.position', { n: i + 1 })}</span>
              <span class="item-text">{item.text}</span>
              {!submitted && (
                <span class="move">
                  <button type="button" class="button quiet" disabled={i === 0} aria-label={t('quiz.moveUpItem', { item: item.text })} onClick={() => move(id, -1)}>↑<span aria-hidden="true"> {t('quiz.moveUp')}</span></button>
                  <button type="button" class="button quiet" disabled={i === order.length - 1} aria-label={t('quiz.moveDownItem', { item: item.text })} onClick={() => move(id, 1)}>↓<span aria-hidden="true"> {t('quiz.moveDown')}</span></button>
                </span>
              )}
            </li>
          );
        })}
      </ol>
      <p class="visually-hidden" aria-live="polite">{said}</p>
      {submitted && (
        <div class="solution">
          <p><strong>{t('quiz.correctOrder', { answer: q.items.map((i) => i.text).join(' → ') })}</strong></p>
          <ol>{q.items.map((i) => <li key={i.id}><strong>{i.text}</strong>{t('punct.colon')}{i.feedback}</li>)}</ol>
        </div>
      )}
    </>
  );
}
