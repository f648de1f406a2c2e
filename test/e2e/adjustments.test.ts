import { expect, test, type Locator } from '@playwright/test';
import { MARK_RECT, MARK_RGB, PAPER_RGB } from '../fixtures/pages.mjs';
import { findColour } from '../support/pixels.ts';
import { centreOf, inverse, near, openAdjustments, pixelsOf } from './screen-pixels.ts';
import { collectPageErrors, expectColourOnScreen, waitForDrawn } from './viewer-page.ts';

const screenshots = new URL('../results/screenshots/', import.meta.url).pathname;

async function drawnDemo(page: import('@playwright/test').Page) {
  await page.setViewportSize({ width: 1280, height: 1100 });
  await page.goto('/');
  const main = page.locator('#main-viewer');
  const second = page.locator('#second-viewer');
  await waitForDrawn(main);
  await waitForDrawn(second);
  return { main, second, surface: main.locator('[part="surface"]') };
}

async function screenColour(surface: Locator, point: { x: number; y: number }) {
  return (await pixelsOf(await surface.screenshot())).at(point.x, point.y);
}

test('invert turns the light page dark, grayscale equalises the channels, and the other viewer keeps its colours', async ({ page }) => {
  const errors = collectPageErrors(page);
  const { main, second, surface } = await drawnDemo(page);
  await openAdjustments(main);
  await waitForDrawn(main);
  const mark = centreOf(await expectColourOnScreen(surface, MARK_RGB, 2_000));
  const paperBox = await expectColourOnScreen(surface, PAPER_RGB, 20_000, 6);
  const paper = { x: paperBox.left + 12, y: paperBox.top + 12 };

  const invert = main.getByRole('slider', { name: 'Invert' });
  await invert.focus();
  await page.keyboard.press('End');
  await expect(invert).toHaveAttribute('aria-valuetext', '100%');
  await expect.poll(async () => near(await screenColour(surface, paper), inverse(PAPER_RGB))).toBe(true);
  expect(near(await screenColour(surface, mark), inverse(MARK_RGB))).toBe(true);
  expect((await findColour(await surface.screenshot(), PAPER_RGB, 6)).count).toBe(0);
  await page.screenshot({ path: `${screenshots}adjustments-invert.png` });

  await page.keyboard.press('Home');
  const grayscale = main.getByRole('slider', { name: 'Grayscale' });
  await grayscale.focus();
  await page.keyboard.press('End');
  await expect.poll(async () => {
    const [r, g, b] = await screenColour(surface, mark);
    return Math.max(r, g, b) - Math.min(r, g, b);
  }).toBeLessThanOrEqual(3);
  await expect(main.locator('[part="position"]')).toHaveText('1 of 14');

  await expectColourOnScreen(second.locator('[part="surface"]'), MARK_RGB, 200);
  expect(await second.locator('[part="surface"] canvas').first().evaluate((canvas) => canvas.style.filter)).toBe('');
  expect(errors).toEqual([]);
});

test('after a 90° rotation the page mark is where the turned page puts it', async ({ page }) => {
  const { main, surface } = await drawnDemo(page);
  await openAdjustments(main);
  await main.getByRole('button', { name: 'Rotate 90° clockwise' }).click();
  await expect(main.getByRole('slider', { name: 'Rotation' })).toHaveAttribute('aria-valuetext', '90°');
  await waitForDrawn(main);
  await expect.poll(async () => {
    const paper = await findColour(await surface.screenshot(), PAPER_RGB, 6);
    return paper.right - paper.left > paper.bottom - paper.top;
  }, { timeout: 10_000 }).toBe(true);
  const paper = await expectColourOnScreen(surface, PAPER_RGB, 20_000, 6);
  const mark = await expectColourOnScreen(surface, MARK_RGB, 2_000);
  const [pageWidth, pageHeight] = [paper.right - paper.left, paper.bottom - paper.top];
  // Turned clockwise, a point (x, y) of the page goes to (1 - y, x).
  expect((mark.left - paper.left) / pageWidth).toBeCloseTo(1 - (MARK_RECT.y + MARK_RECT.height), 1);
  expect((mark.right - paper.left) / pageWidth).toBeCloseTo(1 - MARK_RECT.y, 1);
  expect((mark.top - paper.top) / pageHeight).toBeCloseTo(MARK_RECT.x, 1);
  expect((mark.bottom - paper.top) / pageHeight).toBeCloseTo(MARK_RECT.x + MARK_RECT.width, 1);
  await page.screenshot({ path: `${screenshots}adjustments-rotated.png` });
});
