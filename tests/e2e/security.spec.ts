import { templatePages } from '../support/site.ts';
import { expect, islandsStarted, test } from './helpers.ts';

/*
 * What only a browser can tell about the Content Security Policy and third-party requests, on one
 * page per page template and language (the page with the most islands). The static half (no
 * foreign URL in any page, every inline script hashed) runs on every page in tests/build.
 */
for (const { template, language, path } of templatePages()) {
  test(`${template} (${language}, ${path}): no request leaves the site, no CSP violation`, async ({ page, baseURL }) => {
    const origin = new URL(baseURL!).origin;
    const foreign: string[] = [];
    const violations: string[] = [];
    page.on('request', (r) => {
      const url = new URL(r.url());
      if (!['blob:', 'data:'].includes(url.protocol) && url.origin !== origin) foreign.push(r.url());
    });
    page.on('console', (m) => {
      if (/Content Security Policy|Refused to/.test(m.text())) violations.push(m.text());
    });
    await page.addInitScript(() => {
      addEventListener('securitypolicyviolation', (e) => console.error(`Refused to (CSP) ${e.violatedDirective} ${e.blockedURI}`));
    });
    await page.goto(path);
    await islandsStarted(page);
    // Whatever the started islands and the service worker fetch next has finished.
    await page.waitForLoadState('networkidle');
    expect(foreign).toEqual([]);
    expect(violations).toEqual([]);
  });
}
