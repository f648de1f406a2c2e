import { expect, test, type Locator, type Page } from '@playwright/test';
import { mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { MARK_RGB, PAGES, pageByName } from '../fixtures/pages.mjs';
import { cookbookDir, fixturePageFor, routeOffMachine } from '../support/cookbook.ts';
import { findColour } from '../support/pixels.ts';
import { collectPageErrors } from './viewer-page.ts';

const screenshots = new URL('../results/screenshots/', import.meta.url).pathname;
mkdirSync(screenshots, { recursive: true });

async function openInMode(page: Page, manifest: string, mode: 'Gallery' | 'Medium resolution' | 'Continuous'): Promise<Locator> {
  await page.setViewportSize({ width: 1280, height: 800 });
  await page.goto(`/?manifest=${encodeURIComponent(manifest)}`);
  const viewer = page.locator('#main-viewer');
  await expect(viewer.locator('[part="position"]')).toContainText('1 of');
  await viewer.getByRole('button', { name: 'View', exact: true }).click();
  await viewer.getByRole('menuitemradio', { name: mode }).click();
  await viewer.scrollIntoViewIfNeeded();
  return viewer;
}

test('the gallery shows a grid of labelled thumbnails, browsed by keyboard, that opens a page in detail', async ({ page }) => {
  const errors = collectPageErrors(page);
  const viewer = await openInMode(page, '/fixtures/manifests/many-600.json', 'Gallery');
  const grid = viewer.getByRole('listbox', { name: 'Portfolio of 600 canvases' });
  await expect(grid).toBeVisible();
  await expect(grid.getByRole('option', { name: '1. Canvas 1', exact: true })).toHaveAttribute('aria-selected', 'true');
  const thumbnails = grid.locator('img');
  await expect.poll(() => thumbnails.evaluateAll((images) => images.filter((image) => (image as HTMLImageElement).naturalWidth > 0).length)).toBeGreaterThan(10);
  await viewer.getByRole('button', { name: 'Small', exact: true }).click();
  await expect(viewer.getByRole('button', { name: 'Small', exact: true })).toHaveAttribute('aria-pressed', 'true');
  await viewer.screenshot({ path: `${screenshots}portfolio-grid.png` });

  await grid.focus();
  await page.keyboard.press('ArrowRight');
  await page.keyboard.press('ArrowDown');
  const columns = await grid.getByRole('option').evaluateAll((options) => new Set(options.map((option) => (option as HTMLElement).offsetLeft)).size);
  await page.keyboard.press('Enter');
  await expect(grid).toHaveCount(0);
  await expect(viewer.locator('vellum-deep-zoom')).toBeVisible();
  await expect(viewer.locator('[part="position"]')).toHaveText(`${columns + 2} of 600`);
  expect(errors).toEqual([]);
});

test('medium resolution shows one static image per page and pages with next', async ({ page }) => {
  const errors = collectPageErrors(page);
  const viewer = await openInMode(page, '/fixtures/manifests/book.json', 'Medium resolution');
  const image = viewer.locator('vellum-medium-view img');
  await expect(image).toHaveAttribute('src', /page-01\/iiif3\/full\/800,1100\/0\/default\.jpg$/);
  await expect.poll(() => image.evaluate((element) => (element as HTMLImageElement).naturalWidth)).toBe(800);
  await expect(viewer.locator('vellum-deep-zoom')).toHaveCount(0);
  await viewer.getByRole('button', { name: 'Next' }).click();
  await expect(image).toHaveAttribute('src', /page-02\/iiif3\/full\/900,1200\/0\/default\.jpg$/);
  await expect(viewer.locator('[part="position"]')).toHaveText('2 of 14');
  expect(errors).toEqual([]);
});

test('the continuous strip shows the pages side by side and follows the scroll', async ({ page }) => {
  const errors = collectPageErrors(page);
  const viewer = await openInMode(page, '/fixtures/manifests/book.json', 'Continuous');
  const strip = viewer.getByRole('list', { name: 'All 14 canvases in one strip' });
  await expect(strip).toBeVisible();
  const images = strip.locator('vellum-medium-image[status="loaded"]');
  await expect.poll(() => images.count()).toBeGreaterThanOrEqual(3);
  await viewer.screenshot({ path: `${screenshots}continuous-strip.png` });

  await strip.evaluate((element) => element.scrollBy({ left: 2000 }));
  await expect(viewer.locator('[part="position"]')).not.toHaveText('1 of 14');
  await viewer.getByRole('button', { name: 'Next' }).click();
  const position = await viewer.locator('[part="position"]').textContent();
  const index = Number(position!.split(' ')[0]) - 1;
  const current = strip.getByRole('listitem', { name: new RegExp(`^${index + 1}\\. `) });
  await expect(current).toHaveAttribute('aria-current', 'true');
  await expect(current).toBeInViewport({ ratio: 0.9 });
  expect(errors).toEqual([]);
});

for (const mode of ['Medium resolution', 'Continuous'] as const) {
  test(`${mode} shows only the painted region of an image (cookbook 0299)`, async ({ page, baseURL }) => {
    const errors = collectPageErrors(page);
    const pageNames = PAGES.map((fixture) => fixture.name);
    await routeOffMachine(page, baseURL!, pageNames);
    const recipe = JSON.parse(readFileSync(join(cookbookDir, '0299-region/manifest.json'), 'utf8'));
    const served = pageByName(fixturePageFor(recipe.items[0].items[0].items[0].body.source.id, pageNames));
    const viewer = await openInMode(page, 'https://iiif.io/api/cookbook/recipe/0299-region/manifest.json', mode);
    const image = viewer.locator('vellum-medium-image[status="loaded"]');
    await expect(image).toHaveCount(1);
    const shot = await image.screenshot();
    const [mark, tab] = [await findColour(shot, MARK_RGB, 14), await findColour(shot, served.tabRgb, 14)];
    expect(mark.count, 'the mark, in the right half of the page, on screen').toBeGreaterThan(1000);
    expect(tab.count, 'the tab, in the left half, not on screen').toBeLessThan(30);
    expect(errors).toEqual([]);
  });
}
