import { useStore } from '@nanostores/preact';
import { useHydrated } from './use-hydrated.ts';
import { buildTranscript, type CourseInfo } from '../lib/results/transcript.ts';
import { transcriptCsv } from '../lib/results/csv.ts';
import { startProgress } from '../stores/progress.ts';
import { $progress } from '../stores/progress-atom.ts';
import { makeT } from './quiz/strings.ts';
import { Certificate } from './results/Certificate.tsx';
import { TranscriptView } from './results/TranscriptView.tsx';
import { Transfer } from './results/Transfer.tsx';

startProgress();

/** The trainee's transcript, certificate, and export/import of results for one course. */
export default function ResultsIsland({ info, strings }: { info: CourseInfo; strings: Record<string, string> }) {
  const progress = useStore($progress, { ssr: 'initial' });
  const ready = useHydrated();
  const t = makeT(strings);
  if (!ready) return <p class="muted">{t('assessment.loading')}</p>;
  const tr = buildTranscript(progress, info);
  const csv = () =>
    transcriptCsv(tr, {
      kind: t('csv.kind'), item: t('csv.item'), status: t('csv.status'), score: t('csv.score'), attempts: t('csv.attempts'), minutes: t('csv.minutes'),
      passed: t('results.passed'), lesson: t('results.lesson'), assessment: t('results.assessment'), scenario: t('results.scenarios'),
      states: { done: t('state.done'), read: t('state.read'), visited: t('state.visited'), new: t('state.new') },
    });
  return (
    <div class="results">
      <TranscriptView tr={tr} t={t} />
      <Certificate tr={tr} course={info.title} t={t} />
      <Transfer progress={progress} csv={csv} t={t} />
    </div>
  );
}
