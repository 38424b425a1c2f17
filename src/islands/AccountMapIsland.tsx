import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import type { AccountMap } from '../schemas/account-map.ts';
import type { MapView } from '../lib/account-map/view.ts';
import { copyAsNew, deleteMap, duplicateMap, emptyMap, exportMaps, putMap, renameMap, applyMerge, planMerge, type MergePlan } from '../lib/account-map/rules.ts';
import { accountMaps, startAccountMaps, updateMaps, type MapsNotice } from '../stores/account-maps.ts';
import type { BuyingCentreLabels } from '../mdx/diagrams/BuyingCentreMap.tsx';
import { useHydrated } from './use-hydrated.ts';
import { makeT, type UiKey } from '../i18n/t.ts';
import { saveFile } from './results/save-file.ts';
import { MapEditor } from './account-map/MapEditor.tsx';
import { MapSheet } from './account-map/MapSheet.tsx';
import { Coaching } from './account-map/Coaching.tsx';
import { NameDialog, type NamePurpose } from './account-map/NameDialog.tsx';
import { ConfirmDialog } from './account-map/ConfirmDialog.tsx';

interface Props {
  view: MapView;
  strings: Record<string, string>;
  labels: BuyingCentreLabels;
}

const EXAMPLE = 'example';

/** The account-map tool: the trainee's accounts (new, duplicate, rename, delete), the editor, the live picture with coaching, print, export and import, and the worked example. */
export default function AccountMapIsland({ view, strings, labels }: Props) {
  const t = makeT(strings);
  const ready = useHydrated();
  const [store, setStore] = useState(accountMaps.get());
  const [notice, setNotice] = useState<MapsNotice | null>(null);
  const [selected, setSelected] = useState('');
  const [naming, setNaming] = useState<NamePurpose | null>(null);
  const [deleting, setDeleting] = useState(false);
  const [merge, setMerge] = useState<{ file: string; plan: MergePlan } | null>(null);
  const [message, setMessage] = useState<{ error: boolean; text: string } | null>(null);
  const fileInput = useRef<HTMLInputElement>(null);
  // One download link per notice, not one per render.
  const backupHref = useMemo(() => (notice ? URL.createObjectURL(new Blob([localStorage.getItem(notice.backupKey) ?? ''])) : ''), [notice]);

  useEffect(() => {
    const off = accountMaps.listen(setStore);
    setNotice(startAccountMaps());
    setStore(accountMaps.get());
    const hash = decodeURIComponent(location.hash.slice(1));
    if (hash) setSelected(hash);
    return off;
  }, []);

  if (!ready) return <p class="muted">{t('accountMap.loading')}</p>;
  const mine = store.maps.filter((m) => m.course === view.course);
  const showExample = selected === EXAMPLE && view.example;
  const current = showExample ? undefined : (mine.find((m) => m.id === selected) ?? mine[0]);
  // The trainee's own calendar day, as the date fields they type in.
  const now = new Date();
  const today = [now.getFullYear(), now.getMonth() + 1, now.getDate()].map((n) => String(n).padStart(2, '0')).join('-');

  const select = (id: string) => {
    setSelected(id);
    history.replaceState(null, '', `#${encodeURIComponent(id)}`);
  };
  const save = (m: AccountMap) => updateMaps((maps) => putMap(maps, m, Date.now()));
  const named = (name: string) => {
    const now = Date.now();
    if (naming === 'new') { const m = emptyMap(view.course, name, now); updateMaps((maps) => [...maps, m]); select(m.id); }
    if (naming === 'rename' && current) updateMaps((maps) => renameMap(maps, current.id, name, now));
    if (naming === 'duplicate' && current) { let id = ''; updateMaps((maps) => { const out = duplicateMap(maps, current.id, name, now); id = out.find((m) => !maps.includes(m))!.id; return out; }); select(id); }
    if (naming === 'copy' && view.example) { const m = copyAsNew(view.example.map, name, now); updateMaps((maps) => [...maps, m]); select(m.id); }
    setNaming(null);
  };
  const onFile = async (e: Event) => {
    const input = e.currentTarget as HTMLInputElement;
    const f = input.files?.[0];
    input.value = '';
    if (!f) return;
    const { parseMapsFile } = await import('../lib/account-map/file.ts');
    const parsed = parseMapsFile(await f.text());
    if (!parsed.ok) return setMessage({ error: true, text: t(`accountMap.importError.${parsed.error.split(':')[0]}` as UiKey, { file: f.name, field: parsed.error.split(':')[1] ?? '' }) });
    const plan = planMerge(store.maps, parsed.maps.filter((m) => m.course === view.course));
    if (plan.replaced.length || plan.kept.length) return setMerge({ file: f.name, plan });
    applyImport(f.name, plan);
  };
  const applyImport = (file: string, plan: MergePlan) => {
    updateMaps((maps) => applyMerge(maps, plan));
    setMessage({ error: false, text: t('accountMap.imported', { file, added: plan.added.length, replaced: plan.replaced.length, kept: plan.kept.length }) });
    setMerge(null);
    if (plan.added[0] && !current) select(plan.added[0].id);
  };
  const exportFile = (maps: readonly AccountMap[], name: string) => saveFile(`${name}-${today}.json`, JSON.stringify(exportMaps(maps, new Date()), null, 2), 'application/json');

  return (
    <div class="am">
      {notice && (
        <div class="am-notice" role="alert">
          <p>{t(`accountMap.notice.${notice.status}`)}</p>
          <p class="am-actions">
            <a class="button quiet" download="account-maps-backup.json" href={backupHref}>{t('accountMap.notice.download')}</a>
            <button type="button" class="button secondary" onClick={() => setNotice(null)}>{t('accountMap.notice.dismiss')}</button>
          </p>
        </div>
      )}
      <section class="am-toolbar no-print" aria-labelledby="am-h-accounts">
        <h2 id="am-h-accounts">{t('accountMap.accounts')}</h2>
        {mine.length > 0 && (
          <div class="am-field am-pick">
            <label class="am-label" for="am-current">{t('accountMap.current')}</label>
            <select id="am-current" value={showExample ? EXAMPLE : (current?.id ?? '')} onChange={(e) => select((e.currentTarget as HTMLSelectElement).value)}>
              {mine.map((m) => <option value={m.id} key={m.id}>{m.name}</option>)}
              {view.example && <option value={EXAMPLE}>{t('accountMap.exampleOption', { name: view.example.map.name })}</option>}
            </select>
          </div>
        )}
        <div class="am-actions">
          <button type="button" class="button" aria-haspopup="dialog" onClick={() => setNaming('new')}>{t('accountMap.new')}</button>
          {current && !showExample && (
            <>
              <button type="button" class="button secondary" aria-haspopup="dialog" onClick={() => setNaming('duplicate')}>{t('accountMap.duplicate')}</button>
              <button type="button" class="button secondary" aria-haspopup="dialog" onClick={() => setNaming('rename')}>{t('accountMap.rename')}</button>
              <button type="button" class="button quiet" aria-haspopup="dialog" onClick={() => setDeleting(true)}>{t('accountMap.delete')}</button>
            </>
          )}
          {view.example && !showExample && <button type="button" class="button quiet" onClick={() => select(EXAMPLE)}>{t('accountMap.openExample')}</button>}
        </div>
        <div class="am-actions">
          <button type="button" class="button secondary" disabled={!mine.length} onClick={() => window.print()}>{t('accountMap.print')}</button>
          {current && !showExample && <button type="button" class="button secondary" onClick={() => exportFile([current], current.name)}>{t('accountMap.exportOne')}</button>}
          <button type="button" class="button secondary" disabled={!mine.length} onClick={() => exportFile(mine, t('accountMap.fileName'))}>{t('accountMap.exportAll')}</button>
          <label class="file-field">
            {t('accountMap.import')}
            <input ref={fileInput} type="file" accept="application/json,.json" onChange={onFile} />
          </label>
        </div>
        {message && <p class={message.error ? 'import-error' : 'import-ok'} role={message.error ? 'alert' : 'status'}>{message.text}</p>}
      </section>

      {showExample && view.example ? (
        <section class="am-example no-print" aria-labelledby="am-h-example">
          <h2 id="am-h-example">{t('accountMap.exampleTitle')}</h2>
          <p>{t('accountMap.exampleIntro')} <a href={view.example.lesson.href}>{view.example.lesson.title}</a></p>
          <p class="am-actions">
            <button type="button" class="button" aria-haspopup="dialog" onClick={() => setNaming('copy')}>{t('accountMap.copyExample')}</button>
            {mine[0] && <button type="button" class="button quiet" onClick={() => select(mine[0]!.id)}>{t('accountMap.backToMine')}</button>}
          </p>
          <Coaching map={view.example.map} view={view} labels={labels} today={today} t={t} gaps={false} />
          <MapSheet map={view.example.map} view={view} roleLabels={labels.roles} t={t} level={3} />
        </section>
      ) : current ? (
        <section class="am-current no-print" aria-labelledby="am-h-current">
          <h2 id="am-h-current">{current.name}</h2>
          <Coaching map={current} view={view} labels={labels} today={today} t={t} />
          <MapEditor map={current} view={view} onMap={save} roleLabels={labels.roles} t={t} />
        </section>
      ) : (
        <p class="am-empty no-print">{t('accountMap.empty')}</p>
      )}

      <div class="am-print" aria-hidden="true">
        {mine.map((m) => <MapSheet key={m.id} map={m} view={view} roleLabels={labels.roles} t={t} />)}
      </div>

      {naming && <NameDialog purpose={naming} initial={naming === 'rename' && current ? current.name : naming === 'duplicate' && current ? t('accountMap.copyOf', { name: current.name }) : naming === 'copy' && view.example ? view.example.map.name : ''} t={t} onName={named} onClose={() => setNaming(null)} />}
      {deleting && current && <ConfirmDialog title={t('accountMap.deleteTitle', { name: current.name })} body={t('accountMap.deleteBody')} confirm={t('accountMap.deleteConfirm')} cancel={t('accountMap.cancel')} danger t={t} onConfirm={() => { updateMaps((maps) => deleteMap(maps, current.id)); setDeleting(false); select(''); }} onClose={() => setDeleting(false)} />}
      {merge && <ConfirmDialog title={t('accountMap.mergeTitle')} body={t('accountMap.mergeBody', { added: merge.plan.added.length, replaced: merge.plan.replaced.length, kept: merge.plan.kept.length })} confirm={t('accountMap.mergeConfirm')} cancel={t('accountMap.cancel')} t={t} onConfirm={() => applyImport(merge.file, merge.plan)} onClose={() => setMerge(null)} />}
    </div>
  );
}
