import { expect, test, type Locator, type Page } from '@playwright/test';
import { mkdirSync } from 'node:fs';
import { annotatedBook } from '../fixtures/annotated.mjs';
import { MARK_RGB } from '../fixtures/pages.mjs';
import { findColour } from '../support/pixels.ts';
import { collectPageErrors, waitForDrawn } from './viewer-page.ts';

const screenshots = new URL('../results/screenshots/', import.meta.url).pathname;
mkdirSync(screenshots, { recursive: true });

interface Book {
  items: { id: string }[];
}

/** Serves `annotated-book.json` and `annotated-book-rtl.json`: the fixture books with every page's mark and tab annotated. */
async function routeAnnotatedBooks(page: Page): Promise<void> {
  await page.route(/\/fixtures\/manifests\/annotated-(book(?:-rtl)?)\.json$/, async (route) => {
    const url = new URL(route.request().url());
    const name = /annotated-(book(?:-rtl)?)\.json$/.exec(url.pathname)![1];
    const book = await (await route.fetch({ url: `${url.origin}/fixtures/manifests/${name}.json` })).json();
    await route.fulfill({ json: annotatedBook(book, url.href) });
  });
}

async function openSpread(page: Page, name: string): Promise<{ viewer: Locator; book: Book }> {
  await page.setViewportSize({ width: 1280, height: 900 });
  await routeAnnotatedBooks(page);
  const manifest = `/fixtures/manifests/${name}.json`;
  await page.goto(`/?manifest=${encodeURIComponent(manifest)}`);
  const viewer = page.locator('#main-viewer');
  await waitForDrawn(viewer);
  await viewer.getByRole('button', { name: 'Next' }).click();
  await expect(viewer.locator('[part="position"]')).toHaveText('2–3 of 14');
  await waitForDrawn(viewer);
  return { viewer, book: await page.evaluate((url) => fetch(url).then((response) => response.json()), manifest) };
}

const markOf = (viewer: Locator, canvasId: string) => viewer.locator(`[data-annotation-id="${canvasId}/annotation/mark"]`);

/** The largest gap between an annotation's box on screen and the box of the red pixels around it (its page's mark). */
async function offsetFromMark(page: Page, shape: Locator): Promise<number> {
  const box = (await shape.boundingBox())!;
  const margin = 24;
  const clip = { x: box.x - margin, y: box.y - margin, width: box.width + 2 * margin, height: box.height + 2 * margin };
  const red = await findColour(await page.screenshot({ clip }), MARK_RGB, 40);
  expect(red.count, 'the mark is on screen around its annotation').toBeGreaterThan(200);
  return Math.max(
    Math.abs(clip.x + red.left - box.x),
    Math.abs(clip.y + red.top - box.y),
    Math.abs(clip.x + red.right + 1 - (box.x + box.width)),
    Math.abs(clip.y + red.bottom + 1 - (box.y + box.height)),
  );
}

for (const { name, right, left } of [
  { name: 'annotated-book', right: 2, left: 1 },
  { name: 'annotated-book-rtl', right: 1, left: 2 },
]) {
  test(`in a book spread (${name}), each page's annotations sit on that page's mark`, async ({ page }) => {
    const errors = collectPageErrors(page);
    const { viewer, book } = await openSpread(page, name);
    const rightMark = markOf(viewer, book.items[right].id);
    const leftMark = markOf(viewer, book.items[left].id);
    await expect(rightMark).toBeVisible();
    expect((await rightMark.boundingBox())!.x, 'the right-hand page is on the right').toBeGreaterThan((await leftMark.boundingBox())!.x);
    await expect.poll(() => offsetFromMark(page, rightMark), { timeout: 15_000 }).toBeLessThanOrEqual(3);
    await expect.poll(() => offsetFromMark(page, leftMark), { timeout: 15_000 }).toBeLessThanOrEqual(3);
    await viewer.screenshot({ path: `${screenshots}${name}-spread.png` });
    expect(errors).toEqual([]);
  });
}

test('the panel lists the annotations of both pages of a spread, by page; hover both ways and a row zooms to its page', async ({ page }) => {
  const { viewer, book } = await openSpread(page, 'annotated-book');
  await viewer.getByRole('button', { name: 'Annotations' }).click();
  await expect(viewer.locator('[part="count"]')).toHaveText(/4 of 4/);
  const rightRow = viewer.locator('[part="row"]', { hasText: 'The red mark' }).filter({ hasText: 'Page 3' });
  await expect(rightRow).toBeVisible();
  await expect(viewer.locator('[part="row"]', { hasText: 'The red mark' }).filter({ hasText: 'Page 2' })).toBeVisible();

  const rightMark = markOf(viewer, book.items[2].id);
  const box = (await rightMark.boundingBox())!;
  await page.mouse.move(box.x + box.width * 0.3, box.y + box.height * 0.3);
  await expect(rightRow).toHaveAttribute('aria-current', 'true');

  await viewer.locator('[part="row"]', { hasText: 'tab' }).filter({ hasText: 'Page 2' }).hover();
  await expect(rightRow).toHaveAttribute('aria-current', 'false');
  await rightRow.hover();
  await expect.poll(() => rightMark.evaluate((element) => getComputedStyle(element).stroke)).toBe('rgb(255, 191, 0)');

  await rightRow.click();
  const view = (await viewer.locator('[part="surface"]').boundingBox())!;
  await expect
    .poll(async () => {
      const zoomed = (await rightMark.boundingBox())!;
      return Math.max(zoomed.width / view.width, zoomed.height / view.height);
    }, { timeout: 15_000 })
    .toBeGreaterThan(0.8);
  const zoomed = (await rightMark.boundingBox())!;
  expect(Math.abs(zoomed.x + zoomed.width / 2 - (view.x + view.width / 2))).toBeLessThan(view.width * 0.05);
});
