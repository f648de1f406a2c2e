import { expect, test, type Page } from '@playwright/test';
import { collectPageErrors, waitForDrawn } from './viewer-page.ts';

/**
 * The accessible name of the focused element, looked for through shadow roots (its label, its text or its tag),
 * after the id of the page's element that holds it ("main-viewer: Next").
 */
function focusedName(page: Page): Promise<string> {
  return page.evaluate(() => {
    let focused = document.activeElement;
    const holder = focused?.id ?? '';
    while (focused?.shadowRoot?.activeElement) focused = focused.shadowRoot.activeElement;
    if (!focused || focused === document.body) return '';
    const label = (focused as HTMLInputElement).labels?.[0]?.textContent;
    return `${holder}: ${(focused.getAttribute('aria-label') ?? label ?? focused.textContent ?? focused.tagName).trim()}`;
  });
}

/** Presses Tab (or Shift+Tab) until the element of that name, in the page's element `holder`, has the focus, as a keyboard user would. */
async function tabTo(page: Page, holder: string, name: string | RegExp, key: 'Tab' | 'Shift+Tab' = 'Tab') {
  const seen: string[] = [];
  const wanted = typeof name === 'string' ? (focused: string) => focused === `${holder}: ${name}` : (focused: string) => focused.startsWith(`${holder}: `) && name.test(focused.slice(holder.length + 2));
  for (let presses = 0; presses < 150; presses++) {
    await page.keyboard.press(key);
    const focused = await focusedName(page);
    if (wanted(focused)) return;
    seen.push(focused);
  }
  throw new Error(`${key} never reached ${name}; it went through ${seen.slice(-20).join(' | ')}`);
}

async function expectFocusOn(page: Page, holder: string, name: string) {
  await expect.poll(() => focusedName(page)).toBe(`${holder}: ${name}`);
}

async function typeInto(page: Page, value: string) {
  await page.keyboard.press('ControlOrMeta+A');
  await page.keyboard.type(value);
}

test('the viewer by keyboard alone: pages, zoom, views, panels and dialogs with the focus returned, and a rectangle annotation drawn and saved', async ({ page }) => {
  const errors = collectPageErrors(page);
  await page.setViewportSize({ width: 1280, height: 1100 });
  await page.goto('/');
  const viewer = page.locator('#main-viewer');
  await waitForDrawn(viewer);
  const position = viewer.locator('[part="position"]');

  await tabTo(page, 'main-viewer', /^Image: /);
  await page.keyboard.press('End');
  await expect(position).toHaveText('14 of 14');
  await page.keyboard.press('Home');
  await expect(position).toHaveText('1 of 14');
  await page.keyboard.press('ArrowRight');
  await expect(position).toHaveText('2–3 of 14');
  await waitForDrawn(viewer);
  await page.keyboard.press('+');
  await expect(viewer.locator('vellum-deep-zoom .visually-hidden')).toHaveText(/^Zoom \d+%$/);

  await tabTo(page, 'main-viewer', 'View');
  await page.keyboard.press('Enter');
  await page.keyboard.press('Home');
  await expectFocusOn(page, 'main-viewer', 'Single page');
  await page.keyboard.press('Enter');
  await expectFocusOn(page, 'main-viewer', 'View');
  await expect(position).toHaveText('2 of 14');

  await tabTo(page, 'main-viewer', 'Information');
  await page.keyboard.press('Enter');
  await expect(viewer.locator('vellum-info-panel')).toBeVisible();
  await tabTo(page, 'main-viewer', 'Close information');
  await page.keyboard.press('Enter');
  await expect(viewer.locator('vellum-info-panel')).toHaveCount(0);
  await expectFocusOn(page, 'main-viewer', 'Information');

  await tabTo(page, 'main-viewer', 'Keyboard shortcuts');
  await page.keyboard.press('Enter');
  await expect(viewer.getByRole('dialog', { name: 'Keyboard shortcuts' })).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(viewer.getByRole('dialog')).toHaveCount(0);
  await expectFocusOn(page, 'main-viewer', 'Keyboard shortcuts');

  await tabTo(page, 'main-viewer', 'Annotations');
  await page.keyboard.press('Enter');
  await expect(viewer.getByRole('toolbar', { name: 'Annotation tools' })).toBeVisible({ timeout: 20_000 });
  await tabTo(page, 'main-viewer', 'Add a rectangle in the view');
  await page.keyboard.press('Enter');
  await expectFocusOn(page, 'main-viewer', 'Left');
  for (const value of ['100', '200', '300', '400']) {
    await typeInto(page, value);
    await page.keyboard.press('Tab');
  }
  await expectFocusOn(page, 'main-viewer', 'Comment');
  await page.keyboard.type('Drawn with the keyboard');
  const rotationOf = () => viewer.evaluate((element: HTMLElement & { store: { state: { windows: Record<string, { rotation: number }> } } }) => Object.values(element.store.state.windows)[0].rotation);
  expect(await rotationOf(), "the r typed in the comment is a letter, not the rotate shortcut").toBe(0);
  await tabTo(page, 'main-viewer', 'Save');
  await page.keyboard.press('Enter');
  await expect(viewer.locator('[part="status"]')).toHaveText('Saved');
  await expect(viewer.locator('vellum-annotations-panel [part="row"]')).toContainText('Drawn with the keyboard');
  const stored = await page.evaluate(
    () =>
      new Promise<{ target: { selector: { value: string } } }[]>((resolve) => {
        indexedDB.open('vellum-annotations').onsuccess = (event) => {
          const read = (event.target as IDBOpenDBRequest).result.transaction('annotations').objectStore('annotations').getAll();
          read.onsuccess = () => resolve(read.result.map((record: { annotation: never }) => record.annotation));
        };
      }),
  );
  expect(stored.map((annotation) => annotation.target.selector.value)).toEqual(['xywh=pixel:100,200,300,400']);
  expect(errors).toEqual([]);
});

test('the workspace by keyboard alone: windows opened, linked, resized, moved and closed, each announced', async ({ page }) => {
  const errors = collectPageErrors(page);
  await page.setViewportSize({ width: 1400, height: 1000 });
  await page.goto('/workspace.html');
  const workspace = page.locator('vellum-workspace');
  const announcement = workspace.locator('.workspace > .visually-hidden[role="status"]');
  const manifest = new URL('/fixtures/manifests/book.json', page.url()).href;

  for (const count of ['1 window open', '2 windows open']) {
    await tabTo(page, 'workspace', 'Manifest URL, collection URL or content state');
    await page.keyboard.type(manifest);
    await page.keyboard.press('Enter');
    await expect(announcement).toHaveText(`Window opened: The Vellum Test Book. ${count}.`);
  }
  const tiles = workspace.locator('.tile');
  await expect(tiles).toHaveCount(2);

  await tabTo(page, 'workspace', 'Link to sync group', 'Shift+Tab');
  await page.keyboard.press('Enter');
  await tabTo(page, 'workspace', 'Link to sync group', 'Shift+Tab');
  await page.keyboard.press('Enter');
  await expect(announcement).toHaveText('Linked (1)');
  await expect(workspace.getByRole('button', { name: 'Unlink from sync group' })).toHaveCount(2);

  const separator = workspace.getByRole('separator', { name: 'Resize windows' });
  await tabTo(page, 'workspace', 'Resize windows', 'Shift+Tab');
  await page.keyboard.press('ArrowRight');
  await page.keyboard.press('ArrowRight');
  await expect(separator).not.toHaveAttribute('aria-valuenow', '50');

  const order = () => tiles.evaluateAll((elements) => elements.map((element) => element.getAttribute('data-window-id')));
  const before = await order();
  await tabTo(page, 'workspace', 'Move window: arrow keys, or drag to another window or out of the page', 'Shift+Tab');
  await page.keyboard.press(before[0] === (await focusedTileId(page)) ? 'ArrowRight' : 'ArrowLeft');
  await expect.poll(order).toEqual([...before].reverse());

  await tabTo(page, 'workspace', 'Close window');
  await page.keyboard.press('Enter');
  await expect(announcement).toHaveText('Window closed: The Vellum Test Book. 1 window open.');
  await expect(tiles).toHaveCount(1);
  expect(errors).toEqual([]);
});

/** The window whose tile holds the focus. */
function focusedTileId(page: Page): Promise<string | null> {
  return page.evaluate(() => {
    const root = document.querySelector('vellum-workspace')!.shadowRoot!;
    return root.activeElement?.closest('.tile')?.getAttribute('data-window-id') ?? null;
  });
}
