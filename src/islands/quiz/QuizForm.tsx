import { useEffect, useRef, useState } from 'preact/hooks';
import type { Answer } from '../../schemas/answer.ts';
import type { Question } from '../../schemas/quiz.ts';
import type { AnswerChange } from '../../stores/quiz.ts';
import { presentationOrder } from '../../lib/quiz/present.ts';
import { isComplete } from '../../lib/quiz/score.ts';
import { lastAttemptPassed } from '../../lib/progress/quiz.ts';
import { QuestionView, type SectionLink } from './QuestionView.tsx';
import type { T } from '../../i18n/t.ts';
import type { BasisRef } from '../../lib/content/sources.ts';

export interface Attempt {
  answers: Record<string, Answer>;
  submitted: boolean;
  seed: string;
  last?: number;
  best?: number;
  attempts: number;
}

interface Props {
  /** False in the server's render and until hydration: the controls stay disabled so no early click is lost. */
  ready: boolean;
  questions: Question[];
  attempt: Attempt;
  passPercent: number;
  links: Record<string, SectionLink>;
  /** Labels and links of the sources the questions cite, by source id. */
  basis: Record<string, BasisRef>;
  onAnswer: (question: string, a: AnswerChange) => void;
  /** The answers as stored right now: a click and a quick Enter can beat the re-render. */
  latest: () => Record<string, Answer>;
  /** Submits, with the answers the trainee accepted as shown (orderings left untouched). */
  onSubmit: (presented: Record<string, Answer>) => void;
  onRetry: () => void;
  retryLabel: string;
  t: T;
}

/** Questions, then submit; after submitting, the score, whether it passes, every answer explained, and a retry. */
export function QuizForm({ ready, questions, attempt, passPercent, links, basis, onAnswer, latest, onSubmit, onRetry, retryLabel, t }: Props) {
  const [missing, setMissing] = useState<string[]>([]);
  const summary = useRef<HTMLDivElement>(null);
  const justSubmitted = useRef(false);
  const orders = Object.fromEntries(questions.map((q) => [q.id, presentationOrder(q, attempt.seed)]));
  const { answers, submitted } = attempt;
  // Once the marked attempt is on screen, take the trainee (and the screen reader) to the score.
  useEffect(() => {
    if (submitted && justSubmitted.current) summary.current?.focus();
    justSubmitted.current = false;
  }, [submitted]);

  const submit = (e: Event) => {
    e.preventDefault();
    const answers = latest();
    const presented = Object.fromEntries(questions.filter((q) => q.type === 'ordering' && !answers[q.id]).map((q) => [q.id, orders[q.id]!]));
    const open = questions.map((q, i) => [q, i + 1] as const).filter(([q]) => !isComplete(q, answers[q.id] ?? presented[q.id]));
    setMissing(open.map(([, n]) => t('quiz.questionN', { n })));
    if (open.length) return document.getElementById(`q-${open[0]![0].id}`)?.querySelector<HTMLElement>('input, select, button')?.focus();
    justSubmitted.current = true;
    onSubmit(presented);
  };

  return (
    <form class="quiz-form" onSubmit={submit} noValidate aria-busy={!ready}>
      <fieldset class="bare" disabled={!ready}>
      {submitted && (
        <div class="summary" ref={summary} tabIndex={-1} role="status">
          <p class="score">{t('quiz.score', { score: attempt.last ?? 0 })}</p>
          {/* This attempt's verdict: a retry that fails says so, even after an earlier pass (the record keeps the best, hasPassed). */}
          <p>{lastAttemptPassed(attempt, passPercent) ? t('quiz.passed', { pass: passPercent }) : t('quiz.notPassed', { pass: passPercent })}</p>
          <p class="muted">{t('quiz.best', { best: attempt.best ?? 0, attempts: attempt.attempts })}</p>
        </div>
      )}
      {questions.map((q, i) => (
        <QuestionView key={q.id} q={q} n={i + 1} order={orders[q.id]!} answer={answers[q.id]} submitted={submitted} link={links[q.id]} basis={q.sources?.flatMap((id) => basis[id] ?? [])} onAnswer={(a) => onAnswer(q.id, a)} t={t} />
      ))}
      {submitted ? (
        <button type="button" class="button" onClick={onRetry}>{retryLabel}</button>
      ) : (
        <>
          {missing.length > 0 && <p class="missing" role="alert">{t('quiz.unanswered', { n: missing.length, list: missing.join(t('punct.list')) })}</p>}
          <button type="submit" class="button">{t('quiz.submit')}</button>
          <p class="muted small">{t('quiz.savedNote')}</p>
        </>
      )}
      </fieldset>
    </form>
  );
}
