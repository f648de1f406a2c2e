import { expect, type Locator, type Page } from '@playwright/test';
import { findColour, type Rgb } from '../support/pixels.ts';

/** Waits until the viewer has drawn every tile its view needs. */
export async function waitForDrawn(viewer: Locator): Promise<void> {
  await expect(viewer.locator('vellum-deep-zoom')).toHaveAttribute('status', 'settled', { timeout: 30_000 });
}

/** Waits until the colour covers at least `minimum` pixels of the element's screenshot, and returns where. */
export async function expectColourOnScreen(target: Locator, colour: Rgb, minimum: number, tolerance?: number) {
  let found = await findColour(await target.screenshot(), colour, tolerance);
  await expect
    .poll(async () => (found = await findColour(await target.screenshot(), colour, tolerance)).count, { timeout: 20_000 })
    .toBeGreaterThanOrEqual(minimum);
  return found;
}

/** Collects uncaught page errors, so a test can assert there were none. */
export function collectPageErrors(page: Page): Error[] {
  const errors: Error[] = [];
  page.on('pageerror', (error) => errors.push(error));
  return errors;
}
