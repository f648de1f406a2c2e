import { expect, test, type Page } from '@playwright/test';
import { collectPageErrors } from './viewer-page.ts';

const screenshots = new URL('../results/screenshots/', import.meta.url).pathname;

interface WindowView {
  canvasId: string | null;
  viewport: { x: number; y: number; width: number; height: number } | null;
}

const windowsOf = (page: Page) =>
  page.evaluate(() => {
    const workspace = document.querySelector('vellum-workspace')!;
    return workspace.store.state.windows as Record<string, WindowView>;
  });

const book = (path: string) => `http://127.0.0.1:5174/fixtures/manifests/book${path}`;

test.describe('the workspace demo', () => {
  test.use({ viewport: { width: 1400, height: 1000 } });

  test('opens a dragged IIIF icon, compares four pages with two linked, and copies a view as content state', async ({ page, context }) => {
    await context.grantPermissions(['clipboard-read', 'clipboard-write']);
    const errors = collectPageErrors(page);
    await page.goto('/workspace.html');
    const workspace = page.locator('vellum-workspace');
    await page.getByRole('link', { name: 'Book (IIIF icon link, manifest and canvas)' }).hover();
    await page.mouse.down();
    const drop = (await workspace.boundingBox())!;
    await page.mouse.move(drop.x + drop.width / 2, drop.y + 100, { steps: 8 });
    await page.mouse.up();
    await expect.poll(async () => Object.values(await windowsOf(page)).map((window) => window.canvasId)).toEqual([book('/canvas/3')]);

    await page.evaluate((pages) => {
      const target = document.querySelector('vellum-workspace')!;
      for (const canvasId of pages) target.open({ manifestUrl: canvasId.replace(/\/canvas\/\d+$/, '.json'), canvasId });
    }, [4, 5, 6].map((n) => book(`/canvas/${n}`)));
    const surfaces = workspace.locator('vellum-deep-zoom');
    await expect(surfaces).toHaveCount(4);
    for (const surface of await surfaces.all()) await expect(surface).toHaveAttribute('status', 'settled', { timeout: 30_000 });

    const tile = (id: string) => workspace.locator(`.tile[data-window-id="${id}"]`);
    await tile('window-1').getByRole('button', { name: 'Link to sync group' }).click();
    await tile('window-2').getByRole('button', { name: 'Link to sync group' }).click();
    await expect(workspace.locator('[part="linked-badge"]')).toHaveCount(2);

    const box = (await tile('window-1').locator('vellum-deep-zoom').boundingBox())!;
    await page.mouse.move(box.x + box.width * 0.6, box.y + box.height * 0.7);
    for (let turn = 0; turn < 4; turn++) await page.mouse.wheel(0, -200);
    await expect
      .poll(async () => {
        const windows = await windowsOf(page);
        const [a, b, c] = ['window-1', 'window-2', 'window-3'].map((id) => windows[id].viewport!);
        return { zoomed: a.width < c.width * 0.8, matching: Math.abs(a.x - b.x) + Math.abs(a.y - b.y) + Math.abs(a.width - b.width) < 1e-3 };
      })
      .toEqual({ zoomed: true, matching: true });
    await expect(tile('window-2').locator('vellum-deep-zoom')).toHaveAttribute('status', 'settled', { timeout: 30_000 });
    await page.waitForTimeout(1500); // the zoom animations end, so the picture shows where both views come to rest
    await workspace.screenshot({ path: `${screenshots}workspace-compare.png` });

    await tile('window-1').getByRole('button', { name: 'Share this view' }).click();
    await page.getByRole('menuitem', { name: 'Copy this view as content-state JSON' }).click();
    await expect(tile('window-1').locator('.hint')).toHaveText('Content state copied');
    const copied = JSON.parse(await page.evaluate(() => navigator.clipboard.readText()));
    const { viewport } = (await windowsOf(page))['window-1'];
    const { items } = await (await page.request.get(book('.json'))).json();
    const canvas = items.find((item: { id: string }) => item.id === book('/canvas/3'));
    // Only the part of the view on the canvas is shared: Media Fragments take no negative numbers.
    const [left, top] = [Math.max(0, viewport!.x), Math.max(0, viewport!.y)];
    const [right, bottom] = [Math.min(canvas.width, viewport!.x + viewport!.width), Math.min(canvas.height, viewport!.y + viewport!.height)];
    const region = [left, top, right - left, bottom - top].map(Math.round).join(',');
    expect(copied.target).toEqual({ id: `${book('/canvas/3')}#xywh=${region}`, type: 'Canvas', partOf: [{ id: book('.json'), type: 'Manifest' }] });
    expect(errors).toEqual([]);
  });
});
