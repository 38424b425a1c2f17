// English pages show no full-width punctuation (，。；：！？（）、〔〕 …) in their text, their
// attributes (labels, descriptions, the texts page scripts show) or their islands' props, except
// inside an element marked lang="zh-CN". A finding is fixed where it comes from: the dictionary,
// the content, or a src/lib function that must take its separator from the caller.
import { describe, expect, it } from 'vitest';
import { builtSite } from '../support/site.ts';
import { fullWidthFindings } from '../support/punctuation.ts';

const english = builtSite().filter((p) => p.path.startsWith('/en/'));

describe('English pages: no full-width punctuation', () => {
  it('reads the English pages (the build made them)', () => {
    expect(english.length).toBeGreaterThan(25);
  });

  it.each(english.map((p) => [p.path, p] as const))('%s', (_, { html }) => {
    expect(fullWidthFindings(html).map((f) => `${f.where}: ${f.excerpt}`)).toEqual([]);
  });
});
