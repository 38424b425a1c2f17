/*
 * The phone's side of the live-class API: a seat token kept in this browser, JSON requests that
 * turn every refusal into an error code, and an event stream that comes back after a drop.
 * A phone on the Wi-Fi is not a secure context: no crypto.randomUUID, so the token comes from
 * crypto.getRandomValues, which every context has.
 */
import type { PhoneView } from '../../lib/live/views.ts';

export const SEAT_KEY = 'sales-course:live-seat';

export interface StoredSeat {
  token: string;
  code: string;
  name: string;
}

export const newToken = () => Array.from(crypto.getRandomValues(new Uint8Array(16)), (b) => b.toString(16).padStart(2, '0')).join('');

export function readSeat(): StoredSeat | null {
  try {
    const v = JSON.parse(localStorage.getItem(SEAT_KEY) ?? 'null') as StoredSeat | null;
    return v && /^[0-9a-f]{32}$/.test(v.token) && typeof v.code === 'string' && typeof v.name === 'string' ? v : null;
  } catch {
    return null;
  }
}
export const saveSeat = (seat: StoredSeat) => {
  try {
    localStorage.setItem(SEAT_KEY, JSON.stringify(seat));
  } catch {
    // Private mode without storage: the seat lasts as long as the page.
  }
};

export type ApiResult<T> = { ok: true; value: T } | { ok: false; error: string; message: string };

export async function post<T>(path: string, body: unknown, headers: Record<string, string> = {}): Promise<ApiResult<T>> {
  try {
    const res = await fetch(path, { method: 'POST', headers: { 'Content-Type': 'application/json', ...headers }, body: JSON.stringify(body) });
    const data = (await res.json().catch(() => ({}))) as T & { error?: string; message?: string };
    return res.ok ? { ok: true, value: data } : { ok: false, error: data.error ?? 'network', message: data.message ?? '' };
  } catch {
    return { ok: false, error: 'network', message: '' };
  }
}

export interface Joined {
  seat: string;
  name: string;
  session: string;
  answers: Record<string, { picks?: number[][]; text?: string }>;
  view: PhoneView;
}

/**
 * Follows an event stream: `onState` with every state, `onLink` when the link goes up or down.
 * EventSource retries a dropped stream by itself; a refused one (the server forgot this phone, or
 * the server was down for a while) is reopened here after a pause, and at once when the page shows again.
 */
export function follow<T>(url: string, onState: (v: T) => void, onLink: (up: boolean) => void): () => void {
  let es: EventSource | null = null;
  let timer: ReturnType<typeof setTimeout> | undefined;
  let stopped = false;
  const open = () => {
    if (stopped) return;
    es?.close();
    es = new EventSource(url);
    es.addEventListener('state', (e) => {
      onLink(true);
      onState(JSON.parse((e as MessageEvent<string>).data) as T);
    });
    es.onerror = () => {
      onLink(false);
      if (es?.readyState === EventSource.CLOSED) {
        clearTimeout(timer);
        timer = setTimeout(open, 2000);
      }
    };
  };
  const onVisible = () => document.visibilityState === 'visible' && es?.readyState === EventSource.CLOSED && open();
  document.addEventListener('visibilitychange', onVisible);
  open();
  return () => {
    stopped = true;
    clearTimeout(timer);
    es?.close();
    document.removeEventListener('visibilitychange', onVisible);
  };
}
