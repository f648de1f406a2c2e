import { expect, test, type Page } from '@playwright/test';
import { waitForDrawn } from './viewer-page.ts';

interface FocusStop {
  name: string;
  ring: boolean;
  left: number;
  right: number;
}

const inMainViewer = (page: Page) => page.evaluate(() => document.activeElement?.id === 'main-viewer');

/** Tabs through every control of the main viewer, from its first, noting of each whether a focus ring shows and where it is. */
async function focusStops(page: Page): Promise<FocusStop[]> {
  await page.locator('#main-viewer [part="surface"]').focus();
  while (await inMainViewer(page)) await page.keyboard.press('Shift+Tab');
  await page.keyboard.press('Tab');
  const stops: FocusStop[] = [];
  for (let presses = 0; presses < 80; presses++) {
    const stop = await page.evaluate(() => {
      let focused = document.activeElement;
      if (focused?.id !== 'main-viewer') return undefined;
      while (focused?.shadowRoot?.activeElement) focused = focused.shadowRoot.activeElement;
      const style = getComputedStyle(focused!);
      const box = focused!.getBoundingClientRect();
      const name = focused!.getAttribute('aria-label') || focused!.textContent?.trim() || focused!.tagName;
      return { name, ring: style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) >= 1, left: box.left, right: box.right };
    });
    if (!stop) break;
    stops.push(stop);
    await page.keyboard.press('Tab');
  }
  return stops;
}

async function openDemo(page: Page, width: number) {
  await page.setViewportSize({ width, height: 900 });
  await page.goto('/');
  await waitForDrawn(page.locator('#main-viewer'));
}

for (const forcedColors of ['none', 'active'] as const) {
  test(`every control of the viewer shows a focus ring as the Tab key reaches it (forced colours: ${forcedColors})`, async ({ page }) => {
    await page.emulateMedia({ forcedColors });
    await openDemo(page, 1280);
    await page.locator('#main-viewer').getByRole('button', { name: 'Information' }).click();
    const stops = await focusStops(page);
    expect(stops.length).toBeGreaterThan(10);
    expect(stops.filter((stop) => !stop.ring).map((stop) => stop.name)).toEqual([]);
    expect(stops.filter((stop) => /^(DIV|SPAN)$/.test(stop.name)), 'every stop has a name').toEqual([]);
  });
}

test('at 320 CSS px (a 1280 px window at 400%) the page does not scroll sideways and every control is on screen', async ({ page }) => {
  await openDemo(page, 320);
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(320);
  const stops = await focusStops(page);
  expect(stops.length).toBeGreaterThan(5);
  expect(stops.filter((stop) => stop.left < -1 || stop.right > 321).map((stop) => `${stop.name} at ${stop.left}–${stop.right}`)).toEqual([]);
});
