/*
 * The buying-centre vocabulary: roles and stances. Apart from the geometry (buying-centre.ts,
 * which re-exports these) so that the account-map reader and rules, which the results page loads,
 * do not bring the layout code with them.
 */
export const ROLES = ['decider', 'approver', 'gatekeeper', 'influencer', 'buyer', 'initiator', 'user'] as const;
export type Role = (typeof ROLES)[number];
export const STANCES = ['supporter', 'neutral', 'sceptic'] as const;
export type Stance = (typeof STANCES)[number];
/** The four roles every buying centre has (the course's 决策者, 影响者, 使用者, 采购人员): an empty one is a gap. */
export const CORE_ROLES: readonly Role[] = ['decider', 'influencer', 'user', 'buyer'];
