import { expect, test, type Locator, type Page } from '@playwright/test';
import { findColour } from '../support/pixels.ts';
import { drawOverMark, markOnScreen } from './drawing.ts';
import { collectPageErrors, waitForDrawn } from './viewer-page.ts';

const green = [43, 138, 62] as const;

async function openViewer(page: Page, manifest: string): Promise<Locator> {
  await page.setViewportSize({ width: 1280, height: 1200 });
  await page.goto(`/?manifest=${encodeURIComponent(manifest)}`);
  const viewer = page.locator('#main-viewer');
  await waitForDrawn(viewer);
  return viewer;
}

const annotationsButton = (viewer: Locator) => viewer.getByRole('button', { name: 'Annotations' });
const strokeOf = (shape: Locator) => shape.evaluate((element) => getComputedStyle(element).stroke);

test('a colour given to a tag draws every annotation carrying it, on the image and in the panel, after a reload too', async ({ page }) => {
  const errors = collectPageErrors(page);
  let viewer = await openViewer(page, '/fixtures/manifests/annotated.json');
  await annotationsButton(viewer).click();
  const tab = viewer.locator('[data-annotation-id$="/annotation/tab"]');
  await expect(tab).toBeVisible();
  const themeStroke = await strokeOf(tab);

  await viewer.getByRole('combobox', { name: 'Tag' }).selectOption('tab');
  await viewer.getByLabel('Colour of the tag tab').fill('#2b8a3e');
  await expect.poll(() => strokeOf(tab)).toBe('rgb(43, 138, 62)');
  const row = viewer.locator('[part="row"]', { hasText: 'tab' });
  await expect(row).toHaveCSS('border-inline-start-color', 'rgb(43, 138, 62)');
  // The mark carries no tag: it keeps the theme's colour.
  await expect.poll(() => strokeOf(viewer.locator('[data-annotation-id$="/annotation/mark"]'))).toBe(themeStroke);
  expect((await findColour(await viewer.locator('[part="surface"]').screenshot(), green, 24)).count, 'the tag colour on screen').toBeGreaterThan(100);

  await page.reload();
  viewer = page.locator('#main-viewer');
  await waitForDrawn(viewer);
  await annotationsButton(viewer).click();
  await expect.poll(() => strokeOf(viewer.locator('[data-annotation-id$="/annotation/tab"]')), { timeout: 15_000 }).toBe('rgb(43, 138, 62)');

  await viewer.getByRole('combobox', { name: 'Tag' }).selectOption('tab');
  await viewer.getByRole('button', { name: 'No tag colour' }).click();
  await expect.poll(() => strokeOf(viewer.locator('[data-annotation-id$="/annotation/tab"]'))).toBe(themeStroke);
  expect(errors).toEqual([]);
});

/** The user's annotation, drawn with the mouse from corner to corner of the mark, is drawn there (within the mouse's precision). */
async function expectOwnOnMark(viewer: Locator) {
  const own = viewer.locator('[data-annotation-id^="urn:uuid:"]');
  await expect(own).toHaveCount(1, { timeout: 15_000 });
  await expect
    .poll(async () => {
      const [box, mark] = [(await own.boundingBox())!, await markOnScreen(viewer)];
      return Math.max(Math.abs(box.x - mark.x), Math.abs(box.y - mark.y), Math.abs(box.width - mark.width), Math.abs(box.height - mark.height));
    }, { timeout: 15_000 })
    .toBeLessThanOrEqual(6);
}

test("the user's own annotations are drawn while the panel is closed, after a reload too", async ({ page }) => {
  const errors = collectPageErrors(page);
  let viewer = await openViewer(page, '/fixtures/manifests/canvas-size.json');
  await annotationsButton(viewer).click();
  await expect(viewer.getByRole('toolbar', { name: 'Annotation tools' })).toBeVisible({ timeout: 20_000 });
  await drawOverMark(page, viewer);
  await expect(viewer.locator('[part="status"]')).toHaveText('Saved');

  await annotationsButton(viewer).click();
  await expect(viewer.locator('vellum-annotations-panel')).toHaveCount(0);
  await expectOwnOnMark(viewer);

  await page.reload();
  viewer = page.locator('#main-viewer');
  await waitForDrawn(viewer);
  await expectOwnOnMark(viewer);
  expect(errors).toEqual([]);
});
