// Static facts of every built page, read from the HTML in milliseconds (the browser sweeps check
// what only a browser can see): nothing loaded from another origin, a strict Content Security
// Policy whose hashes cover every inline script and style, and a language, title and description.
import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { builtSite } from '../support/site.ts';

const site = builtSite();
/** The site's own origin: canonical and hreflang links name it, and nothing else may be named. */
const SITE = 'https://course.example.org';

const attr = (tag: string, name: string) => new RegExp(`\\s${name}="([^"]*)"`).exec(tag)?.[1];
const tags = (html: string, name: string) => [...html.matchAll(new RegExp(`<${name}\\b[^>]*>`, 'g'))].map((m) => m[0]);
const sha256 = (text: string) => `'sha256-${createHash('sha256').update(text).digest('base64')}'`;
/** The policy's directives, by name. */
function policy(html: string): Map<string, string[]> {
  const meta = tags(html, 'meta').find((t) => /http-equiv="content-security-policy"/i.test(t));
  const content = meta ? attr(meta, 'content')!.replaceAll('&#39;', "'") : '';
  return new Map(content.split(';').map((d) => d.trim().split(/\s+/)).filter((d) => d[0]).map(([name, ...values]) => [name!, values]));
}

describe('every built page', () => {
  it('is there: the build made the pages the tests below read', () => {
    expect(site.length).toBeGreaterThan(50);
  });

  it.each(site.map((p) => [p.path, p] as const))('%s: loads and links nothing from another origin', (_, { html }) => {
    const foreign: string[] = [];
    for (const [tag, name] of [['script', 'src'], ['link', 'href'], ['img', 'src'], ['iframe', 'src'], ['source', 'src'], ['audio', 'src'], ['video', 'src'], ['a', 'href'], ['form', 'action'], ['object', 'data']] as const) {
      for (const t of tags(html, tag)) {
        const url = attr(t, name);
        if (!url || !/^(?:[a-z][a-z0-9+.-]*:)?\/\//i.test(url)) continue;
        // Canonical and language links name the site's own public address; they load nothing.
        if (tag === 'link' && /rel="(canonical|alternate)"/.test(t) && url.startsWith(`${SITE}/`)) continue;
        foreign.push(t);
      }
    }
    expect(foreign).toEqual([]);
  });

  it.each(site.map((p) => [p.path, p] as const))('%s: a strict CSP whose hashes cover every inline script and style', (_, { html }) => {
    const csp = policy(html);
    expect([...csp.keys()]).toEqual(expect.arrayContaining(['default-src', 'script-src', 'style-src', 'object-src', 'base-uri']));
    for (const d of ['script-src', 'style-src', 'default-src']) expect(csp.get(d), d).not.toContain("'unsafe-inline'");
    expect(csp.get('default-src')).toEqual(["'self'"]);
    const inlineScripts = [...html.matchAll(/<script(?![^>]*\ssrc=)[^>]*>([\s\S]*?)<\/script>/g)].map((m) => m[1]!);
    const inlineStyles = [...html.matchAll(/<style[^>]*>([\s\S]*?)<\/style>/g)].map((m) => m[1]!);
    expect(inlineScripts.map(sha256).filter((h) => !csp.get('script-src')!.includes(h)), 'inline scripts without their hash').toEqual([]);
    expect(inlineStyles.map(sha256).filter((h) => !csp.get('style-src')!.includes(h)), 'inline styles without their hash').toEqual([]);
    // Style attributes would need 'unsafe-inline' (or 'unsafe-hashes'): there must be none.
    expect(html.match(/<[^>]+\sstyle="[^"]*"[^>]*>/g) ?? []).toEqual([]);
  });

  it.each(site.map((p) => [p.path, p] as const))('%s: declares its language, a title and a description', (path, { html }) => {
    expect(html).toMatch(path.startsWith('/en/') ? /<html[^>]*\slang="en"/ : /<html[^>]*\slang="zh-CN"/);
    expect(/<title>([^<]*)<\/title>/.exec(html)?.[1]?.trim().length ?? 0, 'title').toBeGreaterThan(1);
    expect(html).toMatch(/<meta name="description" content="[^"]{10,}"/);
  });
});
