import type { AccountMap } from '../../schemas/account-map.ts';
import { labelOf, type MapView } from '../../lib/account-map/view.ts';
import type { T } from '../../i18n/t.ts';

interface Props {
  map: AccountMap;
  view: MapView;
  roleLabels: Record<string, string>;
  t: T;
  /** Heading level of the account's name. */
  level?: 2 | 3;
}

/**
 * One account, read-only and compact: the worked example, a map a trainer opens, and the printed
 * page (one A4 page per account, see the print rules in account-map.css).
 */
export function MapSheet({ map, view, roleLabels, t, level = 2 }: Props) {
  const H = level === 2 ? 'h2' : 'h3';
  const type = view.orgTypes.find((o) => o.id === map.orgType);
  const dash = t('accountMap.none');
  const roles = (r: readonly string[]) => r.map((x) => roleLabels[x] ?? x).join(t('punct.list')) || dash;
  return (
    <article class="am-sheet">
      <H class="am-sheet-title">{map.name}</H>
      <dl class="am-sheet-facts">
        <dt>{t('accountMap.orgType')}</dt>
        <dd>{type ? type.label : dash}{map.traits.length > 0 && type && `${t('punct.colon')}${map.traits.map((id) => labelOf(type.traits, id)).join(t('punct.semicolon'))}`}</dd>
        <dt>{t('accountMap.stage')}</dt>
        <dd>{map.stage ? labelOf(view.stages, map.stage) : dash}</dd>
        <dt>{t('accountMap.approvals')}</dt>
        <dd>{map.approvals.filter((a) => a.trim()).join(' → ') || dash}</dd>
      </dl>
      <table class="am-sheet-people">
        <caption>{t('accountMap.peopleTitle')}</caption>
        <thead><tr><th scope="col">{t('accountMap.alias')}</th><th scope="col">{t('accountMap.roles')}</th><th scope="col">{t('accountMap.stance')}</th><th scope="col">{t('accountMap.influenceShort')}</th><th scope="col">{t('accountMap.cares')}</th><th scope="col">{t('accountMap.lastContact')}</th></tr></thead>
        <tbody>
          {map.people.map((p) => (
            <tr key={p.id}><th scope="row">{p.alias}{p.title && p.title !== p.alias ? ` (${p.title})` : ''}</th><td>{roles(p.roles)}</td><td>{t(`diagram.stance.${p.stance ?? 'unknown'}`)}</td><td>{p.influence}/5</td><td>{p.cares || dash}</td><td>{p.lastContact || dash}</td></tr>
          ))}
        </tbody>
      </table>
      <dl class="am-sheet-facts">
        {view.factors.map((f) => <><dt key={f.id}>{f.label}</dt><dd>{map.factors[f.id] || dash}</dd></>)}
        <dt>{t('accountMap.procurementMethod')}</dt>
        <dd>{map.compliance.method ? labelOf(view.procurementMethods, map.compliance.method) : t('accountMap.unknown')}</dd>
        <dt>{t('accountMap.checks')}</dt>
        <dd>{map.compliance.checks.map((id) => labelOf(view.complianceChecks, id)).join(t('punct.semicolon')) || dash}{map.compliance.note && ` ${map.compliance.note}`}</dd>
      </dl>
      <h4 class="am-sheet-sub">{t('accountMap.discoveryTitle')}</h4>
      <ul class="am-sheet-list">
        {map.discovery.map((d, i) => <li key={i}>{t('accountMap.stepLine', { method: d.method ? labelOf(view.methods, d.method) : dash, learn: d.learn || dash, from: d.from || dash, by: d.by || dash })}</li>)}
        {map.discovery.length === 0 && <li>{dash}</li>}
      </ul>
      <h4 class="am-sheet-sub">{t('accountMap.nextTitle')}</h4>
      <ul class="am-sheet-list">
        {map.next.map((n, i) => <li key={i}>{n.text}{n.by && t('punct.paren', { x: n.by })}</li>)}
        {map.next.length === 0 && <li>{dash}</li>}
      </ul>
    </article>
  );
}
