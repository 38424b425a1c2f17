import type { MapPerson } from '../../schemas/account-map.ts';
import { ROLES, STANCES } from '../../lib/diagrams/buying-centre.ts';
import { emptyPerson } from '../../lib/account-map/rules.ts';
import type { T, UiKey } from '../../i18n/t.ts';
import { Checks, Select, TextField } from './fields.tsx';

interface Props {
  people: readonly MapPerson[];
  onPeople: (people: MapPerson[]) => void;
  roleLabels: Record<string, string>;
  t: T;
}

/** The people of the buying centre: one fieldset each, named by the person's alias. */
export function PeopleEditor({ people, onPeople, roleLabels, t }: Props) {
  const set = (i: number, p: MapPerson) => onPeople(people.map((x, j) => (j === i ? p : x)));
  return (
    <div class="am-people">
      {people.map((p, i) => (
        <fieldset class="am-person" key={p.id}>
          <legend>{t('accountMap.person', { n: i + 1, name: p.alias })}</legend>
          <div class="am-grid">
            <TextField label={t('accountMap.alias')} text={p.alias} max={80} onText={(alias) => set(i, { ...p, alias: alias || p.alias })} hint={t('accountMap.aliasHint')} />
            <TextField label={t('accountMap.jobTitle')} text={p.title} onText={(title) => set(i, { ...p, title })} />
          </div>
          <Checks legend={t('accountMap.roles')} options={ROLES.map((r) => ({ id: r, label: roleLabels[r]! }))} ids={p.roles} onIds={(ids) => set(i, { ...p, roles: ROLES.filter((r) => ids.includes(r)).sort((a, b) => ids.indexOf(a) - ids.indexOf(b)) })} />
          <div class="am-grid">
            <Select label={t('accountMap.stance')} current={p.stance ?? ''} none={t('diagram.stance.unknown')} options={STANCES.map((s) => ({ id: s, label: t(`diagram.stance.${s}`) }))} onPick={(v) => { const { stance: _, ...rest } = p; set(i, v ? { ...rest, stance: v as NonNullable<MapPerson['stance']> } : rest); }} />
            <Select label={t('accountMap.influence')} current={String(p.influence)} options={[1, 2, 3, 4, 5].map((n) => ({ id: String(n), label: t(`accountMap.influence${n}` as UiKey) }))} onPick={(v) => set(i, { ...p, influence: Number(v) })} />
            <TextField label={t('accountMap.lastContact')} type="date" text={p.lastContact} onText={(lastContact) => set(i, { ...p, lastContact })} />
          </div>
          <TextField label={t('accountMap.cares')} text={p.cares} long onText={(cares) => set(i, { ...p, cares })} />
          <button type="button" class="button quiet small" onClick={() => onPeople(people.filter((_, j) => j !== i))}>{t('accountMap.removePerson', { name: p.alias })}</button>
        </fieldset>
      ))}
      <button type="button" class="button secondary" onClick={() => onPeople([...people, emptyPerson(t('accountMap.newPerson', { n: people.length + 1 }))])}>{t('accountMap.addPerson')}</button>
    </div>
  );
}
