/*
 * A value with listeners: the 20 lines of a nanostores atom that the pages need, and the one
 * store face: page scripts subscribe to it, islands read it through useProgress()
 * (src/islands/use-progress.ts). A lesson's own scripts must stay small, and nanostores' atom
 * (batching, epochs, key listeners) would cost 0.4 KB of them.
 */
export interface Observable<T> {
  get(): T;
  set(value: T): void;
  /** Calls `fn` with every new value; returns the unsubscribe function. */
  listen(fn: (value: T) => void): () => void;
  /** Like listen, and calls `fn` with the current value at once. */
  subscribe(fn: (value: T) => void): () => void;
}

export function observable<T>(initial: T): Observable<T> {
  let value = initial;
  const listeners = new Set<(value: T) => void>();
  const listen = (fn: (value: T) => void) => {
    listeners.add(fn);
    return () => void listeners.delete(fn);
  };
  return {
    get: () => value,
    set(next) {
      if (next === value) return;
      value = next;
      for (const fn of [...listeners]) fn(next);
    },
    listen,
    subscribe(fn) {
      fn(value);
      return listen(fn);
    },
  };
}
