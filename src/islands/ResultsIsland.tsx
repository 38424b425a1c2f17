import { useEffect, useState } from 'preact/hooks';
import { useProgress } from './use-progress.ts';
import { buildTranscript, type CourseInfo } from '../lib/results/transcript.ts';
import { transcriptCsv } from '../lib/results/csv.ts';
import { makeT } from '../i18n/t.ts';
import { Certificate } from './results/Certificate.tsx';
import { TranscriptView } from './results/TranscriptView.tsx';
import { Transfer } from './results/Transfer.tsx';
import { accountMaps, startAccountMaps } from '../stores/account-maps.ts';
import { completedByCourse } from '../lib/account-map/rules.ts';

/** The trainee's transcript, certificate, and export/import of results for one course. */
export default function ResultsIsland({ info, strings }: { info: CourseInfo; strings: Record<string, string> }) {
  const { progress, ready } = useProgress();
  const [maps, setMaps] = useState(accountMaps.get());
  useEffect(() => {
    const off = accountMaps.listen(setMaps);
    startAccountMaps();
    setMaps(accountMaps.get());
    return off;
  }, []);
  const t = makeT(strings);
  if (!ready) return <p class="muted">{t('assessment.loading')}</p>;
  const tr = buildTranscript(progress, info, completedByCourse(maps.maps)[info.id] === true);
  const csv = () =>
    transcriptCsv(tr, {
      kind: t('csv.kind'), item: t('csv.item'), status: t('csv.status'), score: t('csv.score'), attempts: t('csv.attempts'), minutes: t('csv.minutes'),
      passed: t('results.passed'), lesson: t('results.lesson'), assessment: t('results.assessment'), scenario: t('results.scenarios'),
      states: { done: t('state.done'), read: t('state.read'), visited: t('state.visited'), new: t('state.new') },
    });
  return (
    <div class="results">
      <TranscriptView tr={tr} t={t} />
      <Certificate tr={tr} course={info.title} accountMap={info.accountMap} t={t} />
      <Transfer progress={progress} maps={maps.maps} csv={csv} t={t} />
    </div>
  );
}
