import GithubSlugger from 'github-slugger';

/** The id Astro gives a heading (github-slugger), so a link can point at a lesson section by its text. */
export const headingSlug = (text: string) => new GithubSlugger().slug(text);
