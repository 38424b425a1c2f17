import type { AccountMap } from '../../schemas/account-map.ts';
import type { GapKind } from '../../schemas/account-map-config.ts';

/*
 * The course's account-map vocabulary in one locale, with links resolved: the plain data the page
 * hands the island (built by src/data/account-map.ts from account-map.yaml).
 */

/** A source behind a label: its citation and its entry on the sources page. */
export interface Basis { label: string; href: string }
export interface Option { id: string; label: string }
/** A lesson section: its heading (shown as the link text) and URL. */
export interface SectionLink { title: string; href: string }

export interface MapView {
  course: string;
  staleDays: number;
  orgTypes: (Option & { section: SectionLink; traits: (Option & { basis: Basis[] })[] })[];
  stages: (Option & { signal: string })[];
  factors: (Option & { hint: string })[];
  methods: Option[];
  procurementMethods: (Option & { basis: Basis[] })[];
  complianceChecks: (Option & { basis: Basis[]; section: SectionLink })[];
  coaching: Record<GapKind, { prompt: string; section: SectionLink }>;
  /** The worked example in this locale, and the lesson it fills in. */
  example?: { map: AccountMap; lesson: SectionLink };
}

/** The label of an id in a list, or the id itself when the course no longer defines it. */
export const labelOf = (list: readonly Option[], id: string) => list.find((o) => o.id === id)?.label ?? id;
