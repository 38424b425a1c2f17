/*
 * What every page, layout and component needs to know about the route it renders: its locale,
 * the translator, where its locale's pages start and the links it may build. One call at the top
 * of a component's frontmatter: `const { locale, t, paths } = routeContext(Astro);`.
 *
 * A helper rather than middleware filling Astro.locals: it is a plain, typed function call (no
 * `App.Locals` declaration to keep in step, no request pipeline that must have run first), so it
 * works the same in a page, in a component an MDX lesson renders and in a component rendered
 * alone in a test.
 */
import { toLocale, useT } from '../i18n/index.ts';
import { localeBase as localeBaseUnder, pathsFor, siteBase } from '../lib/urls.ts';
import type { Locale } from '../schemas/course.ts';

/** The site's base as built (astro.config.mjs `base`, from BASE_PATH): "/" or, say, "/training/". */
export const SITE_BASE = siteBase(import.meta.env.BASE_URL);

/**
 * Where a locale's pages start in this build: zh-CN at the site's base, English under its en/
 * ("/" and "/en/", or "/training/" and "/training/en/" when built with BASE_PATH=/training/).
 * Pages and components get it from routeContext; code outside a Vite build (integrations,
 * scripts) passes the base to localeBase in src/lib/urls.ts instead.
 */
export const localeBase = (locale: Locale) => localeBaseUnder(locale, SITE_BASE);

export interface RouteContext {
  locale: Locale;
  t: ReturnType<typeof useT>;
  /** Where this locale's pages start: "/", "/en/", or under the site base ("/training/en/"). */
  base: string;
  /** The site's base, for files outside the language folders (favicon, manifest, service worker). */
  site: string;
  paths: ReturnType<typeof pathsFor>;
}

/** The route context of the page being rendered (pass `Astro`). */
export function routeContext(astro: { currentLocale?: string | undefined }): RouteContext {
  const locale = toLocale(astro.currentLocale);
  const base = localeBase(locale);
  return { locale, t: useT(locale), base, site: SITE_BASE, paths: pathsFor(base, SITE_BASE) };
}
