import { expect, test, type Page } from '@playwright/test';
import { expectAccessible } from './helpers.ts';

/*
 * Every deck, in both languages, on the room's screen: each slide at 1280×720, 1024×768 and
 * 1920×1080 (resizing the open window, never reloading) fits its screen with nothing cut off and
 * no fit-text scale below 80 %; and each deck prints to PDF with one page per slide.
 * Waits are on conditions only (the slide's fit marks what it was fitted for).
 *
 * Until every deck is written for the room with <Slide> blocks, the content slides of decks still
 * cut automatically from the lesson are reported (as annotations on the test) rather than failed:
 * they are what authoring fixes. Every other slide (title, questions, discussions, scenarios) and
 * every slide of an authored deck must fit.
 */
const LESSONS = ['definition', 'types', 'decision-process', 'roles', 'factors', 'discovery', 'soe-case', 'summary'];
const LANGS = [{ name: 'zh-CN', base: '' }, { name: 'en', base: '/en' }];
const SIZES = [
  { width: 1280, height: 720 },
  { width: 1024, height: 768 },
  { width: 1920, height: 1080 },
];

/** Waits until the room's slide n is fitted for the window as it is now, then says what is wrong with it, if anything. */
async function checkSlide(page: Page, n: number): Promise<string[]> {
  await page.waitForFunction((n) => {
    const box = document.querySelector<HTMLElement>('.audience .slide');
    const size = `${document.documentElement.clientWidth}x${document.documentElement.clientHeight}`;
    return box?.dataset.fitKey === String(n) && box.dataset.fitFor === size;
  }, n);
  return page.locator('.audience .slide').evaluate((box) => {
    const out: string[] = [];
    const scale = Number((box as HTMLElement).dataset.fitScale);
    if (!(scale >= 0.8)) out.push(`needs fit scale ${scale} (below 0.8)`);
    if (box.scrollHeight > box.clientHeight + 1 || box.scrollWidth > box.clientWidth + 1) out.push(`overflows the screen (${box.scrollWidth}×${box.scrollHeight} in ${box.clientWidth}×${box.clientHeight})`);
    for (const el of box.querySelectorAll<HTMLElement>('*')) {
      if (el.clientWidth <= 1 || el.clientHeight <= 1) continue; // visually hidden text
      const { overflowX, overflowY } = getComputedStyle(el);
      const clips = (o: string) => o === 'auto' || o === 'scroll' || o === 'hidden';
      if ((clips(overflowX) && el.scrollWidth > el.clientWidth + 1) || (clips(overflowY) && el.scrollHeight > el.clientHeight + 1)) out.push(`<${el.tagName.toLowerCase()} class="${el.className}"> scrolls inside the slide`);
    }
    const text = (box.querySelector('.slide-heading, h2')?.textContent ?? box.textContent ?? '').trim().slice(0, 40);
    return out.map((o) => `${o} — “${text}”`);
  });
}

/** Whether a problem on the slide now shown fails the test: always, but on content slides of an automatic deck. */
async function counts(page: Page): Promise<boolean> {
  return page.locator('.audience').evaluate((a) => a.getAttribute('data-authored') === 'true' || a.querySelector('.slide')?.getAttribute('data-kind') !== 'content');
}

for (const { name, base } of LANGS) {
  for (const lesson of LESSONS) {
    test(`${name} ${lesson}: every slide fits the room's screen at three sizes`, async ({ page }, info) => {
      await page.setViewportSize(SIZES[0]!);
      await page.goto(`${base}/customer-org/${lesson}/present/audience/`);
      const total = Number(/\/\s*(\d+)/.exec((await page.locator('.slide-number').textContent()) ?? '')?.[1]);
      expect(total).toBeGreaterThan(3);
      const problems: string[] = [];
      for (const size of SIZES) {
        await page.setViewportSize(size);
        await page.keyboard.press('Home');
        for (let n = 1; n <= total; n++) {
          if (n > 1) await page.keyboard.press('ArrowRight');
          const found = (await checkSlide(page, n)).map((p) => `${name} ${lesson} slide ${n} at ${size.width}×${size.height}: ${p}`);
          if (found.length && !(await counts(page))) info.annotations.push(...found.map((description) => ({ type: 'automatic deck, to be authored', description })));
          else problems.push(...found);
        }
      }
      expect(problems).toEqual([]);
    });
  }
}

/** Pages in a PDF made by Chromium: its page objects (and the count its page tree declares). */
const pdfPages = (pdf: Buffer) => {
  const text = pdf.toString('latin1');
  // The page tree's root declares the total: the largest /Count of its /Pages nodes.
  const counts = [...text.matchAll(/\/Count\s+(\d+)/g)].map((m) => Number(m[1]));
  return { objects: text.match(/\/Type\s*\/Page(?![a-zA-Z])/g)?.length ?? 0, declared: Math.max(0, ...counts) };
};

for (const { name, base } of LANGS) {
  test(`${name}: every deck prints to PDF with one 16:9 page per slide, questions before their reveal`, async ({ page }) => {
    test.setTimeout(90_000);
    await page.goto(`${base}/customer-org/roles/present/`);
    await page.getByRole('link', { name: name === 'en' ? 'Slides as PDF' : '幻灯片 PDF' }).click();
    await expect(page.getByRole('heading', { level: 1, name: name === 'en' ? /Slides \(print version\)/ : /幻灯片（打印版）/ })).toBeVisible();
    await page.locator('html[data-fitted="true"]').waitFor({ state: 'attached' });
    await expectAccessible(page);
    for (const lesson of LESSONS) {
      await page.goto(`${base}/customer-org/${lesson}/present/print/`);
      await page.locator('html[data-fitted="true"]').waitFor({ state: 'attached' });
      const slides = await page.locator('.print-slide').count();
      // Before the reveal: no question shows its answer.
      await expect(page.locator('.print-slide .is-correct, .print-slide .badge')).toHaveCount(0);
      await page.emulateMedia({ media: 'print' });
      const pages = pdfPages(await page.pdf({ preferCSSPageSize: true, printBackground: true }));
      await page.emulateMedia({ media: 'screen' });
      expect(pages, `${name} ${lesson}: ${slides} slides`).toEqual({ objects: slides, declared: slides });
    }
  });
}
