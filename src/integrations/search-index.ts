import type { AstroIntegration } from 'astro';
import { fileURLToPath } from 'node:url';
import { contentModel } from '../data/content-model.ts';
import { searchRecords, type RecordTitle } from '../lib/search/records.ts';
import { useT } from '../i18n/index.ts';

/** A record's title from the dictionaries: "知识检测：…", "Knowledge check: …". */
export const recordTitle: RecordTitle = (locale, kind, text) => {
  const t = useT(locale);
  return `${t(KIND_KEYS[kind])}${t('punct.colon')}${text}`;
};
const KIND_KEYS = { quiz: 'quiz.title', scenario: 'scenario.title', glossary: 'glossary.record' } as const;

/**
 * Builds the Pagefind index after `astro build`: the pages that mark their content with
 * data-pagefind-body (lessons, course and scenario pages), plus a record per knowledge-check
 * question (prompt, options and every explanation, linking to the lesson section) and per
 * scenario (every line of the story) and per glossary term in each language. Pagefind's extended binary segments Chinese words.
 */
const escape = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

export function searchIndex(): AstroIntegration {
  let root = '';
  return {
    name: 'search-index',
    hooks: {
      'astro:config:setup': ({ config }) => {
        root = fileURLToPath(config.root);
      },
      'astro:build:done': async ({ dir, logger }) => {
        const pagefind = await import('pagefind');
        const { index, errors } = await pagefind.createIndex({});
        if (!index) throw new Error(`Pagefind could not start: ${errors.join('; ')}`);
        const site = fileURLToPath(dir);
        const pages = await index.addDirectory({ path: site });
        let records = 0;
        // Added as small HTML documents rather than custom records: Pagefind reads their language
        // from <html lang> exactly as for pages (custom records' languages are lower-cased, and
        // would land in an index of their own).
        for (const r of searchRecords(contentModel(root), recordTitle)) {
          const html = `<!doctype html><html lang="${r.language}"><head><title>${escape(r.meta.title)}</title></head><body data-pagefind-body><h1>${escape(r.meta.title)}</h1>${r.content.split('\n').map((l) => `<p>${escape(l)}</p>`).join('')}</body></html>`;
          await index.addHTMLFile({ url: r.url, content: html });
          records++;
        }
        await index.writeFiles({ outputPath: `${site}pagefind` });
        await pagefind.close();
        logger.info(`search index: ${pages.page_count} pages and ${records} question, scenario and glossary records`);
      },
    },
  };
}
