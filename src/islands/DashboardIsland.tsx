import { useRef, useState } from 'preact/hooks';
import type { AccountMap } from '../schemas/account-map.ts';
import type { MapView } from '../lib/account-map/view.ts';
import { SharedMap } from './account-map/SharedMap.tsx';
import type { Dashboard, DashboardInput } from '../lib/results/dashboard.ts';
import { toCsv } from '../lib/results/csv.ts';
import { resultsErrorMessage } from '../lib/results/errors.ts';
import { makeT, type UiKey } from '../i18n/t.ts';
import { saveFile } from './results/save-file.ts';

/** The trainer's class view: result files dropped or chosen here are read in the browser, never uploaded. */
/** `mapView` and `roleLabels`: the course's account-map vocabulary, to open shared maps read-only (absent when the course has no account map). */
export default function DashboardIsland({ input, strings, mapView, roleLabels = {} }: { input: DashboardInput; strings: Record<string, string>; mapView?: MapView | undefined; roleLabels?: Record<string, string> }) {
  const [open, setOpen] = useState<{ trainee: string; map: AccountMap } | null>(null);
  const t = makeT(strings);
  const files = useRef<{ name: string; text: string }[]>([]);
  const [d, setD] = useState<Dashboard | null>(null);
  const [over, setOver] = useState(false);
  const add = async (list: FileList | null | undefined) => {
    const read = await Promise.all([...(list ?? [])].map(async (f) => ({ name: f.name, text: await f.text() })));
    if (!read.length) return;
    // Reading result files needs zod (their schema): it loads with the first file, not with the page.
    const { aggregate } = await import('../lib/results/dashboard.ts');
    files.current = [...files.current, ...read];
    setD(aggregate(files.current, input));
  };
  const rejection = (file: string, error: string) => {
    const { key, params } = resultsErrorMessage(error, file);
    return t(key as UiKey, params);
  };
  const exportCsv = () => {
    if (!d) return;
    const head = [t('csv.name'), t('csv.file'), t('dashboard.origin'), t('dashboard.lessons'), t('dashboard.minutes'), t('dashboard.assessment'), ...input.info.scenarios.map((s) => s.title), t('dashboard.certificate')];
    const rows = d.trainees.map((r) => [r.name, r.file, t(`dashboard.origin.${r.origin}`), r.origin === 'live' ? '' : `${r.lessonsDone}/${r.lessonsTotal}`, r.origin === 'live' ? '' : r.minutes, r.assessment, ...input.info.scenarios.map((s) => r.scenarios[s.id]), r.certificate ? t('dashboard.yes') : '']);
    saveFile(`${t('dashboard.title')}-${input.info.title}.csv`, toCsv([head, ...rows]), 'text/csv');
  };

  return (
    <div class="dashboard">
      <div class={`drop-zone ${over ? 'over' : ''}`} onDragOver={(e) => { e.preventDefault(); setOver(true); }} onDragLeave={() => setOver(false)} onDrop={(e) => { e.preventDefault(); setOver(false); void add(e.dataTransfer?.files); }}>
        <label class="file-field">
          {t('dashboard.choose')}
          <input type="file" multiple accept="application/json,.json" onChange={(e) => { const input = e.target as HTMLInputElement; void add(input.files).then(() => (input.value = '')); }} />
        </label>
        <p class="muted small">{t('dashboard.drop')}</p>
      </div>
      {!d && <p class="muted">{t('dashboard.empty')}</p>}
      {d && (
        <>
          <p role="status">{t('dashboard.loaded', { n: d.trainees.length })}</p>
          {d.rejected.length > 0 && (
            <div role="alert" class="import-error">
              <p>{t('dashboard.rejected')}</p>
              <ul>{d.rejected.map((r) => <li key={r.file}>{rejection(r.file, r.error)}</li>)}</ul>
            </div>
          )}
          <h2>{t('dashboard.class')}</h2>
          <div class="table-scroll" tabIndex={0} role="region" aria-label={t('dashboard.class')}>
            <table>
              <thead><tr><th scope="col">{t('dashboard.name')}</th><th scope="col">{t('dashboard.origin')}</th><th scope="col">{t('dashboard.lessons')}</th><th scope="col">{t('dashboard.minutes')}</th><th scope="col">{t('dashboard.assessment')}</th>{input.info.scenarios.map((s) => <th scope="col" key={s.id}>{s.title}</th>)}<th scope="col">{t('dashboard.certificate')}</th>{mapView && <th scope="col">{t('dashboard.accountMap')}</th>}</tr></thead>
              <tbody>
                {d.trainees.map((r) => (
                  <tr key={r.file}>
                    <th scope="row">{r.name || r.file}</th>
                    <td>{t(`dashboard.origin.${r.origin}`)}</td>
                    <td>{r.origin === 'live' ? '—' : `${r.lessonsDone} / ${r.lessonsTotal}`}</td>
                    <td>{r.origin === 'live' ? '—' : r.minutes}</td>
                    <td>{r.assessment === undefined ? '—' : `${r.assessment}%`}</td>
                    {input.info.scenarios.map((s) => <td key={s.id}>{r.scenarios[s.id] ?? '—'}</td>)}
                    <td>{r.certificate ? t('dashboard.yes') : t('dashboard.no')}</td>
                    {mapView && (
                      <td>
                        {r.mapCompleted ? t('dashboard.mapDone') : '—'}
                        {r.maps.map((m) => <button type="button" class="button quiet small" key={m.id} aria-haspopup="dialog" onClick={() => setOpen({ trainee: r.name || r.file, map: m })}>{t('dashboard.mapShared', { name: m.name })}</button>)}
                      </td>
                    )}
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
          <button type="button" class="button secondary" onClick={exportCsv}>{t('dashboard.exportCsv')}</button>
          {open && mapView && <SharedMap title={t('dashboard.mapTitle', { trainee: open.trainee })} map={open.map} view={mapView} roleLabels={roleLabels} t={t} onClose={() => setOpen(null)} />}
          <h2>{t('dashboard.questions')}</h2>
          <div class="table-scroll" tabIndex={0} role="region" aria-label={t('dashboard.questions')}>
            <table>
              <thead><tr><th scope="col">{t('dashboard.question')}</th><th scope="col">{t('dashboard.answered')}</th><th scope="col">{t('dashboard.correct')}</th><th scope="col">{t('dashboard.commonWrong')}</th></tr></thead>
              <tbody>
                {d.questions.filter((q) => q.answered > 0).sort((a, b) => a.correctShare - b.correctShare).map((q) => (
                  <tr key={q.id}>
                    <th scope="row">{q.prompt}</th>
                    <td>{q.answered}</td>
                    <td>{Math.round(q.correctShare * 100)}%</td>
                    <td>{q.commonWrong ? `${q.commonWrong.text === 'true' ? t('quiz.true') : q.commonWrong.text === 'false' ? t('quiz.false') : q.commonWrong.text}${t('punct.paren', { x: t('dashboard.choiceCount', { n: q.commonWrong.count }) })}` : '—'}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
          <h2>{t('dashboard.choices')}</h2>
          {input.scenarios.filter((s) => d.choices[s.id]).map((s) => (
            <section key={s.id} aria-label={s.title}>
              <h3>{s.title}</h3>
              {Object.entries(d.choices[s.id]!).map(([node, counts]) => (
                <div key={node}>
                  <p><strong>{s.nodes[node]?.text}</strong></p>
                  <ul class="choice-dist">
                    {s.nodes[node]?.choices?.map((c, i) => <li key={i}>{c.label}{t('punct.colon')}{t('dashboard.choiceCount', { n: counts[i] ?? 0 })}</li>)}
                  </ul>
                </div>
              ))}
            </section>
          ))}
        </>
      )}
    </div>
  );
}
