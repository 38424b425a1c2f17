// Runs after the build: each diagram is in its lesson, in both languages, with a text alternative,
// drawn as static markup (no script, no island), and reaches the lesson's slides.
import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { textOf } from '../../src/lib/slides/blocks.ts';

const dist = fileURLToPath(new URL('../../dist/', import.meta.url));
const DIAGRAMS = [
  ['types', 'org-types'],
  ['decision-process', 'decision-process'],
  ['roles', 'buying-centre'],
  ['factors', 'factors'],
  ['discovery', 'discovery-methods'],
  ['soe-case', 'soe-timeline'],
] as const;
const LOCALES = [['zh-CN', 'customer-org/'], ['en', 'en/customer-org/']] as const;
const cases = LOCALES.flatMap(([locale, base]) => DIAGRAMS.map(([lesson, diagram]) => [locale, base, lesson, diagram] as const));
const read = (path: string) => readFileSync(`${dist}${path}`, 'utf8');
/** The diagram's figure in a page (figures do not nest). */
function figure(html: string, diagram: string): string {
  const start = html.search(new RegExp(`<figure[^>]*data-diagram="${diagram}"`));
  return start < 0 ? '' : html.slice(start, html.indexOf('</figure>', start) + '</figure>'.length);
}

describe.runIf(existsSync(`${dist}customer-org/`))('diagrams in the built lessons', () => {
  it.each(cases)('%s %s%s: %s is drawn once, as static markup with a text alternative', (locale, base, lesson, diagram) => {
    const page = read(`${base}${lesson}/index.html`);
    const fig = figure(page, diagram);
    expect(fig, 'figure in the page').not.toBe('');
    expect(page.match(/data-diagram="/g)).toHaveLength(1);
    // No JavaScript: nothing to run in the figure, and no island on the page draws a diagram.
    expect(fig).not.toMatch(/<script|astro-island|\son[a-z]+=/);
    expect(page).not.toMatch(/component-url="[^"]*(BuyingCentre|Diagram)/);
    // A caption names it; every SVG is hidden from screen readers, which read the caption and the text instead.
    const caption = /<figcaption[^>]*>([\s\S]*?)<\/figcaption>/.exec(fig)?.[1] ?? '';
    expect(textOf(caption).length).toBeGreaterThan(3);
    for (const svg of fig.match(/<svg[^>]*>/g) ?? []) expect(svg).toMatch(/aria-hidden="true"/);
    const readable = textOf(fig.replace(/<svg[\s\S]*?<\/svg>/g, ''));
    expect(readable.length).toBeGreaterThan(40);
    // The words are the page's language: no Chinese left in English, no Latin words in Chinese labels.
    if (locale === 'en') expect(readable).not.toMatch(/[\u4e00-\u9fff]/);
    else expect(readable.replace(/\d+\/5/g, '')).not.toMatch(/[A-Za-z]{3,}/);
    // No style attributes: the Content Security Policy would block them.
    expect(fig).not.toMatch(/\sstyle="/);
  });

  it.each(LOCALES)('%s: the buying centre lists every person and role in text as well as in the picture', (locale, base) => {
    const fig = figure(read(`${base}roles/index.html`), 'buying-centre');
    const list = /<ul class="visually-hidden"[^>]*>([\s\S]*?)<\/ul>/.exec(fig)?.[1] ?? '';
    const items = (list.match(/<li>/g) ?? []).length;
    expect(items).toBe(7); // the decision and six people
    expect(textOf(list)).toMatch(locale === 'en' ? /Office director: Buyer, Gatekeeper, influence 3\/5/ : /办公室主任：采购人员、把关者，影响力 3\/5/);
    expect(fig.match(/<svg/g)).toHaveLength(2); // wide and narrow; CSS shows one
  });

  it.each(cases)('%s %s%s: %s reaches the slides and the trainer guide', (_, base, lesson, diagram) => {
    // The deck hands the slides to the presenter island as JSON, so the attribute is escaped there.
    const deck = read(`${base}${lesson}/present/index.html`);
    expect(new RegExp(`data-diagram=(?:\\\\?&quot;|\\\\?")${diagram}`).test(deck), 'in the deck').toBe(true);
    expect(figure(read(`${base}${lesson}/guide/index.html`), diagram)).not.toBe('');
  });
});
