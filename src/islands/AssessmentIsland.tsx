import { useStore } from '@nanostores/preact';
import { useHydrated } from './use-hydrated.ts';
import type { Question } from '../schemas/quiz.ts';
import { getQuiz } from '../lib/progress/quiz.ts';
import { drawAssessment } from '../lib/quiz/draw.ts';
import { startProgress } from '../stores/progress.ts';
import { $progress } from '../stores/progress-atom.ts';
import { answer, retry, submit } from '../stores/quiz.ts';
import { QuizForm } from './quiz/QuizForm.tsx';
import { useShownAt } from './quiz/use-answer-times.ts';
import type { SectionLink } from './quiz/QuestionView.tsx';
import { makeT } from '../i18n/t.ts';
import type { BasisRef } from '../lib/content/sources.ts';

startProgress();

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
  // The first render matches the server's (no progress yet): Preact's hydration does not patch
  // attributes such as `checked`, so saved answers arrive in the render after it.
  const progress = useStore($progress, { ssr: 'initial' });
  const t = makeT(strings);
  // Until the saved attempt is read, show neither a start button nor questions that may be replaced.
  const ready = useHydrated();
  const shownAt = useShownAt();
  const saved = getQuiz(progress, course, 'assessment');
  const start = () => {
    const seed = Date.now().toString(36);
    retry(course, 'assessment', drawAssessment(pool, { size, seed, avoid: saved?.questions ?? [] }), seed);
  };
  // Questions removed from the banks since the draw are skipped rather than shown broken.
  const questions = (saved?.questions ?? []).map((id) => pool.find((q) => q.id === id)).filter((q): q is Question & { lesson: string } => !!q);

  if (!ready) return <p class="muted">{t('assessment.loading')}</p>;
  if (!saved?.seed || !questions.length) {
    return <button type="button" class="button" onClick={start}>{t('assessment.start')}</button>;
  }
  return (
    <QuizForm
      ready={ready}
      questions={questions}
      attempt={{ answers: saved.answers, submitted: saved.submitted, seed: saved.seed, attempts: saved.attempts, last: saved.last, best: saved.best }}
      passPercent={passPercent}
      links={links}
      basis={basis}
      onAnswer={(id, a) => answer(course, 'assessment', id, a, shownAt)}
      latest={() => getQuiz($progress.get(), course, 'assessment')?.answers ?? {}}
      onSubmit={(presented) => submit(course, 'assessment', questions, getQuiz($progress.get(), course, 'assessment')?.answers ?? {}, presented)}
      onRetry={start}
      retryLabel={t('assessment.newAttempt')}
      t={t}
    />
  );
}
