import { fileURLToPath } from 'node:url';
import { expect, test } from '@playwright/test';
import { builtPages } from '../../scripts/page-weight.ts';
import { expectAccessible } from './helpers.ts';

/*
 * Every built page, loaded as a visitor would: no request leaves the site, the browser reports no
 * Content Security Policy violation, and axe finds nothing. Half the pages to each test, so the
 * two workers share them.
 */
const dist = fileURLToPath(new URL('../../dist/', import.meta.url));
const pages = builtPages(dist).map(([path]) => path).filter((p) => p !== '/404/');

for (const [half, list] of [pages.filter((_, i) => i % 2 === 0), pages.filter((_, i) => i % 2 === 1)].entries()) {
  test(`every page: no third-party request, no CSP violation, no axe violation (part ${half + 1})`, async ({ page, baseURL }) => {
    test.setTimeout(180_000);
    const origin = new URL(baseURL!).origin;
    const foreign: string[] = [];
    const violations: string[] = [];
    page.on('request', (r) => {
      const url = new URL(r.url());
      if (!['blob:', 'data:'].includes(url.protocol) && url.origin !== origin) foreign.push(`${page.url()} → ${r.url()}`);
    });
    page.on('console', (m) => {
      if (/Content Security Policy|Refused to/.test(m.text())) violations.push(`${page.url()}: ${m.text()}`);
    });
    await page.addInitScript(() => {
      addEventListener('securitypolicyviolation', (e) => console.error(`Refused to (CSP) ${e.violatedDirective} ${e.blockedURI}`));
    });
    expect(list.length).toBeGreaterThan(20);
    for (const path of list) {
      await page.goto(path);
      await page.waitForLoadState('networkidle');
      // Islands that start when visible: bring the end of the page into view.
      await page.evaluate(() => window.scrollTo(0, document.body.scrollHeight));
      await page.waitForLoadState('networkidle');
      await expectAccessible(page);
    }
    expect(foreign).toEqual([]);
    expect(violations).toEqual([]);
  });
}
