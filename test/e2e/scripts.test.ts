import { expect, test, type Locator, type Page } from '@playwright/test';
import { mkdirSync } from 'node:fs';
import { PAGES } from '../fixtures/pages.mjs';
import { routeOffMachine } from '../support/cookbook.ts';
import { waitForDrawn } from './viewer-page.ts';

const screenshots = new URL('../results/screenshots/', import.meta.url).pathname;
mkdirSync(screenshots, { recursive: true });

/**
 * The fonts Chromium drew an element's text with: text in a script no installed
 * font covers would be drawn as boxes, and would not name a font of that script.
 */
async function fontsOf(page: Page, element: Locator): Promise<string[]> {
  await element.evaluate((node) => ((window as unknown as { fontProbe: Element }).fontProbe = node));
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('DOM.enable');
  await cdp.send('CSS.enable');
  await cdp.send('DOM.getDocument', { depth: -1, pierce: true });
  const { result } = await cdp.send('Runtime.evaluate', { expression: 'window.fontProbe' });
  const { nodeId } = await cdp.send('DOM.requestNode', { objectId: result.objectId! });
  const { fonts } = await cdp.send('CSS.getPlatformFontsForNode', { nodeId });
  await cdp.detach();
  return fonts.map((font) => font.familyName);
}

async function openViewer(page: Page, query: string): Promise<Locator> {
  await page.setViewportSize({ width: 1100, height: 800 });
  await page.goto(`/${query}`);
  const viewer = page.locator('#main-viewer');
  await waitForDrawn(viewer);
  return viewer;
}

for (const [language, font] of [
  ['zh-CN', /Noto Sans CJK/],
  ['ja', /Noto Sans CJK/],
  ['ar', /Noto (Sans|Naskh|Kufi) Arabic|DejaVu Sans/],
] as const) {
  test(`the viewer in ${language} draws its words from a font of their script`, async ({ page }) => {
    const viewer = await openViewer(page, `?language=${language}`);
    await viewer.locator('vellum-view-menu [part="button"]').click();
    const firstView = viewer.locator('vellum-view-menu [part="item"]').first();
    await expect(firstView).not.toHaveText('Single page');
    expect(await fontsOf(page, firstView)).toContainEqual(expect.stringMatching(font));
    await page.screenshot({ path: `${screenshots}viewer-${language}.png` });
  });
}

test("cookbook 0024's Ethiopic chapter titles are drawn from an Ethiopic font, not as boxes", async ({ page, baseURL }) => {
  await routeOffMachine(page, baseURL!, PAGES.map((p) => p.name));
  const viewer = await openViewer(page, `?manifest=${encodeURIComponent('https://iiif.io/api/cookbook/recipe/0024-book-4-toc/manifest.json')}`);
  await viewer.getByRole('button', { name: 'Contents' }).click();
  const chapter = viewer.locator('vellum-contents-panel').getByRole('button', { name: /ጠቢበ ጠቢባን/ });
  await expect(chapter).toBeVisible();
  expect(await fontsOf(page, chapter)).toContainEqual(expect.stringMatching(/Noto (Sans|Serif) Ethiopic/));
  await page.screenshot({ path: `${screenshots}cookbook-0024-ethiopic.png` });
});
