// Runs after the build: every lesson's slides (as the facilitator guide prints them, one entry per
// slide) have no empty slide and lose none of the lesson's text.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { describe as describeBlock, textOf, topLevelBlocks } from '../../src/lib/slides/blocks.ts';
import { DIST, builtSite } from '../support/site.ts';

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
