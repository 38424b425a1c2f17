import type { AccountMap } from '../../schemas/account-map.ts';
import type { MapView } from '../../lib/account-map/view.ts';
import type { T } from '../../i18n/t.ts';
import { BasisLinks, Checks, LessonLink, Rows, Select, TextField } from './fields.tsx';
import { PeopleEditor } from './PeopleEditor.tsx';

interface Props {
  map: AccountMap;
  view: MapView;
  onMap: (m: AccountMap) => void;
  roleLabels: Record<string, string>;
  t: T;
}

/** Every field of one account, in the order the course teaches them (lessons 2 to 6). */
export function MapEditor({ map, view, onMap, roleLabels, t }: Props) {
  const type = view.orgTypes.find((o) => o.id === map.orgType);
  const stage = view.stages.find((s) => s.id === map.stage);
  const set = (change: Partial<AccountMap>) => onMap({ ...map, ...change });
  return (
    <div class="am-editor">
      <section aria-labelledby="am-h-type">
        <h3 id="am-h-type">{t('accountMap.typeTitle')}</h3>
        <Select label={t('accountMap.orgType')} current={map.orgType} options={view.orgTypes} none={t('accountMap.notSet')} onPick={(orgType) => set({ orgType, traits: orgType === map.orgType ? map.traits : [] })} />
        {type && (
          <>
            <Checks legend={t('accountMap.traits', { type: type.label })} options={type.traits} ids={map.traits} onIds={(traits) => set({ traits })} extra={(id) => <BasisLinks basis={type.traits.find((x) => x.id === id)!.basis} t={t} />} />
            <LessonLink section={type.section} t={t} />
          </>
        )}
      </section>

      <section aria-labelledby="am-h-stage">
        <h3 id="am-h-stage">{t('accountMap.stageTitle')}</h3>
        <Select label={t('accountMap.stage')} current={map.stage} options={view.stages} none={t('accountMap.notSet')} onPick={(s) => set({ stage: s })} />
        {stage && <p class="am-hint">{t('accountMap.signal', { signal: stage.signal })}</p>}
        <TextField label={t('accountMap.approvals')} hint={t('accountMap.approvalsHint')} long text={map.approvals.join('\n')} max={2000} onText={(v) => set({ approvals: v.split('\n').map((x) => x.slice(0, 500)).slice(0, 30) })} />
      </section>

      <section aria-labelledby="am-h-people">
        <h3 id="am-h-people">{t('accountMap.peopleTitle')}</h3>
        <PeopleEditor people={map.people} onPeople={(people) => set({ people })} roleLabels={roleLabels} t={t} />
      </section>

      <section aria-labelledby="am-h-factors">
        <h3 id="am-h-factors">{t('accountMap.factorsTitle')}</h3>
        {view.factors.map((f) => (
          <TextField key={f.id} label={f.label} hint={f.hint} long text={map.factors[f.id] ?? ''} onText={(v) => { const { [f.id]: _, ...rest } = map.factors; set({ factors: v ? { ...rest, [f.id]: v } : rest }); }} />
        ))}
      </section>

      <section aria-labelledby="am-h-discovery">
        <h3 id="am-h-discovery">{t('accountMap.discoveryTitle')}</h3>
        <Rows legend={t('accountMap.discoverySteps')} rows={map.discovery} onRows={(discovery) => set({ discovery })} blank={() => ({ method: '', learn: '', from: '', by: '' })} addLabel={t('accountMap.addStep')} removeLabel={(i) => t('accountMap.removeStep', { n: i + 1 })}
          render={(d, put, i) => (
            <div class="am-grid" role="group" aria-label={t('accountMap.step', { n: i + 1 })}>
              <Select label={t('accountMap.method')} current={d.method} options={view.methods} none={t('accountMap.notSet')} onPick={(method) => put({ ...d, method })} />
              <TextField label={t('accountMap.learnWhat')} text={d.learn} onText={(learn) => put({ ...d, learn })} />
              <TextField label={t('accountMap.fromWhom')} text={d.from} onText={(from) => put({ ...d, from })} />
              <TextField label={t('accountMap.byWhen')} type="date" text={d.by} onText={(by) => put({ ...d, by })} />
            </div>
          )} />
      </section>

      <section aria-labelledby="am-h-compliance">
        <h3 id="am-h-compliance">{t('accountMap.complianceTitle')}</h3>
        <Select label={t('accountMap.procurementMethod')} current={map.compliance.method} options={view.procurementMethods} none={t('accountMap.unknown')} onPick={(method) => set({ compliance: { ...map.compliance, method } })} />
        <BasisLinks basis={view.procurementMethods.find((m) => m.id === map.compliance.method)?.basis ?? []} t={t} />
        <Checks legend={t('accountMap.checks')} options={view.complianceChecks} ids={map.compliance.checks} onIds={(checks) => set({ compliance: { ...map.compliance, checks } })}
          extra={(id) => { const c = view.complianceChecks.find((x) => x.id === id)!; return <span class="am-extra"><BasisLinks basis={c.basis} t={t} /> <LessonLink section={c.section} t={t} /></span>; }} />
        <TextField label={t('accountMap.complianceNote')} hint={t('accountMap.complianceNoteHint')} long text={map.compliance.note} onText={(note) => set({ compliance: { ...map.compliance, note } })} />
      </section>

      <section aria-labelledby="am-h-next">
        <h3 id="am-h-next">{t('accountMap.nextTitle')}</h3>
        <Rows legend={t('accountMap.nextActions')} rows={map.next} onRows={(next) => set({ next })} blank={() => ({ text: '', by: '' })} addLabel={t('accountMap.addAction')} removeLabel={(i) => t('accountMap.removeAction', { n: i + 1 })}
          render={(n, put, i) => (
            <div class="am-grid" role="group" aria-label={t('accountMap.action', { n: i + 1 })}>
              <TextField label={t('accountMap.actionText')} text={n.text} onText={(text) => put({ ...n, text })} />
              <TextField label={t('accountMap.byWhen')} type="date" text={n.by} onText={(by) => put({ ...n, by })} />
            </div>
          )} />
      </section>
    </div>
  );
}
