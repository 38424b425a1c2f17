/*
 * Internal links. The site is served from the root ("/customer-org/roles/"); the SCORM package
 * is served from wherever the LMS puts it, so scripts/build-scorm.ts rewrites the built pages'
 * links to relative ones and marks each page with data-root (the way back to the package root)
 * and data-index ("index.html", as an LMS may not serve a folder's index). English pages carry
 * data-lang-base="en/". Links built in the browser read these marks; at build time there is no
 * document and pages pass their locale's base.
 */
const marks = () => (typeof document === 'undefined' ? undefined : document.documentElement.dataset);
/** The site's root, then the page's language folder ("en/" on English pages). */
const root = () => (marks()?.root ?? '/') + (marks()?.langBase ?? '');
const index = () => marks()?.index ?? '';

/* `base` is where the page's locale starts ("/" or "/en/"); pages pass it, browser scripts read the page's mark. */

/** URL of a course overview page. */
export const coursePath = (course: string, base = root()) => `${base}${course}/${index()}`;

/** URL of a lesson page, optionally at a section heading. */
export const lessonPath = (course: string, lesson: string, section?: string, base = root()) =>
  `${base}${course}/${lesson}/${index()}${section ? `#${encodeURIComponent(section)}` : ''}`;

/** URL of a course's scenarios page, or of one scenario. */
export const scenarioPath = (course: string, id?: string, base = root()) => `${base}${course}/scenarios/${id ? `${id}/` : ''}${index()}`;

/** URL of a course's sources page (依据), optionally at one source's entry. */
export const sourcesPath = (course: string, id?: string, base = root()) => `${base}${course}/sources/${index()}${id ? `#source-${id}` : ''}`;
/** URL of a course's glossary, or of one term's entry on it (`#term-<id>`). */
export const glossaryPath = (course: string, term?: string, base = root()) => `${base}${course}/glossary/${index()}${term ? `#term-${term}` : ''}`;
