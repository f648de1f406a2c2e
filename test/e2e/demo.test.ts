import { expect, test } from '@playwright/test';
import { mkdirSync } from 'node:fs';
import { MARK_RECT, MARK_RGB, PAPER_RGB } from '../fixtures/pages.mjs';
import { collectPageErrors, expectColourOnScreen, waitForDrawn } from './viewer-page.ts';

const screenshots = new URL('../results/screenshots/', import.meta.url).pathname;
mkdirSync(screenshots, { recursive: true });

test('the demo shows the sample book drawn sharp, with thumbnails and the info panel', async ({ page }) => {
  const errors = collectPageErrors(page);
  await page.setViewportSize({ width: 1280, height: 1100 });
  await page.goto('/');
  const viewer = page.locator('#main-viewer');
  await expect(viewer.locator('[part="title"]')).toHaveText('The Vellum Test Book');
  await expect(viewer.locator('[part="position"]')).toHaveText('1 of 14');
  await waitForDrawn(viewer);

  const surface = viewer.locator('[part="surface"]');
  const mark = await expectColourOnScreen(surface, MARK_RGB, 2_000);
  const paper = await expectColourOnScreen(surface, PAPER_RGB, 20_000, 6);
  const pageWidth = paper.right - paper.left;
  expect((mark.left - paper.left) / pageWidth).toBeCloseTo(MARK_RECT.x, 1);
  expect((mark.right - mark.left) / pageWidth).toBeCloseTo(MARK_RECT.width, 1);

  await expect(viewer.getByRole('option', { name: /^1\. / })).toHaveAttribute('aria-selected', 'true');
  await viewer.getByRole('button', { name: 'Information' }).click();
  await expect(viewer.locator('[part="metadata"]')).toBeVisible();
  await page.screenshot({ path: `${screenshots}demo.png` });
  expect(errors).toEqual([]);
});

test('the keyboard pages through the book and a second viewer keeps working', async ({ page }) => {
  const errors = collectPageErrors(page);
  await page.goto('/');
  const viewer = page.locator('#main-viewer');
  await waitForDrawn(viewer);
  await viewer.locator('[part="surface"]').focus();
  await page.keyboard.press('ArrowRight');
  await page.keyboard.press('ArrowRight');
  await expect(viewer.locator('[part="position"]')).toHaveText('4–5 of 14');
  await page.keyboard.press('End');
  await expect(viewer.locator('[part="position"]')).toHaveText('14 of 14');

  await page.getByRole('button', { name: 'Open HTTP 500' }).click();
  await expect(viewer.locator('[role="alert"]')).toContainText('The server answered with an error');
  const second = page.locator('#second-viewer');
  await waitForDrawn(second);
  await expectColourOnScreen(second.locator('[part="surface"]'), MARK_RGB, 200);
  expect(errors).toEqual([]);
});

test('the demo works at 320 px wide', async ({ page }) => {
  await page.setViewportSize({ width: 320, height: 700 });
  await page.goto('/');
  const viewer = page.locator('#main-viewer');
  await waitForDrawn(viewer);
  const box = await viewer.boundingBox();
  expect(box?.width).toBeLessThanOrEqual(320);
  await expect(viewer.getByRole('button', { name: 'Next' })).toBeVisible();
  await page.screenshot({ path: `${screenshots}demo-320.png`, fullPage: false });
  await viewer.getByRole('button', { name: 'More controls' }).focus();
  await page.keyboard.press('Enter');
  await expect(viewer.getByRole('button', { name: 'Thumbnails' })).toBeVisible();
  await page.screenshot({ path: `${screenshots}demo-320-more.png`, fullPage: false });
  await viewer.getByRole('button', { name: 'Information' }).click();
  await expect(viewer.locator('vellum-info-panel')).toBeVisible();
});

test('the full-screen button puts the viewer alone on the screen and takes it back', async ({ page }) => {
  await page.goto('/');
  const viewer = page.locator('#main-viewer');
  await waitForDrawn(viewer);
  await viewer.getByRole('button', { name: 'Full screen' }).click();
  await expect.poll(() => page.evaluate(() => document.fullscreenElement?.id)).toBe('main-viewer');
  await expect(viewer.getByRole('button', { name: 'Exit full screen' })).toBeVisible();
  await viewer.getByRole('button', { name: 'Exit full screen' }).click();
  await expect.poll(() => page.evaluate(() => document.fullscreenElement)).toBeNull();
});
