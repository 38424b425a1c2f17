// Dev helper: node scripts/screenshot.ts <url> <out.png> [width] [light|dark] [scrollY|full]
// Takes a screenshot in Debian's Chromium: the viewport at scrollY, or the full page.
import { chromium } from '@playwright/test';
import { CHROMIUM_ARGS, chromiumPath } from './browser.ts';

const [url = 'http://localhost:4322/', out = '/tmp/shot.png', width = '1280', scheme = 'light', at = '0'] = process.argv.slice(2);
const browser = await chromium.launch({ executablePath: chromiumPath(), args: CHROMIUM_ARGS });
const page = await browser.newPage({ viewport: { width: Number(width), height: Number(width) < 600 ? 844 : 900 }, colorScheme: scheme === 'dark' ? 'dark' : 'light' });
await page.goto(url);
await page.waitForLoadState('networkidle');
if (at !== 'full') await page.evaluate((y) => window.scrollTo(0, y), Number(at));
await page.screenshot({ path: out, fullPage: at === 'full' });
await browser.close();
console.log(out);
