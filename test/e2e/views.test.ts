import { expect, test, type Locator, type Page } from '@playwright/test';
import { mkdirSync } from 'node:fs';
import { PAGES, pageByName } from '../fixtures/pages.mjs';
import { routeOffMachine } from '../support/cookbook.ts';
import { findColour } from '../support/pixels.ts';
import { collectPageErrors, waitForDrawn } from './viewer-page.ts';

const screenshots = new URL('../results/screenshots/', import.meta.url).pathname;
mkdirSync(screenshots, { recursive: true });

const tabOf = (n: number) => pageByName(`page-${String(n).padStart(2, '0')}`).tabRgb;

async function openInDemo(page: Page, manifest: string): Promise<Locator> {
  await page.setViewportSize({ width: 1280, height: 900 });
  await page.goto(`/?manifest=${encodeURIComponent(manifest)}`);
  const viewer = page.locator('#main-viewer');
  await waitForDrawn(viewer);
  return viewer;
}

/** The horizontal centre, in screen pixels of the image area, of each page's tab; fails when a tab is not on screen. */
async function tabCentres(viewer: Locator, pages: number[]): Promise<number[]> {
  await waitForDrawn(viewer);
  const shot = await viewer.locator('[part="surface"]').screenshot();
  const boxes = await Promise.all(pages.map((n) => findColour(shot, tabOf(n), 14)));
  boxes.forEach((box, i) => expect(box.count, `the tab of page ${pages[i]} on screen`).toBeGreaterThan(300));
  return boxes.map((box) => (box.left + box.right) / 2);
}

test('a right-to-left book shows its spreads with the first page read on the right, and pages by spread', async ({ page }) => {
  const errors = collectPageErrors(page);
  const viewer = await openInDemo(page, '/fixtures/manifests/book-rtl.json');
  const position = viewer.locator('[part="position"]');
  await expect(position).toHaveText('1 of 14');

  await viewer.locator('[part="surface"]').focus();
  await page.keyboard.press('ArrowLeft');
  await expect(position).toHaveText('2–3 of 14');
  const [second, third] = await tabCentres(viewer, [2, 3]);
  expect(second, 'page 2 (read first) on the right').toBeGreaterThan(third);
  await viewer.screenshot({ path: `${screenshots}book-rtl-spread.png` });

  await viewer.getByRole('button', { name: 'Next' }).click();
  await expect(position).toHaveText('4–5 of 14');
  await page.keyboard.press('ArrowRight');
  await expect(position).toHaveText('2–3 of 14');
  await page.keyboard.press('End');
  await expect(position).toHaveText('14 of 14');
  expect(errors).toEqual([]);
});

test('the offset toggle pairs the first page with the second', async ({ page }) => {
  const viewer = await openInDemo(page, '/fixtures/manifests/book.json');
  await viewer.getByRole('button', { name: 'Shift page pairing by one' }).click();
  await expect(viewer.locator('[part="position"]')).toHaveText('1–2 of 14');
  const [first, second] = await tabCentres(viewer, [1, 2]);
  expect(first, 'left to right: page 1 on the left').toBeLessThan(second);
});

test('the view menu switches a book to a single page and back', async ({ page }) => {
  const viewer = await openInDemo(page, '/fixtures/manifests/book.json');
  await viewer.getByRole('button', { name: 'Next' }).click();
  await tabCentres(viewer, [2, 3]);
  await viewer.getByRole('button', { name: 'View', exact: true }).click();
  await viewer.getByRole('menuitemradio', { name: 'Single page' }).click();
  await expect(viewer.locator('[part="position"]')).toHaveText('2 of 14');
  await waitForDrawn(viewer);
  const shot = await viewer.locator('[part="surface"]').screenshot();
  expect((await findColour(shot, tabOf(3), 14)).count, 'page 3 is gone').toBeLessThan(50);
  expect((await findColour(shot, tabOf(2), 14)).count).toBeGreaterThan(300);
});

test('the table of contents lists the chapters and goes to the first page of the one activated', async ({ page, baseURL }) => {
  await routeOffMachine(page, baseURL!, PAGES.map((p) => p.name));
  const viewer = await openInDemo(page, 'https://iiif.io/api/cookbook/recipe/0024-book-4-toc/manifest.json');
  await viewer.getByRole('button', { name: 'Contents' }).click();
  const contents = viewer.locator('vellum-contents-panel');
  await expect(contents.locator('[part~="entry"]')).toHaveText(['Table of Contents', /Tabiba Tabiban/, /Arede'et/, 'Monday', 'Tuesday']);
  await contents.getByRole('button', { name: 'Tuesday' }).click();
  await expect(viewer.locator('[part="position"]')).toHaveText('5 of 6');
  await expect(contents.getByRole('button', { name: 'Tuesday' })).toHaveAttribute('aria-current', 'true');
  await waitForDrawn(viewer);
  await viewer.screenshot({ path: `${screenshots}contents-panel.png` });
});
