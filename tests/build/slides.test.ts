// Runs after the build: every lesson's slides (as the facilitator guide prints them, one entry per
// slide) have no empty slide and lose none of the lesson's text.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { Element, Root } from 'hast';
import { describe as describeBlock, textOf, topLevelBlocks } from '../../src/lib/slides/blocks.ts';
import { DIST, builtSite } from '../support/site.ts';
import { attr, elements, fromHtml, hasClass, isElement, nodeText } from '../../src/lib/slides/hast.ts';
import { slideProblems, slideShape } from '../../src/lib/slides/rules.ts';

builtSite(); // throws when there is no build
const dist = `${DIST}customer-org/`;
const LESSONS = ['definition', 'types', 'decision-process', 'roles', 'factors', 'discovery', 'soe-case', 'summary'];
const between = (html: string, start: string, end: string) => html.slice(html.indexOf(start), html.indexOf(end, html.indexOf(start)));
const read = (path: string) => readFileSync(`${dist}${path}`, 'utf8');

describe('slides of every lesson', () => {
  it.each(LESSONS)('%s: no empty slide, no lost text', (lesson) => {
    const page = read(`${lesson}/index.html`);
    const prose = between(page, '<div class="prose"', '<div class="mark-done"');
    const guide = between(read(`${lesson}/guide/index.html`), '<ol class="guide-slides"', '</ol>\n  </div>');
    const slides = topLevelBlocks(guide.replace(/^<ol[^>]*>/, '')).filter((b) => b.startsWith('<li'));
    expect(slides.length).toBeGreaterThan(3);
    for (const s of slides) expect(textOf(s.replace(/<p class="guide-meta"[\s\S]*?<\/p>/, '')).length, s.slice(0, 120)).toBeGreaterThan(0);
    const guideText = textOf(guide);
    const inner = prose.replace(/^<div class="prose"[^>]*>/, '');
    // Everything a trainee reads, but the knowledge check and scenario (they become their own slides).
    const blocks = topLevelBlocks(inner).map(describeBlock).filter((b) => !/class="(quiz|scenario)"/.test(b.html.slice(0, 200)));
    expect(blocks.map((b) => b.kind)).toContain('discussion');
    const lost = blocks.map((b) => b.text).filter((text) => text && !guideText.includes(text));
    expect(lost).toEqual([]);
  });
});

/*
 * The content rules of slides written for the room (src/lib/slides/rules.ts), on every deck as
 * its print page draws it: a heading on every content slide, at most 6 points or one diagram,
 * table or quote, at most 160 slide characters (question slides exempt from the count). Until
 * every deck is authored with <Slide> blocks, the rules apply only to authored decks (the print
 * page says which: data-authored); automatic decks are only counted.
 */
const DECKS = [...LESSONS.map((l) => ({ locale: 'zh-CN', path: `${l}/present/print/index.html` })), ...LESSONS.map((l) => ({ locale: 'en', path: `../en/customer-org/${l}/present/print/index.html` }))];

function printedSlides(path: string) {
  const tree = fromHtml(read(path));
  const deck = elements(tree).find((e) => hasClass(e, 'print-deck'))!;
  const slides = deck.children.filter((c): c is Element => isElement(c) && hasClass(c, 'print-slide'));
  return {
    authored: attr(deck, 'data-authored') === 'true',
    slides: slides.map((s) => {
      const kind = attr(s, 'data-kind')!;
      const heading = elements(s).find((e) => hasClass(e, 'slide-heading') || hasClass(e, 'deck-title') || (kind === 'discussion' && e.tagName === 'h2'));
      const blocks = elements(s).filter((e) => hasClass(e, 'block') && kind === 'content');
      const body: Root = { type: 'root', children: kind === 'content' ? blocks.flatMap((b) => b.children) : [] };
      return { n: Number(attr(s, 'data-slide-number')), kind, shape: slideShape(heading ? nodeText(heading) : undefined, body), text: nodeText(s) };
    }),
  };
}

describe('slides written for the room keep the rules', () => {
  it.each(DECKS)('$locale $path', ({ locale, path }) => {
    const { authored, slides } = printedSlides(path);
    expect(slides.length, `${locale} ${path}: a page per slide`).toBeGreaterThan(3);
    if (!authored) return;
    const problems = slides.flatMap((s) => {
      if (s.kind !== 'content' && s.kind !== 'question') return [];
      const found = slideProblems(s.shape, s.kind);
      return found.length ? [`${locale} ${path.split('/present')[0]} slide ${s.n}: ${found.join('; ')} — “${s.shape.text.slice(0, 80)}”`] : [];
    });
    expect(problems).toEqual([]);
  });
});
