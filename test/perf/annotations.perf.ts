import { expect, test, type Locator, type Page } from '@playwright/test';

const extra = 10_000;
/** The fixture's own annotations that can be shown, on top of the generated ones. */
const shown = extra + 6;

interface LongTasks {
  count: number;
  total: number;
  longest: number;
}

declare global {
  interface Window {
    __longTasks: PerformanceEntry[];
  }
}

async function longTasksDuring(page: Page, work: () => Promise<void>): Promise<LongTasks> {
  await page.evaluate(() => (window.__longTasks = []));
  await work();
  return page.evaluate(() => {
    const durations = window.__longTasks.map((entry) => entry.duration);
    return { count: durations.length, total: durations.reduce((sum, duration) => sum + duration, 0), longest: Math.max(0, ...durations) };
  });
}

/** Zooms in with the wheel, drags the image around, and zooms back out, letting each step's animation finish. */
async function scriptedPanAndZoom(page: Page, surface: Locator): Promise<void> {
  const box = (await surface.boundingBox())!;
  const centre = { x: box.x + box.width / 2, y: box.y + box.height / 2 };
  await page.mouse.move(centre.x, centre.y);
  const settle = () => page.waitForTimeout(400);
  for (let i = 0; i < 3; i++) {
    await page.mouse.wheel(0, -400);
    await settle();
  }
  for (const [dx, dy] of [[200, 0], [0, 150], [-300, 0], [0, -250], [150, 100]]) {
    await page.mouse.move(centre.x, centre.y);
    await page.mouse.down();
    await page.mouse.move(centre.x + dx, centre.y + dy, { steps: 12 });
    await page.mouse.up();
    await settle();
  }
  for (let i = 0; i < 3; i++) {
    await page.mouse.wheel(0, 400);
    await settle();
  }
}

test('10,000 annotations on one canvas: time to show, panel DOM size, long tasks while panning and zooming', async ({ page }) => {
  await page.addInitScript(() => {
    window.__longTasks = [];
    new PerformanceObserver((list) => window.__longTasks.push(...list.getEntries())).observe({ type: 'longtask', buffered: true });
  });
  const viewer = page.locator('#main-viewer');
  const shapes = viewer.locator('[data-annotation-id]');
  const started = Date.now();
  await page.goto(`/?manifest=${encodeURIComponent(`/fixtures/manifests/annotated-${extra}.json`)}`);
  await expect(viewer.locator('vellum-deep-zoom')).toHaveAttribute('status', /^(drawn|settled)$/, { timeout: 60_000 });
  const imageDrawn = Date.now() - started;
  await expect.poll(() => shapes.count(), { timeout: 60_000, intervals: [50] }).toBe(shown);
  const overlaysShown = Date.now() - started;

  const panelOpened = Date.now();
  await viewer.getByRole('button', { name: 'Annotations' }).click();
  await expect(viewer.locator('[part="count"]')).toContainText(`${shown.toLocaleString('en')} of ${shown.toLocaleString('en')}`, { timeout: 30_000 });
  const panelListed = Date.now() - panelOpened;
  const panel = await viewer.locator('vellum-annotations-panel').evaluate((element) => ({
    nodes: element.shadowRoot!.querySelectorAll('*').length,
    rows: element.shadowRoot!.querySelectorAll('[part="row"]').length,
  }));
  await viewer.getByRole('button', { name: 'Annotations' }).click();

  const surface = viewer.locator('[part="surface"]');
  const withAnnotations = await longTasksDuring(page, () => scriptedPanAndZoom(page, surface));
  await viewer.getByRole('button', { name: 'Annotations' }).click();
  await viewer.getByRole('checkbox', { name: 'Show on the image' }).uncheck();
  await expect(shapes.first()).toBeHidden();
  await viewer.getByRole('button', { name: 'Annotations' }).click();
  const hidden = await longTasksDuring(page, () => scriptedPanAndZoom(page, surface));

  const ratio = hidden.total > 0 ? (withAnnotations.total / hidden.total).toFixed(2) : 'n/a (no long task hidden)';
  console.log(`Annotations benchmark: ${shown.toLocaleString('en')} annotations on one canvas (plus 3 skipped)`);
  console.table({
    'image drawn (ms from navigation)': imageDrawn,
    'overlays all in the DOM (ms from navigation)': overlaysShown,
    'panel listed (ms from click)': panelListed,
    'panel shadow DOM nodes': panel.nodes,
    'panel rows in the DOM': panel.rows,
  });
  console.table({
    'pan and zoom, annotations shown': withAnnotations,
    'pan and zoom, annotations hidden (reference)': hidden,
  });
  console.log(`long-task time ratio, shown / hidden: ${ratio}`);

  expect(panel.rows).toBeGreaterThan(0);
  expect(panel.rows).toBeLessThan(100);
  expect(await shapes.count()).toBe(shown);
});
