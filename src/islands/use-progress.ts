import { useEffect, useState } from 'preact/hooks';
import type { Progress } from '../schemas/progress.ts';
import { emptyProgress } from '../lib/progress/record.ts';
import { loaded, progress } from '../stores/progress.ts';
import './boot.ts';

/**
 * The trainee's progress for an island: the one store face, the observable the page scripts use
 * too (src/stores/progress.ts). The first render matches the server's (the empty record, `ready`
 * false): Preact's hydration does not patch attributes such as `checked`, so saved answers arrive
 * in the render after it, and controls are never live before their handlers.
 */
export function useProgress(): { progress: Progress; ready: boolean } {
  const [state, setState] = useState(() => ({ progress: emptyProgress(), ready: false }));
  // Ready once the stored record is read (at once when it is sealed; after the careful read
  // otherwise), then on every change (this tab's or another's).
  useEffect(() => {
    const show = () => loaded.get() && setState({ progress: progress.get(), ready: true });
    const off = progress.listen(show);
    const offLoaded = loaded.subscribe(show);
    return () => (off(), offLoaded());
  }, []);
  return state;
}
