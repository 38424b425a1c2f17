import { useEffect, useRef, useState } from 'preact/hooks';
import { newSession, step, type Action, type Session } from '../../lib/slides/session.ts';

type Message = { kind: 'state'; state: Session } | { kind: 'action'; action: Action } | { kind: 'hello' };

/** The slide number in the URL (?slide=3, 1-based), so a reload or another machine lands on the same slide. */
const slideFromUrl = () => Number(new URLSearchParams(location.search).get('slide') ?? '1') - 1;

/**
 * The session shared by the presenter and the audience window of one lesson (BroadcastChannel:
 * same browser, no server). The presenter owns the state and sends every change; the audience
 * draws what it is sent, and forwards key presses (a clicker aimed at the projector) as actions.
 * An audience window with no presenter (opened alone, or on another machine) runs on its own.
 */
export function useSession(channel: string, count: number, role: 'presenter' | 'audience') {
  const [session, setSession] = useState(() => newSession(count, slideFromUrl()));
  const ref = useRef(session);
  const bc = useRef<BroadcastChannel | null>(null);
  const led = useRef(false);

  const commit = (next: Session) => {
    ref.current = next;
    setSession(next);
    const url = new URL(location.href);
    url.searchParams.set('slide', String(next.slide + 1));
    history.replaceState(null, '', url);
    if (role === 'presenter') bc.current?.postMessage({ kind: 'state', state: next } satisfies Message);
  };

  useEffect(() => {
    const c = new BroadcastChannel(channel);
    bc.current = c;
    c.onmessage = (e: MessageEvent<Message>) => {
      const m = e.data;
      if (role === 'presenter' && m.kind === 'action') commit(step(ref.current, m.action));
      if (role === 'presenter' && m.kind === 'hello') c.postMessage({ kind: 'state', state: ref.current } satisfies Message);
      if (role === 'audience' && m.kind === 'state') {
        led.current = true;
        commit(m.state);
      }
    };
    if (role === 'audience') c.postMessage({ kind: 'hello' } satisfies Message);
    return () => c.close();
  }, [channel]);

  const act = (action: Action) => {
    if (role === 'audience' && led.current) bc.current?.postMessage({ kind: 'action', action } satisfies Message);
    else commit(step(ref.current, action));
  };
  return { session, act };
}
