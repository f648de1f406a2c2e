import type { Locator, Page } from '@playwright/test';
import { MARK_RGB } from '../fixtures/pages.mjs';
import { findColour } from '../support/pixels.ts';

/** The red mark's box on screen, in page pixels. */
export async function markOnScreen(viewer: Locator) {
  const surface = viewer.locator('[part="surface"]');
  const origin = (await surface.boundingBox())!;
  const red = await findColour(await surface.screenshot(), MARK_RGB, 40);
  return { x: origin.x + red.left, y: origin.y + red.top, width: red.right - red.left + 1, height: red.bottom - red.top + 1 };
}

/** Draws a rectangle over the red mark with the mouse; returns the mark's box on screen. */
export async function drawOverMark(page: Page, viewer: Locator) {
  await viewer.getByRole('button', { name: 'Rectangle', exact: true }).click();
  const mark = await markOnScreen(viewer);
  await page.mouse.move(mark.x, mark.y);
  await page.mouse.down();
  await page.mouse.move(mark.x + mark.width / 2, mark.y + mark.height / 2, { steps: 5 });
  await page.mouse.move(mark.x + mark.width, mark.y + mark.height, { steps: 5 });
  await page.mouse.up();
  return mark;
}
