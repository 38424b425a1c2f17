import type { Scenario } from '../../schemas/scenario.ts';
import type { T } from '../../i18n/t.ts';

/**
 * Who speaks a line: the narrator, or a cast member with their title, and with their buying roles
 * once the play has revealed them (`revealed`: the trainee's player; the room's group scenario
 * passes none).
 */
export function speakerLabel(scenario: Scenario, id: string, t: T, revealed: readonly string[] = []): string {
  const c = scenario.cast.find((x) => x.id === id);
  if (!c) return t('scenario.narrator');
  const roles = revealed.includes(c.id) ? ` · ${c.role.map((r) => t(`scenario.role.${r}`)).join(t('punct.list'))}` : '';
  return `${c.name}${t('punct.paren', { x: c.title + roles })}`;
}
