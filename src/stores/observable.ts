/*
 * A value with listeners: the 20 lines of nanostores' atom that the static pages need. Lesson
 * pages must fit their own scripts in 3 KB gzip and nanostores' atom (batching, epochs, key
 * listeners) costs 0.4 KB of it; islands get a real nanostores atom that mirrors this one
 * (src/stores/progress-atom.ts), so @nanostores/preact's useStore works unchanged.
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
