import type { Question } from '../schemas/quiz.ts';
import { QuizForm } from './quiz/QuizForm.tsx';
import type { SectionLink } from './quiz/QuestionView.tsx';
import { useQuizAttempt } from './quiz/use-quiz-attempt.ts';
import { makeT } from '../i18n/t.ts';
import type { BasisRef } from '../lib/content/sources.ts';

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
  const t = makeT(strings);
  const quiz = useQuizAttempt(course, { lesson }, lesson);
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
      onRetry={() => quiz.retry()}
      retryLabel={t('quiz.retry')}
      t={t}
    />
  );
}
