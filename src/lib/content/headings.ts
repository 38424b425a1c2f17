import GithubSlugger from 'github-slugger';

/** A heading of a lesson as the page shows it: its level, its text without markup, and the id Astro gives it. */
export interface Heading {
  depth: number;
  text: string;
  slug: string;
}

/** A heading's text as rendered: links, emphasis, code marks, inline JSX tags and escapes removed. */
export function headingText(raw: string): string {
  return raw
    .replace(/\s+#+\s*$/, '') // a closing sequence: `## Title ##`
    .replace(/!?\[([^\]]*)\]\([^)]*\)/g, '$1') // [text](url), ![alt](src)
    .replace(/<\/?[A-Za-z][^>]*>/g, '') // <Cite id="x" />, <strong>
    .replace(/(\*\*|__|\*|`)/g, '')
    .replace(/\\([\\`*_{}[\]()#+\-.!<>])/g, '$1')
    .replace(/\s+/g, ' ')
    .trim();
}

/**
 * Every ATX heading of a lesson body (`## …`), outside code blocks, in order, with the id the
 * page gives it: Astro slugs every heading of a document with one github-slugger, so a repeated
 * heading gets `-1`, and a level-3 heading counts towards the slugs of later level-2 ones.
 * The one source of headings for the content check (a question's `section` must name a `##`
 * heading) and for links to a section (quiz feedback, search records, the account map).
 */
export function lessonHeadings(body: string): Heading[] {
  const slugger = new GithubSlugger();
  let inCode = false;
  return body.split('\n').flatMap((line) => {
    if (/^\s*```/.test(line)) inCode = !inCode;
    const m = !inCode && /^(#{1,6})\s+(.+?)\s*$/.exec(line);
    if (!m) return [];
    const text = headingText(m[2]!);
    return [{ depth: m[1]!.length, text, slug: slugger.slug(text) }];
  });
}

/** The `## ` headings of a lesson body: what quiz questions and account-map sections may name. */
export const sectionHeadings = (body: string): Heading[] => lessonHeadings(body).filter((h) => h.depth === 2);

/** The id of the `## ` heading with this text, if there is one. */
export const sectionSlug = (body: string, text: string): string | undefined => sectionHeadings(body).find((h) => h.text === text)?.slug;

/** The id Astro gives one heading alone (github-slugger), when its lesson's other headings are not at hand. */
export const headingSlug = (text: string) => new GithubSlugger().slug(text);
