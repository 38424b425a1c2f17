import { describe, expect, it } from 'vitest';
import { launchPage, manifest, prefixFor, relativeUrl, rewriteHtml, scriptJson } from '../../scripts/scorm-package.ts';
import { scormReport } from '../../src/lib/scorm/status.ts';
import { emptyProgress } from '../../src/lib/progress/record.ts';
import { startAttempt, submitQuiz } from '../../src/lib/progress/quiz.ts';

describe('relative links for the SCORM package', () => {
  it.each([
    ['index.html', ''],
    ['customer-org/index.html', '../'],
    ['customer-org/roles/index.html', '../../'],
  ])('a page at %s is %j from the root', (rel, prefix) => expect(prefixFor(rel)).toBe(prefix));

  it.each([
    ['/', '../', '../index.html'],
    ['/customer-org/roles/', '../../', '../../customer-org/roles/index.html'],
    ['/customer-org/roles/#%E8%A7%92', '../../', '../../customer-org/roles/index.html#%E8%A7%92'],
    ['/_astro/x.js', '../', '../_astro/x.js'],
    ['/favicon.svg', './', './favicon.svg'],
    ['//cdn.example/x.js', '../', '//cdn.example/x.js'],
    ['https://example.org/', '../', 'https://example.org/'],
    ['#top', '../', '#top'],
  ])('%s from %s → %s', (url, prefix, expected) => expect(relativeUrl(url, prefix)).toBe(expected));

  it('rewrites attributes and island props, and marks the page', () => {
    const html = '<html lang="zh-CN"><a href="/customer-org/">x</a><script src="/_astro/a.js"></script><astro-island component-url="/_astro/Q.js" props="{&quot;href&quot;:[0,&quot;/customer-org/roles/#s&quot;]}"></astro-island></html>';
    expect(rewriteHtml(html, 'customer-org/roles/index.html')).toBe(
      '<html lang="zh-CN" data-root="../../" data-index="index.html"><a href="../../customer-org/index.html">x</a><script src="../../_astro/a.js"></script><astro-island component-url="../../_astro/Q.js" props="{&quot;href&quot;:[0,&quot;../../customer-org/roles/index.html#s&quot;]}"></astro-island></html>',
    );
  });

  it('writes a manifest with the mastery score and every file', () => {
    const xml = manifest({ id: 'customer-org', title: '客户组织特点 & 更多', mastery: 80, files: ['launch.html', 'a b.js'] });
    expect(xml).toContain('<adlcp:masteryscore>80</adlcp:masteryscore>');
    expect(xml).toContain('href="launch.html"');
    expect(xml).toContain('<title>客户组织特点 &amp; 更多</title>');
    expect(xml).toContain('<file href="a b.js"/>');
    expect(xml).toContain('<schemaversion>1.2</schemaversion>');
  });

  it('writes a SCORM 2004 4th edition manifest with the pass mark as the primary objective’s measure', () => {
    const xml = manifest({ id: 'customer-org', title: 'T', mastery: 80, files: ['launch.html'], version: '2004' });
    expect(xml).toContain('<schemaversion>2004 4th Edition</schemaversion>');
    expect(xml).toContain('xmlns="http://www.imsglobal.org/xsd/imscp_v1p1"');
    expect(xml).toContain('adlcp:scormType="sco" href="launch.html"');
    expect(xml).toContain('<imsss:minNormalizedMeasure>0.8</imsss:minNormalizedMeasure>');
    expect(xml).not.toContain('masteryscore');
  });

  it('puts the launch data in the launch page where no text can close its script element', () => {
    expect(scriptJson({ a: '</script><!--' })).toBe('{"a":"\\u003c/script>\\u003c!--"}');
    const html = launchPage({ version: '2004', title: 'T', noLms: 'n', data: { course: 'c' } });
    expect(html).toContain('data-scorm="2004"');
    expect(html).toContain('<script type="application/json" id="launch-data">{"course":"c"}</script>');
  });
});

describe('what the LMS is told', () => {
  const C = 'customer-org';
  it.each([
    ['nothing taken yet', emptyProgress(), { status: 'incomplete' }],
    ['the assessment below the pass mark', submitQuiz(startAttempt(emptyProgress(), C, 'assessment', 's', []), C, 'assessment', 70), { status: 'failed', score: 70 }],
    ['the assessment passed', submitQuiz(startAttempt(emptyProgress(), C, 'assessment', 's', []), C, 'assessment', 85), { status: 'passed', score: 85 }],
  ])('%s', (_, p, expected) => expect(scormReport(p, C, 80)).toEqual(expected));
});
