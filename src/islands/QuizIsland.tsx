import { useStore } from '@nanostores/preact';
import { useHydrated } from './use-hydrated.ts';
import type { Question } from '../schemas/quiz.ts';
import { getQuiz } from '../lib/progress/quiz.ts';
import { startProgress } from '../stores/progress.ts';
import { $progress } from '../stores/progress-atom.ts';
import { answer, retry, submit } from '../stores/quiz.ts';
import { QuizForm } from './quiz/QuizForm.tsx';
import { useShownAt } from './quiz/use-answer-times.ts';
import type { SectionLink } from './quiz/QuestionView.tsx';
import { makeT } from '../i18n/t.ts';
import type { BasisRef } from '../lib/content/sources.ts';
import { registerServiceWorker } from '../client/register-sw.ts';

// Reads saved progress as soon as the island's code runs in the browser, before it first renders.
startProgress();
if (typeof document !== 'undefined') registerServiceWorker();

interface Props {
  course: string;
  lesson: string;
  questions: Question[];
  passPercent: number;
  /** Lesson section of each question, by question id. */
  links: Record<string, SectionLink>;
  /** Labels and links of the sources the questions cite, by source id (src/data/sources.ts). */
  basis: Record<string, BasisRef>;
  strings: Record<string, string>;
}

/** A lesson's knowledge check: all its questions, answers saved as given, submit → feedback → retry. */
export default function QuizIsland({ course, lesson, questions, passPercent, links, basis, strings }: Props) {
  // The first render matches the server's (no progress yet): Preact's hydration does not patch
  // attributes such as `checked`, so saved answers arrive in the render after it.
  const progress = useStore($progress, { ssr: 'initial' });
  const t = makeT(strings);
  const ready = useHydrated();
  const shownAt = useShownAt();
  const ref = { lesson };
  const saved = getQuiz(progress, course, ref);
  const attempt = { answers: saved?.answers ?? {}, submitted: saved?.submitted ?? false, seed: saved?.seed ?? lesson, attempts: saved?.attempts ?? 0, last: saved?.last, best: saved?.best };
  return (
    <QuizForm
      ready={ready}
      questions={questions}
      attempt={attempt}
      passPercent={passPercent}
      links={links}
      basis={basis}
      onAnswer={(id, a) => answer(course, ref, id, a, shownAt)}
      latest={() => getQuiz($progress.get(), course, ref)?.answers ?? {}}
      onSubmit={(presented) => submit(course, ref, questions, getQuiz($progress.get(), course, ref)?.answers ?? {}, presented)}
      onRetry={() => retry(course, ref)}
      retryLabel={t('quiz.retry')}
      t={t}
    />
  );
}
