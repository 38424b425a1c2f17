import { createComponent, render, renderComponent } from 'astro/compiler-runtime';
import type { AstroComponentFactory } from 'astro/runtime/server/index.js';

/**
 * `Component` with `bound` props added to those the MDX gives it. This is how a page hands an MDX
 * component its data (the lesson page's <Quiz /> its bank, <Scenario id="…" /> its scenarios)
 * while authors still write only the tag: the page puts the bound component in the `components`
 * map it passes to <Content>. Built as a compiled .astro file is (createComponent, renderComponent).
 */
export function withProps(Component: unknown, bound: Record<string, unknown>): AstroComponentFactory {
  const inner = Component as AstroComponentFactory;
  return createComponent({
    factory: (result: Parameters<AstroComponentFactory>[0], props: Record<string, unknown>, slots: Parameters<AstroComponentFactory>[2]) =>
      render`${renderComponent(result, inner.name || 'Bound', inner, { ...bound, ...props }, slots)}`,
    moduleId: inner.moduleId,
    propagation: inner.propagation,
  });
}
