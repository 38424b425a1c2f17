import { useEffect, useRef } from 'preact/hooks';
import type { AccountMap } from '../../schemas/account-map.ts';
import type { MapView } from '../../lib/account-map/view.ts';
import type { T } from '../../i18n/t.ts';
import { MapSheet } from './MapSheet.tsx';

/** A trainee's shared account map, opened read-only by the trainer in a modal dialog. */
export function SharedMap({ title, map, view, roleLabels, t, onClose }: { title: string; map: AccountMap; view: MapView; roleLabels: Record<string, string>; t: T; onClose: () => void }) {
  const ref = useRef<HTMLDialogElement>(null);
  useEffect(() => ref.current?.showModal(), []);
  return (
    <dialog ref={ref} class="am-dialog am-shared" aria-labelledby="am-shared-title" onClose={onClose}>
      <h2 id="am-shared-title">{title}</h2>
      <MapSheet map={map} view={view} roleLabels={roleLabels} t={t} level={3} />
      <div class="am-actions">
        <button type="button" class="button" autoFocus onClick={() => ref.current?.close()}>{t('dashboard.close')}</button>
      </div>
    </dialog>
  );
}
