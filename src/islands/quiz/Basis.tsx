import type { BasisRef } from '../../lib/content/sources.ts';
import type { T } from '../../i18n/t.ts';

/** "依据：A；B" with each source linking to its entry on the course's sources page. `template` is the string with the list as a line break. */
export function Basis({ refs, template, t }: { refs: BasisRef[]; template: string; t: T }) {
  const [before, after] = template.split('\n');
  return (
    <p class="basis">
      {before}
      {refs.map((r, i) => <>{i > 0 && t('punct.semicolon')}<a href={r.href}>{r.label}</a></>)}
      {after}
    </p>
  );
}
