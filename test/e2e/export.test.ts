import { expect, test, type Locator, type Page } from '@playwright/test';
import { createServer, type Server } from 'node:http';
import { MARK_RECT, MARK_RGB, PAPER_POINT, PAPER_RGB, TAB_RECT } from '../fixtures/pages.mjs';
import { inverse, near, openAdjustments, pixelsOf } from './screen-pixels.ts';
import { collectPageErrors, expectColourOnScreen, waitForDrawn } from './viewer-page.ts';

/**
 * A proxy of the fixtures on another loopback origin that behaves like iipsrv: CORS headers on JSON,
 * none on images. Ids inside the JSON are rewritten to the proxy's origin.
 */
async function serverWithoutImageCors(upstream: string): Promise<{ origin: string; close(): Promise<void> }> {
  let origin = '';
  const server: Server = createServer(async (request, response) => {
    const answer = await fetch(`${upstream}${request.url ?? '/'}`);
    const type = answer.headers.get('content-type') ?? 'application/octet-stream';
    if (type.startsWith('application/json')) {
      const body = (await answer.text()).replaceAll(upstream, origin);
      response.writeHead(answer.status, { 'content-type': type, 'access-control-allow-origin': '*' }).end(body);
    } else {
      response.writeHead(answer.status, { 'content-type': type }).end(Buffer.from(await answer.arrayBuffer()));
    }
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  if (!address || typeof address === 'string') throw new Error('the proxy has no port');
  origin = `http://127.0.0.1:${address.port}`;
  return { origin, close: () => new Promise((resolve) => server.close(() => resolve())) };
}

async function download(page: Page, button: Locator): Promise<string> {
  const saved = page.waitForEvent('download');
  await button.click();
  const file = await saved;
  return (await file.path())!;
}

/** The grey CSS grayscale(100%) makes of a colour. */
const grey = ([r, g, b]: readonly number[]): [number, number, number] => {
  const level = Math.round(0.2126 * r + 0.7152 * g + 0.0722 * b);
  return [level, level, level];
};

/** Opens the demo, finds the page on screen in its own colours, then applies the Negative preset. */
async function drawnWithNegative(page: Page) {
  await page.setViewportSize({ width: 1280, height: 1100 });
  await page.goto('/');
  const main = page.locator('#main-viewer');
  await waitForDrawn(main);
  const paper = await expectColourOnScreen(main.locator('[part="surface"]'), PAPER_RGB, 20_000, 6);
  await openAdjustments(main);
  await main.getByRole('button', { name: 'Negative' }).click();
  await main.getByRole('button', { name: 'Close image adjustments' }).click();
  await waitForDrawn(main);
  return { main, paper };
}

test('the exported view matches the screen, adjustments included, and the region exports at the chosen size', async ({ page }) => {
  const errors = collectPageErrors(page);
  const { main, paper: paperOnScreen } = await drawnWithNegative(page);
  const surface = main.locator('[part="surface"]');
  await expectColourOnScreen(surface, inverse(grey(PAPER_RGB)), 20_000, 6);
  await main.getByRole('button', { name: 'Export' }).click();
  const menu = main.locator('[part="export"]');
  const viewButton = menu.getByRole('button', { name: 'Download the view (PNG)' });
  await expect(viewButton).toBeEnabled();
  const screenPng = await surface.screenshot();
  const screen = await pixelsOf(screenPng);
  const exportedFile = await download(page, viewButton);
  const exported = await pixelsOf(exportedFile);
  // The drawer's canvas is the surface's size in device pixels; a screenshot rounds fractional CSS sizes up.
  expect(Math.abs(exported.width - screen.width) + Math.abs(exported.height - screen.height)).toBeLessThanOrEqual(1);

  let compared = 0;
  for (let y = 3; y < Math.min(screen.height, exported.height); y += 17) {
    for (let x = 3; x < Math.min(screen.width, exported.width); x += 17) {
      if (!exported.opaque(x, y)) continue;
      compared++;
      expect(near(exported.at(x, y), screen.at(x, y), 6), `pixel ${x},${y}`).toBe(true);
    }
  }
  expect(compared).toBeGreaterThan(500);
  const pageBox = { width: paperOnScreen.right - paperOnScreen.left, height: paperOnScreen.bottom - paperOnScreen.top };
  const spots = [MARK_RECT, TAB_RECT, { x: PAPER_POINT.x, y: PAPER_POINT.y, width: 0, height: 0 }].map((rect) => ({
    x: paperOnScreen.left + pageBox.width * (rect.x + rect.width / 2),
    y: paperOnScreen.top + pageBox.height * (rect.y + rect.height / 2),
  }));
  for (const spot of spots) expect(near(exported.at(spot.x, spot.y), screen.at(spot.x, spot.y), 4)).toBe(true);
  const markColour = screen.at(spots[0].x, spots[0].y);
  expect(near(markColour, inverse(grey(MARK_RGB)), 12)).toBe(true);

  await menu.getByRole('combobox', { name: 'Resolution of the region' }).selectOption({ label: '800 × 1,100 px' });
  const region = await pixelsOf(await download(page, menu.getByRole('button', { name: 'Download the region (PNG)' })));
  expect([region.width, region.height]).toEqual([800, 1100]);
  const centre = { x: 800 * (MARK_RECT.x + MARK_RECT.width / 2), y: 1100 * (MARK_RECT.y + MARK_RECT.height / 2) };
  expect(near(region.at(centre.x, centre.y), markColour, 8)).toBe(true);
  await expect(menu.getByRole('link', { name: /× .* px/ })).toHaveCount(4);
  expect(errors).toEqual([]);
});

test('an image server without CORS on images still shows the page, and export explains why it cannot save pixels', async ({ page, baseURL }) => {
  const server = await serverWithoutImageCors(baseURL!);
  try {
    const errors = collectPageErrors(page);
    await page.goto(`/?manifest=${encodeURIComponent(`${server.origin}/fixtures/manifests/book.json`)}`);
    const main = page.locator('#main-viewer');
    await waitForDrawn(main);
    await expectColourOnScreen(main.locator('[part="surface"]'), MARK_RGB, 2_000);
    await main.getByRole('button', { name: 'Export' }).click();
    const menu = main.locator('[part="export"]');
    await expect(menu.getByRole('alert')).toContainText('does not allow other websites to read its pixels');
    await expect(menu.getByRole('button', { name: 'Download the view (PNG)' })).toBeDisabled();
    await expect(menu.getByRole('button', { name: 'Download the region (PNG)' })).toBeDisabled();
    await expect(menu.getByRole('textbox', { name: 'IIIF Image API URL' })).toHaveValue(`${server.origin}/fixtures/images/page-01/iiif3/full/max/0/default.jpg`);
    await expect(menu.getByRole('button', { name: 'Copy the IIIF Image API URL' })).toBeEnabled();
    await page.screenshot({ path: new URL('../results/screenshots/export-no-cors.png', import.meta.url).pathname });
    expect(errors).toEqual([]);
  } finally {
    await server.close();
  }
});
