import { expect, test, type Locator, type Page } from '@playwright/test';

const extra = 10_000;
/** The fixture's own annotations that can be shown, on top of the generated ones. */
const shown = extra + 6;

interface Jank {
  'long tasks': number;
  'long-task ms': number;
  'longest ms': number;
  frames: number;
  'mean frame ms': number;
}

declare global {
  interface Window {
    __longTasks: PerformanceEntry[];
    __frames?: number[];
  }
}

/** Long tasks (from a PerformanceObserver) and animation frames while some work runs. */
async function jankDuring(page: Page, work: () => Promise<void>): Promise<Jank> {
  await page.evaluate(() => {
    window.__longTasks = [];
    const frames: number[] = (window.__frames = []);
    const tick = (time: number) => {
      if (window.__frames !== frames) return;
      frames.push(time);
      requestAnimationFrame(tick);
    };
    requestAnimationFrame(tick);
  });
  await work();
  return page.evaluate(() => {
    const durations = window.__longTasks.map((entry) => entry.duration);
    const frames = window.__frames!;
    window.__frames = undefined;
    const total = durations.reduce((sum, duration) => sum + duration, 0);
    return {
      'long tasks': durations.length,
      'long-task ms': Math.round(total),
      'longest ms': Math.round(Math.max(0, ...durations)),
      frames: frames.length,
      'mean frame ms': Math.round(((frames.at(-1)! - frames[0]) / (frames.length - 1)) * 10) / 10,
    };
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
  // A set this large is drawn on one canvas layer, which says how many it draws.
  const layer = viewer.locator('canvas[data-annotation-count]');
  const started = Date.now();
  await page.goto(`/?manifest=${encodeURIComponent(`/fixtures/manifests/annotated-${extra}.json`)}`);
  await expect(viewer.locator('vellum-deep-zoom')).toHaveAttribute('status', /^(drawn|settled)$/, { timeout: 60_000 });
  const imageDrawn = Date.now() - started;
  await expect(layer).toHaveAttribute('data-annotation-count', String(shown), { timeout: 60_000 });
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
  const showOnImage = async (shownOnImage: boolean) => {
    await viewer.getByRole('button', { name: 'Annotations' }).click();
    await viewer.getByRole('checkbox', { name: 'Show on the image' }).setChecked(shownOnImage);
    await viewer.getByRole('button', { name: 'Annotations' }).click();
    await expect(layer).toBeVisible({ visible: shownOnImage });
  };
  // A first pass loads and decodes the tiles, so both measured passes draw the same cached image.
  await showOnImage(false);
  await scriptedPanAndZoom(page, surface);
  const hidden = await jankDuring(page, () => scriptedPanAndZoom(page, surface));
  await showOnImage(true);
  await expect(layer).toHaveAttribute('data-annotation-count', String(shown));
  const withAnnotations = await jankDuring(page, () => scriptedPanAndZoom(page, surface));

  const ratio = (measure: keyof Jank) => (hidden[measure] > 0 ? (withAnnotations[measure] / hidden[measure]).toFixed(2) : 'n/a (none hidden)');
  console.log(`Annotations benchmark: ${shown.toLocaleString('en')} annotations on one canvas (plus 3 skipped)`);
  console.table({
    'image drawn (ms from navigation)': imageDrawn,
    'annotations drawn (ms from navigation)': overlaysShown,
    'panel listed (ms from click)': panelListed,
    'panel shadow DOM nodes': panel.nodes,
    'panel rows in the DOM': panel.rows,
  });
  console.table({
    'pan and zoom, annotations shown': withAnnotations,
    'pan and zoom, annotations hidden (reference)': hidden,
  });
  console.log(`shown / hidden: long-task time ${ratio('long-task ms')}, mean frame ${ratio('mean frame ms')}`);

  expect(panel.rows).toBeGreaterThan(0);
  expect(panel.rows).toBeLessThan(100);
});
