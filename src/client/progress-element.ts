/*
 * Page scripts are custom elements scoped to their element: a component wraps its markup in one
 * (display: contents, so layout does not change) and carries every string itself in data
 * attributes, so scripts hold no UI text. Each element starts progress on the page once (with the
 * storage notice if the record had to be repaired) and shows it while it is in the page.
 */
import type { Progress } from '../schemas/progress.ts';
import type { CompletionRule } from '../lib/progress/record.ts';
import { progress } from '../stores/progress.ts';
import { startProgressWithNotice } from '../stores/progress-notice.ts';

export const $$ = <T extends Element = HTMLElement>(sel: string, root: ParentNode) => [...root.querySelectorAll<T>(sel)];

/** The course the element shows: its lessons and completion rule, from the enclosing [data-course-scope] (src/data/catalog.ts scopeAttributes). */
export interface Scope {
  course: string;
  ids: string[];
  rule: CompletionRule;
}

export function scopeOf(el: Element): Scope {
  const d = el.closest<HTMLElement>('[data-course-scope]')?.dataset ?? {};
  return { course: d.courseScope ?? '', ids: d.lessons?.split(',') ?? [], rule: { passPercent: Number(d.pass), checked: d.checks?.split(',') ?? [] } };
}

/**
 * Defines `<name>`: `setup` runs when it enters the page, `show` then and on every change of the
 * record (this tab's or another's) until it leaves.
 */
export function progressElement(name: string, show: (el: HTMLElement, p: Progress, scope: Scope) => void, setup?: (el: HTMLElement, scope: Scope) => void): void {
  customElements.define(
    name,
    class extends HTMLElement {
      off?: () => void;
      connectedCallback() {
        startProgressWithNotice();
        const scope = scopeOf(this);
        setup?.(this, scope);
        this.off = progress.subscribe((p) => show(this, p, scope));
      }
      disconnectedCallback() {
        this.off?.();
      }
    },
  );
}
