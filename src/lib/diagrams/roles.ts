/*
 * The buying-centre vocabulary: roles and stances. Apart from the geometry (buying-centre.ts,
 * which re-exports these) so that the account-map reader and rules, which the results page loads,
 * do not bring the layout code with them.
 */
import type { Role } from '../../schemas/account-map-vocabulary.ts';

export { ROLES, STANCES, type Role, type Stance } from '../../schemas/account-map-vocabulary.ts';
/** The four roles every buying centre has (the course's 决策者, 影响者, 使用者, 采购人员): an empty one is a gap. */
export const CORE_ROLES: readonly Role[] = ['decider', 'influencer', 'user', 'buyer'];
