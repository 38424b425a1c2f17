import type { Question } from '../schemas/quiz.ts';
import { drawAssessment } from '../lib/quiz/draw.ts';
import { QuizForm } from './quiz/QuizForm.tsx';
import type { SectionLink } from './quiz/QuestionView.tsx';
import { useQuizAttempt } from './quiz/use-quiz-attempt.ts';
import { makeT } from '../i18n/t.ts';
import type { BasisRef } from '../lib/content/sources.ts';

interface Props {
  course: string;
  /** Every question of every lesson bank, with the lesson it belongs to. */
  pool: (Question & { lesson: string })[];
  size: number;
  passPercent: number;
  links: Record<string, SectionLink>;
  /** Labels and links of the sources the questions cite, by source id (src/data/sources.ts). */
  basis: Record<string, BasisRef>;
  strings: Record<string, string>;
}

/** The final assessment: a fresh draw per attempt covering every lesson, a review of every answer, unlimited retries. */
export default function AssessmentIsland({ course, pool, size, passPercent, links, basis, strings }: Props) {
  const t = makeT(strings);
  const quiz = useQuizAttempt(course, 'assessment');
  const { saved } = quiz;
  const start = () => {
    const seed = Date.now().toString(36);
    quiz.retry(drawAssessment(pool, { size, seed, avoid: saved?.questions ?? [] }), seed);
  };
  // Questions removed from the banks since the draw are skipped rather than shown broken.
  const questions = (saved?.questions ?? []).map((id) => pool.find((q) => q.id === id)).filter((q): q is Question & { lesson: string } => !!q);

  // Until the saved attempt is read, show neither a start button nor questions that may be replaced.
  if (!quiz.ready) return <p class="muted">{t('assessment.loading')}</p>;
  if (!saved?.seed || !questions.length) {
    return <button type="button" class="button" onClick={start}>{t('assessment.start')}</button>;
  }
  return (
    <QuizForm
      ready={quiz.ready}
      questions={questions}
      attempt={quiz.attempt}
      passPercent={passPercent}
      links={links}
      basis={basis}
      onAnswer={quiz.answer}
      latest={quiz.latest}
      onSubmit={(presented) => quiz.submit(questions, presented)}
      onRetry={start}
      retryLabel={t('assessment.newAttempt')}
      t={t}
    />
  );
}
