import { readFile } from 'node:fs/promises';
import { expect, test, type Locator, type Page } from '@playwright/test';
import { MARK_RGB, XSS_FLAG } from '../fixtures/pages.mjs';
import { findColour } from '../support/pixels.ts';
import { collectPageErrors, waitForDrawn } from './viewer-page.ts';

const annotated = '/fixtures/manifests/annotated.json';
const plain = '/fixtures/manifests/single.json';
const highlight = [255, 191, 0] as const;

const shape = (viewer: Locator, name: string) => viewer.locator(`[data-annotation-id$="/annotation/${name}"]`);
const row = (viewer: Locator, text: string) => viewer.locator('[part="row"]', { hasText: text });

async function openViewer(page: Page, manifest: string): Promise<Locator> {
  await page.setViewportSize({ width: 1280, height: 1200 });
  await page.goto(`/?manifest=${encodeURIComponent(manifest)}`);
  const main = page.locator('#main-viewer');
  await waitForDrawn(main);
  return main;
}

async function openPanel(viewer: Locator): Promise<void> {
  await viewer.getByRole('button', { name: 'Annotations' }).click();
  await expect(viewer.locator('[part="count"]')).toBeVisible();
}

/** The largest gap between the mark annotation's box on screen and the box of the mark's red pixels. */
async function markOffset(viewer: Locator): Promise<number> {
  const surface = viewer.locator('[part="surface"]');
  const origin = (await surface.boundingBox())!;
  const red = await findColour(await surface.screenshot(), MARK_RGB, 40);
  const box = (await shape(viewer, 'mark').boundingBox())!;
  // The part of the annotation inside the image area, where the screenshot can see the mark.
  const left = Math.max(box.x, origin.x);
  const top = Math.max(box.y, origin.y);
  const right = Math.min(box.x + box.width, origin.x + origin.width);
  const bottom = Math.min(box.y + box.height, origin.y + origin.height);
  return Math.max(
    Math.abs(left - (origin.x + red.left)),
    Math.abs(top - (origin.y + red.top)),
    Math.abs(right - (origin.x + red.right + 1)),
    Math.abs(bottom - (origin.y + red.bottom + 1)),
  );
}

async function expectMarkAnnotationOnMark(viewer: Locator): Promise<void> {
  await expect.poll(() => markOffset(viewer), { timeout: 15_000 }).toBeLessThanOrEqual(3);
}

async function exportFile(page: Page, viewer: Locator): Promise<{ items: { id: string }[] }> {
  const [download] = await Promise.all([page.waitForEvent('download'), viewer.locator('[part="sources"]').getByRole('button', { name: 'Export' }).click()]);
  return JSON.parse(await readFile((await download.path())!, 'utf8'));
}

async function importFile(viewer: Locator, contents: string): Promise<void> {
  await viewer.locator('[part="sources"] input[type="file"]').setInputFiles({ name: 'annotations.json', mimeType: 'application/json', buffer: Buffer.from(contents) });
}

test('the annotations of a canvas sit on the image where they point, also turned and flipped', async ({ page }) => {
  const errors = collectPageErrors(page);
  const viewer = await openViewer(page, annotated);
  await expect(shape(viewer, 'mark')).toBeVisible();
  await expect(viewer.locator('[data-annotation-id]')).toHaveCount(6);
  await expectMarkAnnotationOnMark(viewer);
  await viewer.getByRole('button', { name: 'Rotate clockwise' }).click();
  await expectMarkAnnotationOnMark(viewer);
  await viewer.getByRole('button', { name: 'Image adjustments' }).click();
  await viewer.getByRole('button', { name: 'Flip horizontally' }).click();
  await expectMarkAnnotationOnMark(viewer);
  expect(errors).toEqual([]);
});

test('the panel lists the annotations with what was skipped and why; hover highlights both ways; a row zooms to its annotation', async ({ page }) => {
  const viewer = await openViewer(page, annotated);
  await openPanel(viewer);
  await expect(viewer.locator('[part="count"]')).toHaveText(/6 of 6\s*\(3 could not be shown: 2 script in the body, 1 on another canvas\)/);
  await expect(row(viewer, 'The red mark')).toBeVisible();

  const mark = (await shape(viewer, 'mark').boundingBox())!;
  await page.mouse.move(mark.x + mark.width * 0.2, mark.y + mark.height * 0.2);
  await expect(row(viewer, 'The red mark')).toHaveAttribute('aria-current', 'true');

  await row(viewer, 'A triangle of paper').hover();
  await expect(row(viewer, 'The red mark')).toHaveAttribute('aria-current', 'false');
  await expect.poll(() => shape(viewer, 'polygon').evaluate((element) => getComputedStyle(element).stroke)).toBe('rgb(255, 191, 0)');
  const surface = viewer.locator('[part="surface"]');
  expect((await findColour(await surface.screenshot(), highlight, 30)).count).toBeGreaterThan(50);

  await row(viewer, 'The red mark').click();
  const view = (await surface.boundingBox())!;
  await expect
    .poll(async () => {
      const box = (await shape(viewer, 'mark').boundingBox())!;
      return Math.max(box.width / view.width, box.height / view.height);
    }, { timeout: 15_000 })
    .toBeGreaterThan(0.8);
  const zoomed = (await shape(viewer, 'mark').boundingBox())!;
  expect(Math.abs(zoomed.x + zoomed.width / 2 - (view.x + view.width / 2))).toBeLessThan(view.width * 0.05);

  await viewer.getByRole('checkbox', { name: 'Show on the image' }).uncheck();
  await expect(shape(viewer, 'mark')).toBeHidden();
  await viewer.getByRole('checkbox', { name: 'Show on the image' }).check();
  await expect(shape(viewer, 'mark')).toBeVisible();
});

test('activating an annotation shows every body: text in the reader\'s language, sanitised HTML, an image thumbnail and a link', async ({ page }) => {
  const viewer = await openViewer(page, annotated);
  await openPanel(viewer);
  const bodies = viewer.locator('[part="bodies"]');
  await expect(bodies).toHaveCount(0);
  await row(viewer, 'A triangle of paper').click();
  await expect(bodies.locator('p').first()).toHaveText('A triangle of paper');
  await expect(bodies.locator('b')).toHaveText('in ink');
  await expect(bodies.getByRole('link', { name: 'about ink' })).toHaveAttribute('href', 'https://example.org/ink');
  const image = bodies.locator('[part="body-image"]');
  await expect(image).toHaveAttribute('src', /\/fixtures\/images\/page-02\/page\.jpg$/);
  await expect.poll(() => image.evaluate((element: HTMLImageElement) => element.complete && element.naturalWidth)).toBeGreaterThan(0);
  expect((await image.boundingBox())!.height).toBeLessThanOrEqual(200);
  const link = bodies.locator('[part="body-link"]');
  await expect(link).toHaveText('https://example.org/paper');
  await expect(link).toHaveAttribute('target', '_blank');
  await expect(link).toHaveAttribute('rel', 'noopener noreferrer');

  await row(viewer, 'The red mark').click();
  await expect(bodies.locator('p').first()).toHaveText('The red mark');
  await expect(bodies).not.toContainText('La marque rouge');
});

test.describe('a French reader', () => {
  test.use({ locale: 'fr-FR' });
  test('reads the French one of texts given in English and French', async ({ page }) => {
    const viewer = await openViewer(page, annotated);
    await openPanel(viewer);
    await expect(row(viewer, 'La marque rouge')).toBeVisible();
    await expect(row(viewer, 'La marque rouge')).not.toContainText('The red mark');
  });
});

test('an XSS payload in an annotation body does not run', async ({ page }) => {
  const dialogs: string[] = [];
  page.on('dialog', (dialog) => {
    dialogs.push(dialog.message());
    void dialog.dismiss();
  });
  const viewer = await openViewer(page, annotated);
  await openPanel(viewer);
  await expect(row(viewer, 'Hostile text')).toContainText('onerror');
  await row(viewer, 'Hostile text').click();
  await expect(viewer.locator('[part="bodies"]')).toContainText('onerror');
  await expect(viewer.locator('[part="bodies"] img')).toHaveCount(0);
  await row(viewer, 'Hostile text').hover();
  await page.waitForTimeout(500);
  expect(await page.evaluate((flag) => (window as unknown as Record<string, unknown>)[flag], XSS_FLAG)).toBeUndefined();
  expect(dialogs).toEqual([]);
});

test('export then import into a viewer of the plain manifest gives the same annotations back; a broken file changes nothing and says why', async ({ page }) => {
  const viewer = await openViewer(page, annotated);
  await openPanel(viewer);
  await viewer.getByText('Sources').click();
  const exported = await exportFile(page, viewer);
  expect(exported.items.map((item) => item.id.split('/').at(-1))).toEqual(['mark', 'tab', 'line', 'point', 'polygon', 'hostile', 'handler', 'script']);

  await importFile(viewer, 'not json');
  await expect(viewer.locator('[part="notice"]')).toHaveText('Nothing was imported: the file is not JSON.');
  await importFile(viewer, JSON.stringify({ type: 'AnnotationPage', items: [exported.items[0], { type: 'Annotation', id: 'x' }] }));
  await expect(viewer.locator('[part="notice"]')).toHaveText('Nothing was imported: item 2 does not target a canvas.');
  await expect(viewer.locator('[part="count"]')).toContainText('6 of 6');

  const other = await openViewer(page, plain);
  await openPanel(other);
  await expect(other.locator('[part="count"]')).toContainText('0 of 0');
  await other.getByText('Sources').click();
  await importFile(other, JSON.stringify(exported));
  await expect(other.locator('[part="notice"]')).toHaveText('Imported 8 annotations.');
  const byId = (file: { items: { id: string }[] }) => ({ ...file, items: [...file.items].sort((a, b) => a.id.localeCompare(b.id)) });
  expect(byId(await exportFile(page, other))).toEqual(byId(exported));
});

test('an annotation page added from a URL shows its annotations of this canvas, and a bad URL says what is wrong', async ({ page, baseURL }) => {
  const viewer = await openViewer(page, plain);
  const canvasId = `${baseURL}/fixtures/manifests/single/canvas/1`;
  await page.route('**/extra/annotations.json', (route) =>
    route.fulfill({
      contentType: 'application/json',
      body: JSON.stringify({
        type: 'AnnotationPage',
        items: [
          { id: 'https://example.org/added/1', type: 'Annotation', motivation: 'commenting', body: { type: 'TextualBody', value: 'Added from a URL' }, target: `${canvasId}#xywh=100,100,400,300` },
          { id: 'https://example.org/added/2', type: 'Annotation', motivation: 'commenting', body: { type: 'TextualBody', value: 'Elsewhere' }, target: `${canvasId}-other#xywh=1,1,1,1` },
        ],
      }),
    }),
  );
  await openPanel(viewer);
  await viewer.getByText('Sources').click();
  const field = viewer.getByRole('textbox', { name: 'Annotation page URL' });
  const add = async (url: string, message: string) => {
    await field.fill(url);
    await viewer.getByRole('button', { name: 'Add', exact: true }).click();
    await expect(viewer.locator('[part="notice"]')).toHaveText(message);
  };
  await add(`${baseURL}/fixtures/status/404`, 'The annotation page could not be loaded (HTTP 404).');
  await add(`${baseURL}/fixtures/bad/not-json.json`, 'The file at that address is not JSON.');
  await add(`${baseURL}${plain}`, 'That JSON is not an annotation page.');
  await expect(viewer.locator('[part="count"]')).toHaveText('0 of 0');
  await add(`${baseURL}/extra/annotations.json`, 'Added: 1 annotation on this canvas.');
  await expect(viewer.locator('[part="count"]')).toHaveText('1 of 1');
  await expect(viewer.locator('[data-annotation-id="https://example.org/added/1"]')).toBeVisible();
});

test('the annotations code loads only once a canvas has annotations or the panel opens', async ({ page }) => {
  const requested: string[] = [];
  page.on('request', (request) => requested.push(request.url()));
  const viewer = await openViewer(page, plain);
  const annotationsCode = () => requested.filter((url) => url.includes('/packages/annotations/src/'));
  expect(annotationsCode()).toEqual([]);
  await openPanel(viewer);
  await expect.poll(() => annotationsCode().length).toBeGreaterThan(0);
});

test('a large set drawn on the canvas layer answers hover both ways and clicks, and the image still pans and zooms, with the editor loaded', async ({ page }) => {
  const viewer = await openViewer(page, '/fixtures/manifests/annotated-2000.json');
  await expect(viewer.locator('canvas[data-annotation-count]')).toHaveAttribute('data-annotation-count', '2006');
  await openPanel(viewer);
  await expect(viewer.locator('canvas.a9s-gl-canvas'), "the editor's layer lies over the image").toBeAttached();
  const cell = shape(viewer, 'grid-0');
  await expect(cell).toHaveCount(0);
  await viewer.getByRole('searchbox', { name: 'Search the annotations' }).fill('Cell 0');
  await expect(viewer.locator('[part="count"]')).toContainText('1 of 2,006');

  await row(viewer, 'Cell 0').hover();
  await expect.poll(() => cell.evaluate((element) => getComputedStyle(element).stroke)).toBe('rgb(255, 191, 0)');
  const box = (await cell.boundingBox())!;
  await page.mouse.move(box.x + box.width * 2, box.y + box.height * 2);
  await expect(cell).toHaveCount(0);
  await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
  await expect(row(viewer, 'Cell 0')).toHaveAttribute('aria-current', 'true');
  await expect(cell).toHaveCount(1);

  const surface = viewer.locator('[part="surface"]');
  await page.mouse.wheel(0, -400);
  await page.waitForTimeout(300);
  await page.mouse.wheel(0, -400);
  await expect.poll(async () => (await cell.boundingBox())!.width, { timeout: 10_000 }).toBeGreaterThan(box.width * 1.3);
  const zoomed = (await cell.boundingBox())!;
  const centre = (await surface.boundingBox())!;
  await page.mouse.move(centre.x + centre.width / 2, centre.y + centre.height / 2);
  await page.mouse.down();
  await page.mouse.move(centre.x + centre.width / 2 + 150, centre.y + centre.height / 2 + 100, { steps: 8 });
  await page.mouse.up();
  await row(viewer, 'Cell 0').hover();
  await expect.poll(async () => ((await cell.boundingBox())?.x ?? zoomed.x) - zoomed.x, { timeout: 10_000 }).toBeGreaterThan(100);

  const moved = (await cell.boundingBox())!;
  await page.mouse.click(moved.x + moved.width / 2, moved.y + moved.height / 2);
  await expect(viewer.locator('[part="bodies"]')).toContainText('Cell 0');
});
