import type { Answer } from '../../schemas/answer.ts';
import type { Question } from '../../schemas/quiz.ts';
import type { AnswerChange } from '../../stores/quiz.ts';
import { correctAnswerText } from '../../lib/quiz/present.ts';
import { scoreQuestion } from '../../lib/quiz/score.ts';
import { ChoiceQuestion } from './ChoiceQuestion.tsx';
import { OrderingQuestion } from './OrderingQuestion.tsx';
import { SelectQuestion } from './SelectQuestion.tsx';
import type { T } from '../../i18n/t.ts';
import type { BasisRef } from '../../lib/content/sources.ts';
import { Basis } from './Basis.tsx';

export interface SectionLink {
  href: string;
  title: string;
}

interface Props {
  q: Question;
  n: number;
  order: string[];
  answer: Answer | undefined;
  submitted: boolean;
  link?: SectionLink;
  /** The sources the question cites, resolved by the page. */
  basis?: BasisRef[] | undefined;
  onAnswer: (a: AnswerChange) => void;
  t: T;
}

/** One question as a fieldset: its number, type and prompt as the legend; after submitting, the result, the right answer in words and a link back to the lesson section. */
export function QuestionView({ q, n, order, answer, submitted, link, basis, onAnswer, t }: Props) {
  const { score, correct } = scoreQuestion(q, answer);
  const result = correct ? t('quiz.correct') : score > 0 ? t('quiz.partial', { score: Math.round(score * 100) }) : t('quiz.wrong');
  return (
    <fieldset class={`question ${submitted ? (correct ? 'q-correct' : score > 0 ? 'q-partial' : 'q-wrong') : ''}`} id={`q-${q.id}`}>
      <legend>
        <span class="qnum">{t('quiz.questionN', { n })} · {t(`quiz.type.${q.type}`)}</span>
        <span class="prompt">{q.prompt}</span>
      </legend>
      {q.type === 'ordering' ? (
        <OrderingQuestion q={q} order={Array.isArray(answer) ? answer : order} submitted={submitted} onAnswer={onAnswer} t={t} />
      ) : q.type === 'matching' || q.type === 'categorize' ? (
        <SelectQuestion q={q} order={order} answer={typeof answer === 'object' && !Array.isArray(answer) ? answer : {}} submitted={submitted} onAnswer={onAnswer} t={t} />
      ) : (
        <ChoiceQuestion q={q} order={order} answer={answer} submitted={submitted} onAnswer={onAnswer} t={t} />
      )}
      {submitted && (
        <div class="result">
          <p class="verdict"><span aria-hidden="true">{correct ? '✓ ' : score > 0 ? '◐ ' : '✗ '}</span>{result}</p>
          {/* Orderings, matchings and categorizings show the right answer on each row already. */}
          {!correct && (q.type === 'single' || q.type === 'multiple' || q.type === 'truefalse') && <p>{t('quiz.correctAnswer', { answer: correctAnswerText(q, { yes: t('quiz.true'), no: t('quiz.false'), separator: t('punct.semicolon') }) })}</p>}
          {q.explanation && <p>{q.explanation}</p>}
          {basis?.length ? <Basis refs={basis} template={t('quiz.basis', { list: '\n' })} t={t} /> : null}
          {link && <p><a href={link.href}>{t('quiz.review', { section: link.title })}</a></p>}
        </div>
      )}
    </fieldset>
  );
}

