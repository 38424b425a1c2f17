/*
 * Internal links: every URL the site builds comes from here. The site is served from its base
 * (astro.config.mjs `base`, from BASE_PATH: "/" by default, or a sub-path such as "/training/" on
 * a company intranet), and every page URL ends with a slash (`trailingSlash: 'always'`).
 * The SCORM package is served from wherever the LMS puts it, so scripts/build-scorm.ts rewrites the
 * built pages' links to relative ones and marks each page with data-root (the way back to the
 * package root) and data-index ("index.html", as an LMS may not serve a folder's index).
 * Every page carries data-base (the site's base) and English pages data-lang-base="en/". Links
 * built in the browser read these marks; at build time there is no document and pages pass their
 * locale's base (src/data/route.ts).
 */
import type { Locale } from '../schemas/course.ts';

const marks = () => (typeof document === 'undefined' ? undefined : document.documentElement.dataset);
/** Where the site's files start in the browser: the SCORM package root, else the site's base. */
const siteRoot = () => marks()?.root ?? marks()?.base ?? '/';
/** The site's root, then the page's language folder ("en/" on English pages). */
const root = () => siteRoot() + (marks()?.langBase ?? '');
const index = () => marks()?.index ?? '';

/** A base path as the site uses it: one slash at each end ("training" → "/training/", "" → "/"). */
export const siteBase = (base: string | undefined = '/'): string => {
  const inner = base.split('/').filter(Boolean).join('/');
  return inner ? `/${inner}/` : '/';
};

/** Where a locale's pages start under the site's base: "/" and "/en/", or "/training/" and "/training/en/". */
export const localeBase = (locale: Locale | string, site = '/'): string => `${siteBase(site)}${locale === 'en' ? 'en/' : ''}`;

/* Page builders. `base` is where the page's locale starts (localeBase); browser scripts leave it out and get the page's marks. */

/** URL of the home page (the course list). */
export const homePath = (base = root()) => `${base}${index()}`;

/** URL of a course overview page. */
export const coursePath = (course: string, base = root()) => `${base}${course}/${index()}`;

/** URL of a lesson page, optionally at a section heading. */
export const lessonPath = (course: string, lesson: string, section?: string, base = root()) =>
  `${base}${course}/${lesson}/${index()}${section ? `#${encodeURIComponent(section)}` : ''}`;

/** URL of a lesson's trainer pages: the presenter view, the audience window, the PDF deck, the facilitator guide, the handout. */
export type LessonView = 'present' | 'audience' | 'print' | 'guide' | 'handout';
const VIEW_FOLDER: Record<LessonView, string> = { present: 'present/', audience: 'present/audience/', print: 'present/print/', guide: 'guide/', handout: 'handout/' };
export const lessonViewPath = (course: string, lesson: string, view: LessonView, base = root()) => `${base}${course}/${lesson}/${VIEW_FOLDER[view]}${index()}`;

/** URL of a course's scenarios page, or of one scenario. */
export const scenarioPath = (course: string, id?: string, base = root()) => `${base}${course}/scenarios/${id ? `${id}/` : ''}${index()}`;

/** URL of a course's sources page (依据), optionally at one source's entry. */
export const sourcesPath = (course: string, id?: string, base = root()) => `${base}${course}/sources/${index()}${id ? `#source-${id}` : ''}`;
/** URL of a course's glossary, or of one term's entry on it (`#term-<id>`). */
export const glossaryPath = (course: string, term?: string, base = root()) => `${base}${course}/glossary/${index()}${term ? `#term-${term}` : ''}`;

/** A course's pages with nothing after the page kind: the transcript, the final assessment, the class dashboard, the account map. */
export type CoursePage = 'results' | 'assessment' | 'dashboard' | 'account-map';
export const coursePagePath = (course: string, page: CoursePage, base = root()) => `${base}${course}/${page}/${index()}`;

/** URL of the search page, optionally with a query. */
export const searchPath = (q?: string, base = root()) => `${base}search/${index()}${q ? `?q=${encodeURIComponent(q)}` : ''}`;
/** URL of the live-class phone page. */
export const livePath = (base = root()) => `${base}live/${index()}`;

/** URL of a file at the site's root, in no language folder: "favicon.svg", "sw.js", "manifest.webmanifest", "pagefind/pagefind.js". */
export const assetPath = (file: string, site = siteRoot()) => `${site}${file.replace(/^\/+/, '')}`;

/** Every builder with a page's bases filled in: what src/data/route.ts gives each page and component. */
export function pathsFor(base: string, site: string) {
  return {
    home: () => homePath(base),
    course: (course: string) => coursePath(course, base),
    lesson: (course: string, lesson: string, section?: string) => lessonPath(course, lesson, section, base),
    lessonView: (course: string, lesson: string, view: LessonView) => lessonViewPath(course, lesson, view, base),
    scenarios: (course: string, id?: string) => scenarioPath(course, id, base),
    sources: (course: string, id?: string) => sourcesPath(course, id, base),
    glossary: (course: string, term?: string) => glossaryPath(course, term, base),
    results: (course: string) => coursePagePath(course, 'results', base),
    assessment: (course: string) => coursePagePath(course, 'assessment', base),
    dashboard: (course: string) => coursePagePath(course, 'dashboard', base),
    accountMap: (course: string) => coursePagePath(course, 'account-map', base),
    search: (q?: string) => searchPath(q, base),
    live: () => livePath(base),
    asset: (file: string) => assetPath(file, site),
  };
}
export type Paths = ReturnType<typeof pathsFor>;
