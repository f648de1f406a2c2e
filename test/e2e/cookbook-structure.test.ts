import { expect, test, type Locator, type Page } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { MARK_RGB, PAGES, pageByName } from '../fixtures/pages.mjs';
import { cookbookDir, cookbookManifests, fixturePageFor, routeOffMachine, type CookbookManifest } from '../support/cookbook.ts';
import { findColour } from '../support/pixels.ts';
import { collectPageErrors } from './viewer-page.ts';

type Json = Record<string, unknown>;
const pageNames = PAGES.map((page) => page.name);
/** Where a failing recipe's page is photographed, to see why. */
const failureShots = new URL('../results/cookbook-structure/', import.meta.url).pathname;

/** Every image, structure and basic recipe Manifest without audio or video, and the collections, checked on screen. */
const av = new Set(cookbookManifests(['AV']).map((recipe) => recipe.url));
const recipes = cookbookManifests(['image', 'structure', 'basic']).filter((recipe) => !av.has(recipe.url) && (!process.env.RECIPE || recipe.recipe.startsWith(process.env.RECIPE)));

/** Recipes known not to render as described, and why; any other failure fails the test. */
const KNOWN_FAILURES: Record<string, string> = {
  '0229-behavior-ranges/manifest.json': 'a video canvas: audio and video are not played',
};

if (recipes.length === 0) throw new Error(`No cookbook corpus at ${cookbookDir}: ../shared must sit beside the repository`);

/** The fixture page that routeOffMachine serves for an iiif.io image. */
const fixturePage = (imageId: string) => fixturePageFor(imageId, pageNames);

const list = (value: unknown): Json[] => (Array.isArray(value) ? value : value ? [value] : []) as Json[];

/** The image ids painted on a canvas of the recipe, as the viewer shows them by default (the first option of a Choice). */
function paintedImageIds(canvas: Json): string[] {
  const imageOf = (body: Json): string | undefined => {
    if (body.type === 'Choice') return imageOf(list(body.items)[0]);
    if (body.type === 'SpecificResource') return imageOf(body.source as Json);
    return body.type === 'Image' ? String(body.id) : undefined;
  };
  return list(canvas.items)
    .flatMap((page) => list(page.items))
    .flatMap((annotation) => list(annotation.body))
    .flatMap((body) => imageOf(body) ?? []);
}

interface Run {
  page: Page;
  viewer: Locator;
  manifest: Json;
}

const canvases = (manifest: Json) => list(manifest.items);
const viewportOnShow = (page: Page) =>
  page.evaluate(() => (document.querySelector('#main-viewer') as unknown as { store: { state: { windows: { main: { viewport: Box | null } } } } }).store.state.windows.main.viewport);
/** Whether `view` shows `region` as large as it fits: it holds the region, and one of its sides is the region's. */
const fitsRegion = (view: Box | null, region: Box) =>
  view !== null &&
  view.x <= region.x + 1 &&
  view.y <= region.y + 1 &&
  view.x + view.width >= region.x + region.width - 1 &&
  view.y + view.height >= region.y + region.height - 1 &&
  Math.min(view.width / region.width, view.height / region.height) < 1.01;
const canvasIdOnShow = (page: Page) =>
  page.evaluate(() => (document.querySelector('#main-viewer') as unknown as { store: { state: { windows: { main: { canvasId: string } } } } }).store.state.windows.main.canvasId);

async function settled(viewer: Locator) {
  await expect(viewer.locator('vellum-deep-zoom')).toHaveAttribute('status', /^(settled|empty|error)$/, { timeout: 30_000 });
  const status = await viewer.locator('vellum-deep-zoom').getAttribute('status');
  if (status !== 'settled') throw new Error(`the image area is ${status}`);
}

/** The horizontal centre of each fixture page's tab on screen, waiting a few seconds for tiles; throws when one is missing. */
async function tabsOnScreen(viewer: Locator, pages: string[], prepare = async () => {}): Promise<number[]> {
  await settled(viewer);
  const find = async () => {
    await prepare();
    const shot = await viewer.locator('[part="surface"]').screenshot();
    return Promise.all(pages.map((name) => findColour(shot, pageByName(name).tabRgb, 14)));
  };
  let boxes = await find();
  for (let tries = 0; tries < 10 && boxes.some((box) => box.count < 30); tries++) {
    await viewer.page().waitForTimeout(500);
    boxes = await find();
  }
  const missing = pages.filter((_, i) => boxes[i].count < 30);
  if (missing.length) throw new Error(`the image served as ${missing.join(' and ')} is not on screen`);
  return boxes.map((box) => (box.left + box.right) / 2);
}

interface Box {
  x: number;
  y: number;
  width: number;
  height: number;
}

/** Where the fixture pages standing in for a canvas's images sit in canvas units: their targets, at the fixtures' own aspect ratio. */
function servedBoxes(canvas: Json): Box[] {
  return list(canvas.items)
    .flatMap((page) => list(page.items))
    .flatMap((annotation) => {
      const id = paintedImageIds({ items: [{ items: [annotation] }] })[0];
      if (!id) return [];
      const fixture = pageByName(fixturePage(id));
      const xywh = /#xywh=([\d.]+),([\d.]+),([\d.]+),([\d.]+)/.exec(typeof annotation.target === 'string' ? annotation.target : '');
      const [x, y, width] = xywh ? xywh.slice(1, 4).map(Number) : [0, 0, Number(canvas.width)];
      return [{ x, y, width, height: (width * fixture.height) / fixture.width }];
    });
}

/** Sets the view to a region of the canvas through the viewer's store, as a shared link would. */
async function showWhole(page: Page, viewport: Box) {
  await page.evaluate((view) => {
    const viewer = document.querySelector('#main-viewer') as unknown as { store: { dispatch(action: object): void } };
    viewer.store.dispatch({ type: 'window/set-viewport', windowId: 'main', viewport: view });
  }, viewport);
}

/**
 * Each image painted on the canvas on show is on screen. The fixture pages that stand in for the recipes' images keep
 * their own aspect ratio, so the view is first set (through the store, as a shared link would) to take them in whole.
 */
async function canvasOnShowIsDrawn({ page, viewer, manifest }: Run) {
  const id = await canvasIdOnShow(page);
  const canvas = canvases(manifest).find((item) => item.id === id);
  if (!canvas) throw new Error(`the canvas on show (${id}) is not in the manifest`);
  const boxes = servedBoxes(canvas);
  const [left, top] = [Math.min(...boxes.map((b) => b.x)), Math.min(...boxes.map((b) => b.y))];
  const viewport = { x: left, y: top, width: Math.max(...boxes.map((b) => b.x + b.width)) - left, height: Math.max(...boxes.map((b) => b.y + b.height)) - top };
  await tabsOnScreen(viewer, paintedImageIds(canvas).map(fixturePage), () => showWhole(page, viewport));
}

const position = (viewer: Locator, text: string) => expect(viewer.locator('[part="position"]')).toHaveText(text, { timeout: 10_000 });
const pageOf = (manifest: Json, index: number) => fixturePage(paintedImageIds(canvases(manifest)[index])[0]);

/** A spread shows the pages in reading order across the screen: left to right, or right to left. */
async function spreadInOrder(run: Run, first: number, rightToLeft: boolean) {
  const [a, b] = [pageOf(run.manifest, first), pageOf(run.manifest, first + 1)];
  if (a === b) throw new Error('both pages of the spread are served by the same fixture page');
  const [x1, x2] = await tabsOnScreen(run.viewer, [a, b]);
  if (rightToLeft ? x1 < x2 : x1 > x2) throw new Error(`page ${first + 1} is on the wrong side of the spread`);
}

async function chooseView(viewer: Locator, name: string) {
  await viewer.getByRole('button', { name: 'View', exact: true }).click();
  await viewer.getByRole('menuitemradio', { name }).click();
}

async function contentsEntries(viewer: Locator): Promise<Locator> {
  await viewer.getByRole('button', { name: 'Contents' }).click();
  const entries = viewer.locator('vellum-contents-panel [part~="entry"]');
  await expect(entries.first()).toBeVisible();
  return entries;
}

/** The page is shown turned a quarter clockwise: its tab, left of its mark on the page, is above it on screen. */
async function turnedQuarterClockwise({ viewer, manifest }: Run) {
  await settled(viewer);
  const shot = await viewer.locator('[part="surface"]').screenshot();
  const [tab, mark] = [await findColour(shot, pageByName(pageOf(manifest, 0)).tabRgb, 14), await findColour(shot, MARK_RGB, 14)];
  if (!(mark.count > 100 && tab.count > 100 && tab.bottom <= mark.top + 2)) throw new Error('the page is not turned a quarter clockwise (its tab is not above its mark)');
}

const checks: Record<string, (run: Run) => Promise<void>> = {
  '0009-book-1/manifest.json': async (run) => {
    await position(run.viewer, '1 of 5');
    await run.viewer.getByRole('button', { name: 'Next' }).click();
    await position(run.viewer, '2–3 of 5');
    await spreadInOrder(run, 1, false);
  },
  '0010-book-2-viewing-direction/manifest-rtl.json': async (run) => {
    await chooseView(run.viewer, 'Book');
    await run.viewer.locator('[part="surface"]').focus();
    await run.page.keyboard.press('ArrowLeft');
    await position(run.viewer, '2–3 of 5');
    await spreadInOrder(run, 1, true);
  },
  '0024-book-4-toc/manifest.json': async (run) => {
    const entries = await contentsEntries(run.viewer);
    await expect(entries).toHaveCount(5);
    await entries.filter({ hasText: 'Tuesday' }).click();
    await position(run.viewer, '5 of 6');
    await canvasOnShowIsDrawn(run);
  },
  '0025-newspaper-article-index/manifest.json': async (run) => {
    const entries = await contentsEntries(run.viewer);
    await entries.filter({ hasText: 'Tagesneuigkeiten' }).click();
    await position(run.viewer, '2 of 5');
    const article = { x: 553, y: 1157, width: 470, height: 1103 };
    await expect.poll(async () => fitsRegion(await viewportOnShow(run.page), article)).toBe(true);
  },
  '0027-alternative-page-order/manifest.json': async (run) => {
    const entries = await contentsEntries(run.viewer);
    await expect(entries).toHaveText(['Physical sequence', 'Author-intended sequence']);
    await entries.filter({ hasText: 'Author-intended' }).click();
    await position(run.viewer, '2 of 4');
    await canvasOnShowIsDrawn(run);
  },
  '0031-bound-multivolume/manifest.json': async (run) => {
    const entries = await contentsEntries(run.viewer);
    await entries.filter({ hasText: 'Zweyte Ausgabe' }).first().click();
    await canvasOnShowIsDrawn(run);
    await expect(entries.filter({ hasText: 'Zweyte Ausgabe' }).first()).toHaveAttribute('aria-current', 'true');
  },
  '0033-choice/manifest.json': async (run) => {
    await run.viewer.getByRole('button', { name: 'Layers' }).click();
    const layers = run.viewer.locator('vellum-layers-panel');
    await expect(layers.getByRole('radio')).toHaveCount(2);
    await expect(layers.getByRole('radio', { name: 'Natural Light' })).toBeChecked();
    await layers.getByRole('radio', { name: 'X-Ray' }).check();
    const xray = fixturePage(String(list((list(list(canvases(run.manifest)[0].items)[0].items)[0].body as Json).items)[1].id));
    const width = Number(canvases(run.manifest)[0].width);
    const whole = { x: 0, y: 0, width, height: (width * pageByName(xray).height) / pageByName(xray).width };
    await tabsOnScreen(run.viewer, [xray], () => showWhole(run.page, whole));
  },
  '0035-foldouts/manifest.json': async (run) => {
    await position(run.viewer, '1 of 9');
    await run.viewer.getByRole('button', { name: 'Next' }).click();
    await position(run.viewer, '2–3 of 9');
    await spreadInOrder(run, 1, false);
    await run.viewer.getByRole('button', { name: 'Next' }).click();
    await position(run.viewer, '5–6 of 9');
  },
  '0036-composition-from-multiple-images/manifest.json': canvasOnShowIsDrawn,
  '0040-image-rotation-service/manifest-service.json': turnedQuarterClockwise,
  '0040-image-rotation-service/manifest-css.json': turnedQuarterClockwise,
  '0299-region/manifest.json': async ({ viewer, manifest }) => {
    await settled(viewer);
    const shot = await viewer.locator('[part="surface"]').screenshot();
    const [tab, mark] = [await findColour(shot, pageByName(pageOf(manifest, 0)).tabRgb, 14), await findColour(shot, MARK_RGB, 14)];
    if (!(mark.count > 1000 && tab.count < 30)) throw new Error('not only the region (the right half of the page, with its mark and without its tab) is shown');
  },
  '0202-start-canvas/manifest.json': async (run) => {
    await position(run.viewer, '2 of 5');
    await canvasOnShowIsDrawn(run);
  },
  '0283-missing-image/manifest.json': async (run) => {
    await canvasOnShowIsDrawn(run);
    await run.viewer.getByRole('button', { name: 'Next' }).click();
    await expect(run.viewer.locator('vellum-deep-zoom [part="message"]')).toBeVisible();
  },
};

async function check(page: Page, recipe: CookbookManifest): Promise<void> {
  await page.goto(`/?manifest=${encodeURIComponent(recipe.url)}`);
  const viewer = page.locator('#main-viewer');
  await expect(page.locator('#status')).toHaveText(/^(Loaded|Viewer:)/, { timeout: 30_000 });
  if ((await viewer.locator('vellum-deep-zoom').count()) === 0) throw new Error(`nothing shown: ${await page.locator('#status').textContent()}`);
  const manifest = JSON.parse(readFileSync(join(cookbookDir, recipe.recipe), 'utf8')) as Json;
  const run = { page, viewer, manifest };
  await (checks[recipe.recipe] ?? canvasOnShowIsDrawn)(run);
}

test.setTimeout(600_000);
test.use({ actionTimeout: 10_000 });

test('every image, structure and basic cookbook recipe shows what its recipe describes', async ({ page, baseURL }) => {
  const errors = collectPageErrors(page);
  await page.setViewportSize({ width: 1280, height: 1600 });
  await routeOffMachine(page, baseURL!, pageNames);
  const failures = new Map<string, string>();
  for (const recipe of recipes) {
    const started = Date.now();
    await check(page, recipe).catch(async (error: Error) => {
      failures.set(recipe.recipe, error.message.split('\n')[0]);
      await page.screenshot({ path: `${failureShots}${recipe.recipe.replace('/', '--')}.png` });
    });
    console.log(`  ${recipe.recipe}: ${failures.get(recipe.recipe) ?? 'shown as described'} (${Date.now() - started} ms)`);
  }
  console.log(`Cookbook structure: ${recipes.length - failures.size} of ${recipes.length} recipe manifests show what they describe`);
  for (const [recipe, reason] of failures) console.log(`  ${recipe}: ${reason}${KNOWN_FAILURES[recipe] ? ` (known: ${KNOWN_FAILURES[recipe]})` : ''}`);
  expect([...failures.keys()].filter((recipe) => !KNOWN_FAILURES[recipe])).toEqual([]);
  expect(errors.map(String)).toEqual([]);
});
