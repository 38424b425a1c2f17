import { describe, expect, it } from 'vitest';
import { layoutBuyingCentre, radiusFor, textWidth, wrapLabel, type Person, type PlacedGroup, type Role } from '../../src/lib/diagrams/buying-centre.ts';

/** Lesson 4's example: the city data bureau's platform upgrade (facts.md §9, scenario 1). */
const BUREAU: Person[] = [
  { name: '局长', roles: ['decider'], influence: 5, stance: 'supporter' },
  { name: '局党组会', roles: ['approver'], influence: 5, body: true },
  { name: '信息中心主任', roles: ['influencer'], influence: 4, stance: 'sceptic' },
  { name: '窗口工作人员', roles: ['user'], influence: 3, stance: 'neutral' },
  { name: '办公室主任', roles: ['buyer', 'gatekeeper'], influence: 3 },
  { name: '采购代理机构', roles: ['buyer'], influence: 2, body: true },
];

const group = (groups: PlacedGroup[], role: Role) => groups.find((g) => g.role === role);
const overlap = (a: PlacedGroup, b: PlacedGroup) => a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;

describe('layoutBuyingCentre', () => {
  it.each(['wide', 'narrow'] as const)('%s: every group inside the picture, none overlapping each other or the decision', (shape) => {
    const l = layoutBuyingCentre('数据局平台升级', BUREAU, { shape });
    const centre = { ...l.centre, role: 'decider' as Role, tone: 'role-decider' as const, gap: false, nodes: [] };
    for (const g of l.groups) {
      expect(g.x >= 0 && g.y >= 0 && g.x + g.width <= l.width + 0.01 && g.y + g.height <= l.height + 0.01, `${g.role} inside`).toBe(true);
      expect(overlap(g, centre), `${g.role} clear of the decision`).toBe(false);
      for (const n of g.nodes) expect(n.x - n.r >= g.x && n.x + n.r <= g.x + g.width, `${n.name} inside ${g.role}`).toBe(true);
    }
    l.groups.forEach((a, i) => l.groups.slice(i + 1).forEach((b) => expect(overlap(a, b), `${a.role} / ${b.role}`).toBe(false)));
  });

  it.each<[string, Person[], Role[], Role[]]>([
    ['the bureau: every core role held', BUREAU, ['decider', 'approver', 'gatekeeper', 'influencer', 'buyer', 'user'], []],
    ['no decider: a gap, drawn as an empty group', BUREAU.filter((p) => !p.roles.includes('decider')), ['decider', 'approver', 'gatekeeper', 'influencer', 'buyer', 'user'], ['decider']],
    ['nobody at all: the four core roles are gaps', [], ['decider', 'influencer', 'buyer', 'user'], ['decider', 'influencer', 'buyer', 'user']],
    ['an initiator is drawn only when someone holds it', [{ name: 'A', roles: ['initiator', 'user'] }], ['decider', 'influencer', 'buyer', 'initiator', 'user'], ['decider', 'influencer', 'buyer']],
  ])('%s', (_, people, shown, gaps) => {
    const l = layoutBuyingCentre('X', people);
    expect(l.groups.map((g) => g.role)).toEqual(shown);
    expect(l.gaps).toEqual(gaps);
    expect(l.groups.filter((g) => g.gap).map((g) => g.role)).toEqual(gaps);
    for (const g of l.groups.filter((x) => x.gap)) expect(g.nodes).toEqual([]);
  });

  it('one person in several roles: drawn in full once, with a ring per further role and a dashed reminder in that group', () => {
    const l = layoutBuyingCentre('X', BUREAU);
    const full = l.groups.flatMap((g) => g.nodes).filter((n) => n.name === '办公室主任' && !n.ghost);
    expect(full).toHaveLength(1);
    expect(full[0]!.rings).toEqual(['gatekeeper']);
    expect(group(l.groups, 'buyer')!.nodes.map((n) => [n.name, n.ghost])).toEqual([['办公室主任', false], ['采购代理机构', false]]);
    expect(group(l.groups, 'gatekeeper')!.nodes.map((n) => [n.name, n.ghost, n.rings])).toEqual([['办公室主任', true, []]]);
  });

  it('a role listed twice counts once', () => {
    const l = layoutBuyingCentre('X', [{ name: 'A', roles: ['user', 'user', 'influencer'] }]);
    expect(group(l.groups, 'user')!.nodes.map((n) => n.rings)).toEqual([['influencer']]);
    expect(group(l.groups, 'influencer')!.nodes).toHaveLength(1);
  });

  it.each([
    [1, 18], [3, 26], [5, 34], [undefined, 26], [0, 18], [9, 34], [2.6, 26],
  ])('influence %s → radius %s (clamped to 1–5, 3 when unknown)', (influence, r) => expect(radiusFor(influence)).toBe(r));

  it('influence sets the circle: the 局长 (5) larger than the agency (2)', () => {
    const nodes = layoutBuyingCentre('X', BUREAU).groups.flatMap((g) => g.nodes);
    const r = (name: string) => nodes.find((n) => n.name === name && !n.ghost)!.r;
    expect(r('局长')).toBeGreaterThan(r('信息中心主任'));
    expect(r('信息中心主任')).toBeGreaterThan(r('采购代理机构'));
    expect(nodes.find((n) => n.name === '局党组会')!.body).toBe(true);
  });

  it.each([
    ['role', { 局长: 'role-decider', 信息中心主任: 'role-influencer', 窗口工作人员: 'role-user', 办公室主任: 'role-buyer' }],
    ['stance', { 局长: 'stance-supporter', 信息中心主任: 'stance-sceptic', 窗口工作人员: 'stance-neutral', 办公室主任: 'stance-unknown' }],
  ] as const)('colour by %s: tokens, not colours', (colourBy, tones) => {
    const l = layoutBuyingCentre('X', BUREAU, { colourBy });
    const nodes = l.groups.flatMap((g) => g.nodes).filter((n) => !n.ghost);
    for (const [name, tone] of Object.entries(tones)) expect(nodes.find((n) => n.name === name)!.tone, name).toBe(tone);
    // Groups stay grouped and coloured by role either way; rings (further roles) only when colouring by role.
    expect(group(l.groups, 'buyer')!.tone).toBe('role-buyer');
    expect(nodes.find((n) => n.name === '办公室主任')!.rings).toEqual(colourBy === 'role' ? ['gatekeeper'] : []);
  });

  it('places the decider above the decision and the users below it (wide), the decision first (narrow)', () => {
    const wide = layoutBuyingCentre('X', BUREAU);
    expect(group(wide.groups, 'decider')!.y + group(wide.groups, 'decider')!.height).toBeLessThanOrEqual(wide.centre.y);
    expect(group(wide.groups, 'user')!.y).toBeGreaterThanOrEqual(wide.centre.y + wide.centre.height);
    const narrow = layoutBuyingCentre('X', BUREAU, { shape: 'narrow' });
    expect(narrow.centre.y).toBe(0);
    expect(narrow.width).toBeLessThan(wide.width);
    // Two small groups share a row; the buyers (two people) take a row of their own.
    expect(group(narrow.groups, 'approver')!.y).toBe(group(narrow.groups, 'decider')!.y);
    expect(group(narrow.groups, 'buyer')!.width).toBe(narrow.width);
  });

  it('is a pure function: same input, same picture', () => {
    expect(layoutBuyingCentre('X', BUREAU)).toEqual(layoutBuyingCentre('X', structuredClone(BUREAU)));
  });
});

describe('labels', () => {
  it.each([
    ['局长', ['局长']],
    ['Information centre director', ['Information', 'centre director']],
    ['采购代理机构和评审专家委员会', ['采购代理机构和评', '审专家委员会']],
  ])('wrapLabel(%j)', (text, lines) => expect(wrapLabel(text)).toEqual(lines));
  it('counts CJK as 1 em and Latin letters as about half', () => {
    expect(textWidth('局长', 10)).toBe(20);
    expect(textWidth('ab', 10)).toBeCloseTo(10.8);
  });
});

describe('BuyingCentreMap (the one component lessons render and the account map hydrates)', async () => {
  const { h } = await import('preact');
  const { renderToString } = await import('preact-render-to-string');
  const { default: BuyingCentreMap } = await import('../../src/mdx/diagrams/BuyingCentreMap.tsx');
  const { buyingCentreLabels } = await import('../../src/mdx/diagrams/buying-centre-labels.ts');
  const render = (colourBy: 'role' | 'stance', locale = 'zh-CN') =>
    renderToString(h(BuyingCentreMap, { decision: '数据局平台升级', people: BUREAU, caption: '图', labels: buyingCentreLabels(locale), colourBy }));

  it('colour by role: role tokens, no stance legend; by stance: stance tokens and a legend', () => {
    const byRole = render('role');
    expect(byRole).toContain('dg-tone-role-decider');
    expect(byRole).not.toContain('dg-tone-stance-');
    expect(byRole).not.toContain('dg-legend');
    const byStance = render('stance');
    expect(byStance).toContain('dg-tone-stance-supporter');
    expect(byStance).toContain('dg-tone-stance-sceptic');
    expect(byStance).toMatch(/<ul class="dg-legend"/);
    expect(byStance).toContain('信息中心主任：影响者，影响力 4/5，存疑');
  });

  it('lists the same facts as text, in the locale given', () => {
    expect(render('role')).toContain('办公室主任：采购人员、把关者，影响力 3/5');
    expect(render('role', 'en')).toContain('办公室主任: Buyer, Gatekeeper, influence 3/5');
    const gaps = renderToString(h(BuyingCentreMap, { decision: 'X', people: [], caption: 'c', labels: buyingCentreLabels('en') }));
    expect(gaps).toContain('Not found yet: Decider, Influencer, Buyer, User');
  });

  it('needs no style attribute (the CSP would block it) and no script', () => {
    expect(render('stance')).not.toMatch(/\sstyle=|<script/);
  });
});
