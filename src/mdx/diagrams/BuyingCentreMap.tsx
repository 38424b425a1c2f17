/*
 * The buying-centre map: one Preact component, two uses. Lessons render it at build time through
 * BuyingCentre.astro with no client directive (0 bytes of JavaScript); the account map hydrates
 * it with the trainee's people and colourBy="stance". Geometry comes from src/lib/diagrams.
 * Colours are classes mapped to tokens in src/styles/diagrams.css (the CSP forbids style attributes).
 */
import { layoutBuyingCentre, ROLES, SIZES, type BuyingCentreLayout, type ColourBy, type Person, type Role, type Stance } from '../../lib/diagrams/buying-centre.ts';

export interface BuyingCentreLabels {
  roles: Record<Role, string>;
  stances: Record<Stance | 'unknown', string>;
  /** "not identified yet", shown in an empty core group. */
  gap: string;
  /** How to read the picture (size, rings, dashed circles). */
  key: string;
  /** One person in the hidden list: {name}, {roles}, {influence}, {stance}. */
  person: string;
  /** The same with the stance: used when colouring by stance. */
  personStance: string;
  /** "Not identified yet: {roles}". */
  gaps: string;
  /** Joins roles in a list: "、" or ", ". */
  and: string;
}

export interface BuyingCentreMapProps {
  /** What the people decide on, drawn in the middle. */
  decision: string;
  people: Person[];
  /** Shown above the picture. */
  caption: string;
  labels: BuyingCentreLabels;
  colourBy?: ColourBy;
}

const fill = (template: string, values: Record<string, string | number>) => template.replace(/\{(\w+)\}/g, (m, k: string) => String(values[k] ?? m));

function Picture({ layout, labels, shape }: { layout: BuyingCentreLayout; labels: BuyingCentreLabels; shape: 'wide' | 'narrow' }) {
  const { centre } = layout;
  const cx = centre.x + centre.width / 2;
  const cy = centre.y + centre.height / 2;
  const m = 2;
  return (
    <svg class={`dg-bc-svg dg-bc-${shape}`} viewBox={`${-m} ${-m} ${layout.width + 2 * m} ${layout.height + 2 * m}`} width={layout.width + 2 * m} height={layout.height + 2 * m} aria-hidden="true" focusable="false" data-pagefind-ignore>
      {shape === 'wide' && layout.groups.map((g) => <line class="dg-bc-link" x1={cx} y1={cy} x2={g.x + g.width / 2} y2={g.y + g.height / 2} />)}
      <rect class="dg-bc-centre" x={centre.x} y={centre.y} width={centre.width} height={centre.height} rx={centre.height / 2} />
      {centre.label.map((line, i) => (
        <text class="dg-bc-centre-text" x={cx} y={centre.y + SIZES.pad + 17 + i * 22} text-anchor="middle">{line}</text>
      ))}
      {layout.groups.map((g) => (
        <g class={`dg-tone-${g.tone}${g.gap ? ' dg-bc-gap' : ''}`}>
          <rect class="dg-bc-group" x={g.x} y={g.y} width={g.width} height={g.height} rx="8" />
          <rect class="dg-bc-head" x={g.x} y={g.y} width={g.width} height="6" rx="3" />
          <text class="dg-bc-role" x={g.x + g.width / 2} y={g.y + 24} text-anchor="middle">{labels.roles[g.role]}</text>
          {g.gap && <text class="dg-bc-gap-text" x={g.x + g.width / 2} y={g.y + SIZES.header + 22} text-anchor="middle">{labels.gap}</text>}
          {g.nodes.map((n) => (
            <g class={`dg-tone-${n.tone}${n.ghost ? ' dg-bc-ghost' : ''}`}>
              {n.rings.map((role, i) => <circle class={`dg-bc-ring dg-tone-role-${role}`} cx={n.x} cy={n.y} r={n.r + (i + 1) * SIZES.stepR - SIZES.stepR / 2} />).reverse()}
              {n.body ? <rect class="dg-bc-node" x={n.x - n.r} y={n.y - n.r} width={2 * n.r} height={2 * n.r} rx={n.r / 3} /> : <circle class="dg-bc-node" cx={n.x} cy={n.y} r={n.r} />}
              {n.label.map((line, i) => (
                <text class="dg-bc-name" x={n.x} y={n.labelY + i * SIZES.lineHeight} text-anchor="middle">{line}</text>
              ))}
            </g>
          ))}
        </g>
      ))}
    </svg>
  );
}

/** The map with its caption, a key, and the same facts as a list for screen readers. */
export default function BuyingCentreMap({ decision, people, caption, labels, colourBy = 'role' }: BuyingCentreMapProps) {
  const wide = layoutBuyingCentre(decision, people, { colourBy, shape: 'wide' });
  const narrow = layoutBuyingCentre(decision, people, { colourBy, shape: 'narrow' });
  const roleList = (roles: readonly Role[]) => roles.filter((r, i) => roles.indexOf(r) === i).map((r) => labels.roles[r]).join(labels.and);
  return (
    <figure class={`dg dg-bc dg-by-${colourBy}`} data-diagram="buying-centre">
      <figcaption class="dg-caption">{caption}</figcaption>
      <div class="dg-bc-frame">
        <Picture layout={wide} labels={labels} shape="wide" />
        <Picture layout={narrow} labels={labels} shape="narrow" />
      </div>
      {colourBy === 'stance' && (
        <ul class="dg-legend" aria-hidden="true">
          {(['supporter', 'neutral', 'sceptic', 'unknown'] as const).map((s) => <li class={`dg-tone-stance-${s}`}>{labels.stances[s]}</li>)}
        </ul>
      )}
      <p class="dg-key">{labels.key}</p>
      <ul class="visually-hidden" data-diagram-text>
        <li>{decision}</li>
        {people.map((p) => (
          <li>{fill(colourBy === 'stance' ? labels.personStance : labels.person, { name: p.name, roles: roleList(p.roles), influence: Math.min(5, Math.max(1, Math.round(p.influence ?? 3))), stance: labels.stances[p.stance ?? 'unknown'] })}</li>
        ))}
        {wide.gaps.length > 0 && <li>{fill(labels.gaps, { roles: roleList(wide.gaps) })}</li>}
      </ul>
    </figure>
  );
}

export { ROLES };
