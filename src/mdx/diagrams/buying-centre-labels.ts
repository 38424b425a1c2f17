import { useT } from '../../i18n/index.ts';
import { ROLES, STANCES } from '../../lib/diagrams/buying-centre.ts';
import type { BuyingCentreLabels } from './BuyingCentreMap.tsx';

/** The map's words in one locale, for the build-time wrapper and for pages that hydrate the map. */
export function buyingCentreLabels(locale: string | undefined): BuyingCentreLabels {
  const t = useT(locale);
  return {
    roles: Object.fromEntries(ROLES.map((r) => [r, t(`diagram.role.${r}`)])) as BuyingCentreLabels['roles'],
    stances: Object.fromEntries([...STANCES, 'unknown' as const].map((s) => [s, t(`diagram.stance.${s}`)])) as BuyingCentreLabels['stances'],
    gap: t('diagram.bc.gap'),
    key: t('diagram.bc.key'),
    person: t('diagram.bc.person'),
    personStance: t('diagram.bc.personStance'),
    gaps: t('diagram.bc.gaps'),
    and: t('punct.list'),
  };
}
