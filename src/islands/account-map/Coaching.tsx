import type { AccountMap } from '../../schemas/account-map.ts';
import { findGaps, type Gap } from '../../lib/account-map/rules.ts';
import type { MapView } from '../../lib/account-map/view.ts';
import BuyingCentreMap, { type BuyingCentreLabels } from '../../mdx/diagrams/BuyingCentreMap.tsx';
import type { T } from '../../i18n/t.ts';
import { LessonLink } from './fields.tsx';

interface Props {
  map: AccountMap;
  view: MapView;
  labels: BuyingCentreLabels;
  /** YYYY-MM-DD. */
  today: string;
  t: T;
  /** The worked example shows the picture only: its dates are not the trainee's. */
  gaps?: boolean;
}

const fill = (text: string, values: Record<string, string | number>) => text.replace(/\{(\w+)\}/g, (m, k: string) => String(values[k] ?? m));

/** The live buying-centre picture of the map, coloured by stance, and each gap with its coaching prompt and lesson section. */
export function Coaching({ map, view, labels, today, t, gaps = true }: Props) {
  const people = map.people.filter((p) => p.roles.length).map((p) => ({ name: p.alias, roles: p.roles, influence: p.influence, ...(p.stance ? { stance: p.stance } : {}) }));
  const list = gaps ? findGaps(map, today, view.staleDays) : [];
  const role = (g: Gap) => ('role' in g ? labels.roles[g.role] : '');
  return (
    <div class="am-coaching">
      <BuyingCentreMap decision={map.name} people={people} caption={t('accountMap.pictureCaption', { name: map.name })} labels={labels} colourBy="stance" />
      {gaps && (
        <section aria-labelledby="am-h-gaps" class="am-gaps">
          <h3 id="am-h-gaps">{t('accountMap.gapsTitle', { n: list.length })}</h3>
          {list.length === 0 ? <p>{t('accountMap.noGaps')}</p> : (
            <ul>
              {list.map((g) => {
                const c = view.coaching[g.kind];
                const values = { role: role(g).toLowerCase(), days: 'days' in g ? g.days : view.staleDays };
                return (
                  <li key={g.kind + role(g)}>
                    <strong>{t(`accountMap.gap.${g.kind}`, values)}</strong>{' '}
                    {fill(c.prompt, values)}{' '}
                    <LessonLink section={c.section} t={t} />
                  </li>
                );
              })}
            </ul>
          )}
        </section>
      )}
    </div>
  );
}
