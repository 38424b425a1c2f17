/*
 * The buying-centre map as geometry: people with their roles, influence and stance in; groups,
 * circles, label lines and colour tokens out. Pure, so the lesson diagram (rendered at build time,
 * no JavaScript) and the account map (hydrated, coloured by stance) draw the very same picture.
 *
 * A person is drawn once, in the group of their first role, as a circle whose size follows their
 * influence; each further role adds a ring in that role's colour and a dashed "also" entry in that
 * role's group. The groups sit around the decision, in a 3 × 3 grid (wide) or one column (narrow).
 * A core role with nobody in it is drawn as an empty, dashed group and reported as a gap.
 */

import { CORE_ROLES, ROLES, type Role, type Stance } from './roles.ts';

export { CORE_ROLES, ROLES, STANCES, type Role, type Stance } from './roles.ts';

export interface Person {
  /** Shown under the circle: an alias is fine. */
  name: string;
  /** Roles in this purchase, the main one first; a person may hold several. */
  roles: readonly Role[];
  /** 1 (little) to 5 (decisive); drawn as the circle's size. Default 3. */
  influence?: number;
  /** Only drawn when colouring by stance; unknown when missing. */
  stance?: Stance;
  /** A collective body (局党组会, 董事会) is drawn as a rounded square, not a circle. */
  body?: boolean;
}

export type ColourBy = 'role' | 'stance';
/** A colour as a design token: the stylesheet maps `role-decider`, `stance-sceptic`… to light, dark and print colours. */
export type Tone = `role-${Role}` | `stance-${Stance | 'unknown'}`;

export interface PlacedNode {
  /** Index into the people given. */
  person: number;
  name: string;
  /** Centre of the circle and its radius. */
  x: number;
  y: number;
  r: number;
  tone: Tone;
  /** The person's further roles, innermost first: one ring each (role colouring only). */
  rings: Role[];
  /** A dashed reminder in a further role's group: the person is drawn in full elsewhere. */
  ghost: boolean;
  body: boolean;
  /** The name, wrapped; the first line's baseline is at labelY. */
  label: string[];
  labelY: number;
}

export interface PlacedGroup {
  role: Role;
  x: number;
  y: number;
  width: number;
  height: number;
  tone: Tone;
  /** A core role with nobody in it. */
  gap: boolean;
  nodes: PlacedNode[];
}

export interface BuyingCentreLayout {
  width: number;
  height: number;
  /** The decision in the middle (wide) or on top (narrow). */
  centre: { x: number; y: number; width: number; height: number; label: string[] };
  groups: PlacedGroup[];
  /** Core roles nobody holds, in ROLES order: what the seller has not found yet. */
  gaps: Role[];
}

export interface LayoutOptions {
  colourBy?: ColourBy;
  /** wide: groups around the decision (slides, wide pages); narrow: one column (phones). */
  shape?: 'wide' | 'narrow';
}

/** Sizes in SVG user units; the component's fonts use the same numbers. */
export const SIZES = { font: 15, lineHeight: 19, headerFont: 15, header: 30, pad: 12, gutter: 14, maxLabel: 132, minR: 14, stepR: 4, centreFont: 17 } as const;

/** Circle radius for an influence of 1–5 (out-of-range values are clamped, a missing one is 3). */
export const radiusFor = (influence: number | undefined) => {
  const level = Math.min(5, Math.max(1, Math.round(influence ?? 3)));
  return SIZES.minR + level * SIZES.stepR;
};

/** Estimated width of a text: CJK and full-width characters 1 em, others about half. */
export function textWidth(text: string, font: number = SIZES.font): number {
  let em = 0;
  for (const ch of text) em += /[\u2E80-\u9FFF\uF900-\uFAFF\uFF00-\uFFEF\u3000-\u303F]/.test(ch) ? 1 : /[A-Z]/.test(ch) ? 0.64 : 0.54;
  return em * font;
}

/** Breaks a label into lines no wider than max: at spaces for Latin text, between characters for CJK. */
export function wrapLabel(text: string, max: number = SIZES.maxLabel, font: number = SIZES.font): string[] {
  const words = /\s/.test(text.trim()) ? text.trim().split(/\s+/) : [...text.trim()];
  const joiner = /\s/.test(text.trim()) ? ' ' : '';
  const lines: string[] = [];
  let line = '';
  for (const w of words) {
    const next = line ? `${line}${joiner}${w}` : w;
    if (line && textWidth(next, font) > max) {
      lines.push(line);
      line = w;
    } else line = next;
  }
  if (line) lines.push(line);
  return lines;
}

const toneOf = (p: Person, role: Role, colourBy: ColourBy): Tone => (colourBy === 'stance' ? `stance-${p.stance ?? 'unknown'}` : `role-${role}`);

interface Entry { person: number; p: Person; ghost: boolean; role: Role }

/** Nodes of one group, laid out in rows of at most `perRow`, relative to the group's top-left corner. */
function placeNodes(entries: Entry[], colourBy: ColourBy, perRow: number): { nodes: PlacedNode[]; width: number; height: number } {
  const { pad, header, lineHeight, maxLabel, stepR } = SIZES;
  const cells = entries.map((e) => {
    const r = radiusFor(e.p.influence);
    const rings = colourBy === 'role' && !e.ghost ? e.p.roles.slice(1).filter((x, i, all) => x !== e.p.roles[0] && all.indexOf(x) === i) : [];
    const outer = r + rings.length * stepR;
    const label = wrapLabel(e.p.name, maxLabel);
    const width = Math.max(2 * outer, ...label.map((l) => textWidth(l))) + pad;
    return { e, r, rings, outer, label, width };
  });
  const rows: (typeof cells)[] = [];
  for (let i = 0; i < cells.length; i += perRow) rows.push(cells.slice(i, i + perRow));
  const nodes: PlacedNode[] = [];
  let y = header;
  let width = 0;
  for (const row of rows) {
    const outer = Math.max(...row.map((c) => c.outer));
    const lines = Math.max(...row.map((c) => c.label.length));
    let x = pad;
    for (const c of row) {
      nodes.push({
        person: c.e.person, name: c.e.p.name, x: x + c.width / 2, y: y + outer, r: c.r, tone: toneOf(c.e.p, c.e.role, colourBy),
        rings: c.rings, ghost: c.e.ghost, body: c.e.p.body === true, label: c.label, labelY: y + 2 * outer + lineHeight,
      });
      x += c.width;
    }
    width = Math.max(width, x + pad);
    y += 2 * outer + lines * lineHeight + pad;
  }
  return { nodes, width, height: y };
}

/** Where each role's group sits around the decision in the wide shape: [column, row] of a 3 × 3 grid. */
const SLOTS: Record<Role, [number, number]> = {
  approver: [0, 0], decider: [1, 0], gatekeeper: [2, 0],
  influencer: [0, 1], buyer: [2, 1],
  initiator: [0, 2], user: [1, 2],
};

/** Lays out a buying centre. The same input always gives the same picture. */
export function layoutBuyingCentre(decision: string, people: readonly Person[], options: LayoutOptions = {}): BuyingCentreLayout {
  const colourBy = options.colourBy ?? 'role';
  const shape = options.shape ?? 'wide';
  const { gutter, header, pad, centreFont } = SIZES;

  const entries = new Map<Role, Entry[]>();
  people.forEach((p, person) => {
    const roles = p.roles.filter((r, i) => p.roles.indexOf(r) === i);
    roles.forEach((role, i) => {
      const list = entries.get(role) ?? [];
      list.push({ person, p, role, ghost: i > 0 });
      entries.set(role, list);
    });
  });
  const gaps = ROLES.filter((r) => CORE_ROLES.includes(r) && !entries.has(r));
  const shown = ROLES.filter((r) => entries.has(r) || gaps.includes(r));
  const perRow = shape === 'wide' ? 3 : 4;
  const drawn = shown.map((role) => {
    const list = [...(entries.get(role) ?? [])].sort((a, b) => Number(a.ghost) - Number(b.ghost));
    const { nodes, width, height } = placeNodes(list, colourBy, perRow);
    return { role, nodes, width: Math.max(width, 120), height: list.length ? height : header + 2 * SIZES.minR + pad * 2 };
  });

  const centreLabel = wrapLabel(decision, shape === 'wide' ? 150 : 260, centreFont);
  // Bold text runs about a tenth wider than the estimate.
  const centreSize = { width: Math.max(...centreLabel.map((l) => textWidth(l, centreFont) * 1.1)) + 2 * pad + 12, height: centreLabel.length * 22 + 2 * pad };

  if (shape === 'narrow') {
    // One column, two groups side by side where both fit: a phone shows the map without zooming out.
    const width = Math.max(centreSize.width, ...drawn.map((g) => g.width), 352);
    const half = (width - gutter) / 2;
    let y = 0;
    const centre = { x: 0, y, width, height: centreSize.height, label: centreLabel };
    y += centre.height + gutter;
    const groups: PlacedGroup[] = [];
    for (let i = 0; i < drawn.length; ) {
      const [a, b] = [drawn[i]!, drawn[i + 1]];
      if (b && a.width <= half && b.width <= half) {
        const height = Math.max(a.height, b.height);
        groups.push(finish(a, 0, y, half, height, (half - a.width) / 2), finish(b, half + gutter, y, half, height, (half - b.width) / 2));
        y += height + gutter;
        i += 2;
      } else {
        groups.push(finish(a, 0, y, width, a.height, (width - a.width) / 2));
        y += a.height + gutter;
        i += 1;
      }
    }
    return { width, height: y - gutter, centre, groups, gaps };
  }

  const colW = [0, 0, 0];
  const rowH = [0, 0, 0];
  for (const g of drawn) {
    const [c, r] = SLOTS[g.role];
    colW[c] = Math.max(colW[c]!, g.width);
    rowH[r] = Math.max(rowH[r]!, g.height);
  }
  colW[1] = Math.max(colW[1]!, centreSize.width);
  rowH[1] = Math.max(rowH[1]!, centreSize.height);
  const colX = [0, colW[0]! + (colW[0] ? gutter : 0)];
  colX.push(colX[1]! + colW[1]! + (colW[2] ? gutter : 0));
  const rowY = [0, rowH[0]! + (rowH[0] ? gutter : 0)];
  rowY.push(rowY[1]! + rowH[1]! + (rowH[2] ? gutter : 0));
  const groups = drawn.map((g) => {
    const [c, r] = SLOTS[g.role];
    return finish(g, colX[c]!, rowY[r]!, colW[c]!, rowH[r]!, (colW[c]! - g.width) / 2);
  });
  const centre = { x: colX[1]!, y: rowY[1]! + (rowH[1]! - centreSize.height) / 2, width: colW[1]!, height: centreSize.height, label: centreLabel };
  return { width: colX[2]! + colW[2]!, height: rowY[2]! + rowH[2]!, centre, groups, gaps };

  function finish(g: (typeof drawn)[number], x: number, y: number, width: number, height: number, shift: number): PlacedGroup {
    return {
      role: g.role, x, y, width, height, tone: `role-${g.role}`, gap: g.nodes.length === 0,
      nodes: g.nodes.map((n) => ({ ...n, x: n.x + x + shift, y: n.y + y, labelY: n.labelY + y })),
    };
  }
}
