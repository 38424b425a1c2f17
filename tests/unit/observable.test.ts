import { describe, expect, it } from 'vitest';
import { observable } from '../../src/stores/observable.ts';

describe('observable', () => {
  it('subscribe calls at once and on every change; listen only on changes', () => {
    const o = observable(1);
    const seen: number[] = [];
    const heard: number[] = [];
    o.subscribe((v) => seen.push(v));
    o.listen((v) => heard.push(v));
    o.set(2);
    o.set(2); // the same value is not news
    o.set(3);
    expect(seen).toEqual([1, 2, 3]);
    expect(heard).toEqual([2, 3]);
    expect(o.get()).toBe(3);
  });

  it('unsubscribing stops the calls, also from within a listener', () => {
    const o = observable('a');
    const calls: string[] = [];
    const stop = o.listen((v) => {
      calls.push(v);
      stop();
    });
    o.listen((v) => calls.push(`second:${v}`));
    o.set('b');
    o.set('c');
    expect(calls).toEqual(['b', 'second:b', 'second:c']);
  });
});
