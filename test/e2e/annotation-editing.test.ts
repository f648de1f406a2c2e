import { expect, test, type Locator, type Page } from '@playwright/test';
import { MARK_RECT } from '../fixtures/pages.mjs';
import { drawOverMark } from './drawing.ts';
import { collectPageErrors, waitForDrawn } from './viewer-page.ts';

/** Its canvas is 3200 × 4400, its image 1600 × 2200: annotations must be written in canvas units. */
const manifest = '/fixtures/manifests/canvas-size.json';
const markOnCanvas = { x: MARK_RECT.x * 3200, y: MARK_RECT.y * 4400, width: MARK_RECT.width * 3200, height: MARK_RECT.height * 4400 };

async function openEditor(page: Page): Promise<Locator> {
  await page.setViewportSize({ width: 1280, height: 1400 });
  await page.goto(`/?manifest=${encodeURIComponent(manifest)}`);
  const viewer = page.locator('#main-viewer');
  await waitForDrawn(viewer);
  await viewer.getByRole('button', { name: 'Annotations' }).click();
  await expect(viewer.getByRole('toolbar', { name: 'Annotation tools' })).toBeVisible({ timeout: 20_000 });
  return viewer;
}

/** What the page's IndexedDB holds, read in the page. */
function storedAnnotations(page: Page): Promise<{ target: { source: { id: string }; selector: { value: string } }; body: { purpose: string; value: string }[] }[]> {
  return page.evaluate(
    () =>
      new Promise((resolve, reject) => {
        const request = indexedDB.open('vellum-annotations');
        request.onerror = () => reject(request.error);
        request.onsuccess = () => {
          const read = request.result.transaction('annotations').objectStore('annotations').getAll();
          read.onsuccess = () => resolve(read.result.map((record: { annotation: never }) => record.annotation));
          read.onerror = () => reject(read.error);
        };
      }),
  );
}

function xywhOf(value: string): number[] {
  return value.replace('xywh=pixel:', '').split(',').map(Number);
}

test('draw a rectangle, see it saved in canvas units, undo and redo it, reload and find it stored', async ({ page }) => {
  const errors = collectPageErrors(page);
  let viewer = await openEditor(page);
  const status = viewer.locator('[part="status"]');
  const mark = await drawOverMark(page, viewer);
  await expect(status).toHaveText('Saved');
  await expect.poll(async () => (await storedAnnotations(page)).length).toBe(1);

  const [drawn] = await storedAnnotations(page);
  const [x, y, width, height] = xywhOf(drawn.target.selector.value);
  const unitsPerPixel = markOnCanvas.width / mark.width;
  for (const [found, expected] of [
    [x, markOnCanvas.x],
    [y, markOnCanvas.y],
    [width, markOnCanvas.width],
    [height, markOnCanvas.height],
  ]) {
    expect(Math.abs(found - expected)).toBeLessThan(4 * unitsPerPixel);
  }
  expect(drawn.target.source.id).toMatch(/canvas/);

  const form = viewer.getByRole('form', { name: 'Selected annotation' });
  await form.getByLabel('Comment').fill('The red block');
  await form.getByLabel('Tags').fill('mark, red');
  await form.getByRole('button', { name: 'Save' }).click();
  await expect
    .poll(async () => (await storedAnnotations(page))[0]?.body.map(({ purpose, value }) => `${purpose}: ${value}`))
    .toEqual(['commenting: The red block', 'tagging: mark', 'tagging: red']);
  await expect(status).toHaveText('Saved');
  await viewer.getByRole('button', { name: 'Undo' }).click();
  await expect.poll(async () => (await storedAnnotations(page))[0]?.body ?? []).toEqual([]);

  await viewer.getByRole('button', { name: 'Undo' }).click();
  await expect.poll(async () => (await storedAnnotations(page)).length).toBe(0);
  await expect(status).toHaveText('Saved');
  await viewer.getByRole('button', { name: 'Select' }).press('Control+Shift+Z');
  await expect.poll(async () => (await storedAnnotations(page)).length).toBe(1);

  await page.reload();
  viewer = await openEditor(page);
  expect(await storedAnnotations(page)).toHaveLength(1);
  const [reloaded] = await storedAnnotations(page);
  expect(xywhOf(reloaded.target.selector.value)).toEqual([x, y, width, height]);
  expect(errors).toEqual([]);
});

test('the panel lists the user\'s own annotations as theirs, after a reload too, and edits and deletes them', async ({ page }) => {
  let viewer = await openEditor(page);
  await drawOverMark(page, viewer);
  const form = viewer.getByRole('form', { name: 'Selected annotation' });
  await form.getByLabel('Comment').fill('The red block');
  await form.getByRole('button', { name: 'Save' }).click();
  await expect.poll(async () => (await storedAnnotations(page))[0]?.body.length).toBe(1);
  const own = viewer.locator('[part="row"]', { hasText: 'The red block' });
  await expect(own.locator('[part="own"]')).toHaveText('Yours');

  await page.reload();
  viewer = await openEditor(page);
  await expect(own.locator('[part="own"]')).toHaveText('Yours');
  await expect(viewer.locator('[part="count"]')).toHaveText('1 of 1');
  await own.click();
  const bodies = viewer.locator('[part="bodies"]');
  await expect(bodies).toContainText('The red block');
  await bodies.getByRole('button', { name: 'Edit' }).click();
  await expect(form.getByLabel('Comment')).toHaveValue('The red block');
  await form.getByLabel('Comment').fill('The red block, edited');
  await form.getByRole('button', { name: 'Save' }).click();
  await expect(viewer.locator('[part="row"]', { hasText: 'The red block, edited' })).toBeVisible();

  await viewer.locator('[part="row"]', { hasText: 'The red block, edited' }).click();
  await bodies.getByRole('button', { name: 'Delete' }).click();
  await expect(viewer.locator('[part="count"]')).toHaveText('0 of 0');
  await expect.poll(async () => (await storedAnnotations(page)).length).toBe(0);
});
