import type { Scenario } from '../../schemas/scenario.ts';
import type { T } from '../../i18n/t.ts';

/** The people in the story; a buying role shows once the trainee has discovered it. */
export function CastList({ scenario, revealed, t }: { scenario: Scenario; revealed: string[]; t: T }) {
  return (
    <details class="cast" open>
      <summary>{t('scenario.cast')}</summary>
      <ul>
        {scenario.cast.map((c) => (
          <li key={c.id}>
            <strong>{c.name}</strong>{t('punct.comma')}{c.title}
            <span class={revealed.includes(c.id) ? 'role known' : 'role'}>
              {revealed.includes(c.id) ? c.role.map((r) => t(`scenario.role.${r}`)).join(t('punct.list')) : t('scenario.roleHidden')}
            </span>
          </li>
        ))}
      </ul>
    </details>
  );
}
