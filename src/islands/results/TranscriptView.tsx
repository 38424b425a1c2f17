import type { Transcript } from '../../lib/results/transcript.ts';
import type { T } from '../../i18n/t.ts';
import { ScoreMeter } from '../scenario/ScoreMeter.tsx';

/** The trainee's record: lessons with their check, the assessment, and each scenario's best play with its scores. */
export function TranscriptView({ tr, t }: { tr: Transcript; t: T }) {
  return (
    <>
      <p class="summary-line">{t('results.summary', { done: tr.done, total: tr.lessons.length, m: Math.round(tr.seconds / 60) })}</p>
      <h2>{t('results.lessons')}</h2>
      <div class="table-scroll" tabIndex={0} role="region" aria-label={t('results.lessons')}>
        <table>
          <thead><tr><th scope="col">{t('results.lesson')}</th><th scope="col">{t('results.state')}</th><th scope="col">{t('results.check')}</th><th scope="col">{t('results.timeStudied')}</th></tr></thead>
          <tbody>
            {tr.lessons.map((l) => (
              <tr key={l.id}>
                <th scope="row">{l.title}</th>
                <td>{t(`state.${l.state}`)}</td>
                <td>{l.check ? (l.check.best === undefined ? t('results.notTaken') : t('results.checkBest', { best: l.check.best, attempts: l.check.attempts })) : '—'}</td>
                <td>{t('results.minutesStudied', { m: Math.round(l.seconds / 60) })}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      {tr.assessment && (
        <>
          <h2>{t('results.assessment')}</h2>
          <p>{tr.assessment.best === undefined ? t('results.notTaken') : t('results.assessmentBest', { best: tr.assessment.best, attempts: tr.assessment.attempts, passed: t(tr.assessment.passed ? 'results.passed' : 'results.notPassed') })}</p>
        </>
      )}
      {tr.scenarios.length > 0 && (
        <>
          <h2>{t('results.scenarios')}</h2>
          <ul class="scenario-results">
            {tr.scenarios.map((s) => (
              <li key={s.id}>
                <h3>{s.title}</h3>
                {s.best ? (
                  <>
                    <p>{t('results.scenarioBest', { total: s.best.total, max: s.best.max, ending: s.best.ending, attempts: s.attempts })}</p>
                    <ul class="bars">
                      {s.best.scores.map((d) => <ScoreMeter key={d.label} label={d.label} score={d.score} best={d.best} worst={d.worst} t={t} />)}
                    </ul>
                  </>
                ) : <p class="muted">{t('scenario.notPlayed')}</p>}
              </li>
            ))}
          </ul>
        </>
      )}
    </>
  );
}
