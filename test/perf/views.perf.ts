import { expect, test, type Page } from '@playwright/test';

/**
 * Portfolio (10,000 canvases) and continuous strip (2,000 canvases): DOM nodes, and long-task time
 * during a scripted scroll, against the same scroll over a plain page of the same size (the reference).
 */

const STEPS = 240;
const STEP_PX = 600;

interface ScrollFigures {
  longTasks: number;
  longTaskMs: number;
  meanFrameMs: number;
  p95FrameMs: number;
  scrolledPx: number;
}

/** Scrolls the element found by `find` by STEP_PX a frame for STEPS frames, watching long tasks and frame times. */
function scripted(page: Page, find: string, axis: 'x' | 'y'): Promise<ScrollFigures> {
  return page.evaluate(
    async ({ find, axis, steps, step }) => {
      const scroller = (new Function(find) as () => HTMLElement)();
      const durations: number[] = [];
      const observer = new PerformanceObserver((list) => durations.push(...list.getEntries().map((entry) => entry.duration)));
      observer.observe({ type: 'longtask' });
      const frame = () => new Promise<number>((resolve) => requestAnimationFrame(resolve));
      const start = axis === 'x' ? scroller.scrollLeft : scroller.scrollTop;
      const frames: number[] = [];
      let last = await frame();
      for (let i = 0; i < steps; i++) {
        scroller.scrollBy(axis === 'x' ? { left: step } : { top: step });
        const now = await frame();
        frames.push(now - last);
        last = now;
      }
      await new Promise((resolve) => setTimeout(resolve, 300));
      observer.disconnect();
      frames.sort((a, b) => a - b);
      return {
        longTasks: durations.length,
        longTaskMs: Math.round(durations.reduce((sum, duration) => sum + duration, 0)),
        meanFrameMs: Number((frames.reduce((sum, ms) => sum + ms, 0) / frames.length).toFixed(1)),
        p95FrameMs: Number(frames[Math.floor(frames.length * 0.95)].toFixed(1)),
        scrolledPx: Math.round((axis === 'x' ? scroller.scrollLeft : scroller.scrollTop) - start),
      };
    },
    { find, axis, steps: STEPS, step: STEP_PX },
  );
}

/** Every element in the page, through open shadow roots. */
const domNodes = (page: Page) =>
  page.evaluate(() => {
    const count = (root: ParentNode): number =>
      [...root.querySelectorAll('*')].reduce((sum, element) => sum + 1 + (element.shadowRoot ? count(element.shadowRoot) : 0), 0);
    return count(document);
  });

/** The same scroll over a plain scrolling box of the same size and scroll length. */
async function reference(page: Page, size: { width: number; height: number; scrollWidth: number; scrollHeight: number }, axis: 'x' | 'y') {
  await page.goto('/fixtures/index.json');
  await page.setContent(`<div id="plain" style="width:${size.width}px;height:${size.height}px;overflow:auto">
    <div style="width:${size.scrollWidth}px;height:${size.scrollHeight}px;background:repeating-linear-gradient(45deg,#eee 0 20px,#ccc 20px 40px)"></div></div>`);
  return scripted(page, `return document.getElementById('plain')`, axis);
}

async function openView(page: Page, manifest: string, view: string, tag: string) {
  await page.goto(`/?manifest=${encodeURIComponent(manifest)}`);
  const viewer = page.locator('#main-viewer');
  await expect(viewer.locator('[part="position"]')).toContainText('1 of', { timeout: 60_000 });
  await viewer.getByRole('button', { name: 'View', exact: true }).click();
  await viewer.getByRole('menuitemradio', { name: view }).click();
  await viewer.scrollIntoViewIfNeeded();
  await expect(page.locator(`${tag} [part~="item"]`).first()).toBeVisible({ timeout: 60_000 });
  await page.waitForTimeout(1_000);
}

const scrollerOf = (tag: string, part: string) =>
  `return document.getElementById('main-viewer').shadowRoot.querySelector('vellum-window').shadowRoot.querySelector('${tag}').shadowRoot.querySelector('[part~="${part}"]')`;

async function measure(page: Page, name: string, manifest: string, view: string, tag: string, part: string, axis: 'x' | 'y') {
  await openView(page, manifest, view, tag);
  const find = scrollerOf(tag, part);
  const nodesBefore = await domNodes(page);
  const size = await page.evaluate((find) => {
    const element = (new Function(find) as () => HTMLElement)();
    return { width: element.clientWidth, height: element.clientHeight, scrollWidth: element.scrollWidth, scrollHeight: element.scrollHeight };
  }, find);
  const view_ = await scripted(page, find, axis);
  const nodesAfter = await domNodes(page);
  const plain = await reference(page, size, axis);
  const plainNodes = await domNodes(page);
  return [
    { case: name, 'DOM nodes': `${nodesBefore} / ${nodesAfter}`, ...view_, 'long-task ms ratio': plain.longTaskMs ? (view_.longTaskMs / plain.longTaskMs).toFixed(2) : `${view_.longTaskMs} vs 0`, 'frame ratio': (view_.meanFrameMs / plain.meanFrameMs).toFixed(2) },
    { case: `${name}: plain reference`, 'DOM nodes': String(plainNodes), ...plain, 'long-task ms ratio': '1', 'frame ratio': '1' },
  ];
}

test('portfolio of 10,000 canvases and continuous strip of 2,000: DOM nodes and long tasks while scrolling', async ({ page }) => {
  const rows = [
    ...(await measure(page, 'portfolio, 10,000 canvases', '/fixtures/manifests/many-10000.json', 'Gallery', 'vellum-portfolio', 'list', 'y')),
    ...(await measure(page, 'continuous, 2,000 canvases', '/fixtures/manifests/many-2000.json', 'Continuous', 'vellum-continuous-view', 'strip', 'x')),
  ];
  console.log(`Scripted scroll: ${STEPS} frames of ${STEP_PX} px; DOM nodes of the whole page (through shadow roots) before / after`);
  console.table(rows);
  for (const row of rows) expect(row.scrolledPx).toBeGreaterThan(STEPS * STEP_PX * 0.9);
});
