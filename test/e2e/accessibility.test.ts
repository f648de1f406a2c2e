import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Locator, type Page } from '@playwright/test';
import { PAGES } from '../fixtures/pages.mjs';
import { routeOffMachine } from '../support/cookbook.ts';
import { collectPageErrors, waitForDrawn } from './viewer-page.ts';

/**
 * Every axe rule that is not experimental (WCAG 2.0 to 2.2 A and AA, and best practices), and WCAG 2.2's target
 * size, which axe leaves off by default, finds nothing in this state.
 */
async function expectNoViolations(page: Page, state: string) {
  const { violations } = await new AxeBuilder({ page }).options({ rules: { 'target-size': { enabled: true } } }).analyze();
  const found = violations.map(({ id, nodes }) => `${state}: ${id} at ${nodes.map((node) => node.target.join(' > ')).join(', ')}`);
  expect(found).toEqual([]);
}

async function openViewer(page: Page, query = ''): Promise<Locator> {
  await page.setViewportSize({ width: 1280, height: 1000 });
  await page.goto(`/${query}`);
  const viewer = page.locator('#main-viewer');
  await waitForDrawn(viewer);
  return viewer;
}

async function chooseView(viewer: Locator, name: string) {
  await viewer.getByRole('button', { name: 'View', exact: true }).click();
  await viewer.getByRole('menuitemradio', { name }).click();
}

// Each axe run takes a few seconds, and a state is a run.
test.describe.configure({ timeout: 120_000 });

test('the viewer in every view mode, and its view menu, has no axe violations', async ({ page }) => {
  const errors = collectPageErrors(page);
  const viewer = await openViewer(page);
  await expectNoViolations(page, 'detail');
  for (const view of ['Book', 'Gallery', 'Medium resolution', 'Continuous']) {
    await chooseView(viewer, view);
    await expectNoViolations(page, view);
  }
  await viewer.getByRole('button', { name: 'View', exact: true }).click();
  await expectNoViolations(page, 'the view menu');
  expect(errors).toEqual([]);
});

test('the viewer with every panel, menu and dialog open, and the editor, has no axe violations', async ({ page }) => {
  const errors = collectPageErrors(page);
  const viewer = await openViewer(page);
  await chooseView(viewer, 'Single page');
  for (const panel of ['Information', 'Image adjustments', 'Annotations']) {
    await viewer.getByRole('button', { name: panel, exact: true }).click();
    await expectNoViolations(page, panel);
  }
  await expect(viewer.getByRole('toolbar', { name: 'Annotation tools' })).toBeVisible({ timeout: 20_000 });
  await viewer.getByRole('button', { name: 'Add a rectangle in the view' }).click();
  await expect(viewer.getByRole('spinbutton', { name: 'Left' })).toBeFocused();
  await expectNoViolations(page, 'the editor with a rectangle selected');

  for (const menu of ['Export', 'Keyboard shortcuts']) {
    await viewer.getByRole('button', { name: menu, exact: true }).click();
    await expectNoViolations(page, menu);
    await page.keyboard.press('Escape');
  }
  expect(errors).toEqual([]);
});

test('the search panel with its results, in English and in Arabic, has no axe violations, and the keys reach every result', async ({ page }) => {
  const errors = collectPageErrors(page);
  for (const [language, buttonName] of [['en', 'Search the text'], ['ar', 'البحث في النص']]) {
    const viewer = await openViewer(page, `?language=${language}&manifest=${encodeURIComponent('/fixtures/manifests/searchable.json')}`);
    await viewer.getByRole('button', { name: buttonName, exact: true }).click();
    await viewer.getByRole('combobox').fill('machine');
    await page.keyboard.press('Enter');
    await expect(viewer.locator('vellum-search-panel [part="hit"]')).toHaveCount(10);
    await expectNoViolations(page, `search results (${language})`);
  }
  await page.keyboard.press('Tab');
  await page.keyboard.press('Tab');
  await page.keyboard.press('Enter');
  await expect(page.locator('#main-viewer vellum-search-panel [part="hit"][aria-current="true"]')).toHaveCount(1);
  expect(errors).toEqual([]);
});

test('contents, layers and a collection have no axe violations', async ({ page, baseURL }) => {
  await routeOffMachine(page, baseURL!, PAGES.map((p) => p.name));
  let viewer = await openViewer(page, `?manifest=${encodeURIComponent('https://iiif.io/api/cookbook/recipe/0024-book-4-toc/manifest.json')}`);
  await viewer.getByRole('button', { name: 'Contents' }).click();
  await expectNoViolations(page, 'contents');
  viewer = await openViewer(page, `?manifest=${encodeURIComponent('https://iiif.io/api/cookbook/recipe/0033-choice/manifest.json')}`);
  await viewer.getByRole('button', { name: 'Layers' }).click();
  await expectNoViolations(page, 'layers');
  await page.goto(`/?manifest=${encodeURIComponent('/fixtures/collection.json')}`);
  await expect(page.locator('#main-viewer vellum-collection-browser')).toBeVisible();
  await expectNoViolations(page, 'a collection');
});

test('the viewer and the workspace in dark mode are dark, with every panel open, and have no axe violations', async ({ page }) => {
  await page.emulateMedia({ colorScheme: 'dark' });
  const viewer = await openViewer(page);
  await chooseView(viewer, 'Single page');
  for (const panel of ['Information', 'Image adjustments', 'Annotations']) await viewer.getByRole('button', { name: panel, exact: true }).click();
  await expect(viewer.getByRole('toolbar', { name: 'Annotation tools' })).toBeVisible({ timeout: 20_000 });
  const background = await viewer.locator('vellum-info-panel').evaluate((panel) => getComputedStyle(panel).backgroundColor);
  expect(background).toBe('rgb(30, 30, 30)');
  await expectNoViolations(page, 'the dark viewer');
  await page.goto('/workspace.html');
  await page.evaluate(() => document.querySelector('vellum-workspace')!.open(new URL('/fixtures/manifests/book.json', location.href).href));
  await expect(page.locator('vellum-workspace vellum-deep-zoom')).toHaveAttribute('status', 'settled', { timeout: 30_000 });
  await expectNoViolations(page, 'the dark workspace');
});

test('an error, a right-to-left reader and forced colours have no axe violations', async ({ page }) => {
  const viewer = await openViewer(page);
  await page.getByRole('button', { name: 'Open HTTP 500' }).click();
  await expect(viewer.locator('[role="alert"]')).toBeVisible();
  await expectNoViolations(page, 'an HTTP 500');

  const arabic = await openViewer(page, '?language=ar');
  await expect(arabic).toHaveAttribute('dir', 'rtl');
  await expectNoViolations(page, 'Arabic');

  await page.emulateMedia({ forcedColors: 'active' });
  await openViewer(page);
  await expectNoViolations(page, 'forced colours');
});

test('the workspace with four windows, two of them linked, has no axe violations', async ({ page }) => {
  const errors = collectPageErrors(page);
  await page.setViewportSize({ width: 1400, height: 1000 });
  await page.goto('/workspace.html');
  await expectNoViolations(page, 'the empty workspace');
  const workspace = page.locator('vellum-workspace');
  await page.evaluate(() => {
    const target = document.querySelector('vellum-workspace')!;
    for (const n of [1, 2, 3, 4]) target.open({ manifestUrl: '/fixtures/manifests/book.json', canvasId: `${location.origin}/fixtures/manifests/book/canvas/${n}` });
  });
  const surfaces = workspace.locator('vellum-deep-zoom');
  await expect(surfaces).toHaveCount(4);
  for (const surface of await surfaces.all()) await expect(surface).toHaveAttribute('status', 'settled', { timeout: 30_000 });
  const links = workspace.getByRole('button', { name: 'Link to sync group' });
  await links.nth(0).click();
  await links.nth(1).click();
  await expect(workspace.getByRole('button', { name: 'Unlink from sync group' })).toHaveCount(2);
  await expectNoViolations(page, 'four windows, two linked');
  for (const tile of ['Window 1', 'Window 2']) await workspace.getByRole('region', { name: tile }).getByRole('button', { name: 'Information' }).click();
  await expectNoViolations(page, 'two windows with their information open');
  await workspace.getByRole('button', { name: 'Share this view' }).first().click();
  await expectNoViolations(page, 'the share menu');
  expect(errors).toEqual([]);
});
