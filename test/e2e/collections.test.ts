import { expect, test, type Page } from '@playwright/test';
import { mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { PAGES } from '../fixtures/pages.mjs';
import { cookbookDir, routeOffMachine } from '../support/cookbook.ts';
import { collectPageErrors, waitForDrawn } from './viewer-page.ts';

const screenshots = new URL('../results/screenshots/', import.meta.url).pathname;
mkdirSync(screenshots, { recursive: true });

const recipes = 'https://iiif.io/api/cookbook/recipe/';
const LIBRARY = 'https://collections.example/library.json';

/**
 * The cookbook's collection files off the machine, with their `{{ id.url }}` and `{{ id.path }}` ids filled in as the
 * cookbook site does, so that their items can be followed; and a library collection that nests two of them and the
 * demo's sample collection.
 */
async function serveCollections(page: Page, baseURL: string) {
  await routeOffMachine(page, baseURL, PAGES.map((fixture) => fixture.name));
  await page.route(`${recipes}**`, (route) => {
    const url = route.request().url();
    const body = readFileSync(join(cookbookDir, url.slice(recipes.length)), 'utf8')
      .replaceAll('{{ id.url }}', url)
      .replaceAll('{{ id.path }}', url.slice(0, url.lastIndexOf('/')));
    return route.fulfill({ contentType: 'application/json', headers: { 'access-control-allow-origin': '*' }, body });
  });
  const library = {
    '@context': 'http://iiif.io/api/presentation/3/context.json',
    id: LIBRARY,
    type: 'Collection',
    label: { en: ['A small library'] },
    summary: { en: ['Two cookbook collections and the Vellum samples, one level down.'] },
    items: [
      { id: `${recipes}0032-collection/collection.json`, type: 'Collection', label: { en: ['Winslow Homer (cookbook 0032)'] } },
      { id: `${recipes}0030-multi-volume/collection.json`, type: 'Collection', label: { en: ['A work in two volumes (cookbook 0030)'] } },
      { id: `${baseURL}/fixtures/collection.json`, type: 'Collection', label: { en: ['Vellum sample manifests'] } },
    ],
  };
  await page.route(LIBRARY, (route) => route.fulfill({ contentType: 'application/json', headers: { 'access-control-allow-origin': '*' }, body: JSON.stringify(library) }));
}

async function openInDemo(page: Page, manifest: string) {
  await page.setViewportSize({ width: 1280, height: 900 });
  await page.goto(`/?manifest=${encodeURIComponent(manifest)}`);
  const viewer = page.locator('#main-viewer');
  await viewer.scrollIntoViewIfNeeded();
  return viewer;
}

test('a collection opens in a browser; its manifest opens in the viewer, with a way back (cookbook 0032)', async ({ page, baseURL }) => {
  const errors = collectPageErrors(page);
  await serveCollections(page, baseURL!);
  const viewer = await openInDemo(page, `${recipes}0032-collection/collection.json`);
  const browser = viewer.locator('vellum-collection-browser');
  await expect(browser.getByRole('heading', { name: 'Simple Collection Example' })).toBeVisible();
  await expect(page.locator('#status')).toHaveText(/^Loaded the collection .*: pick a manifest$/);
  const items = browser.getByRole('list', { name: 'Items of Simple Collection Example' }).getByRole('button');
  await expect(items).toHaveText([/The Gulf Stream/, /Northeaster/]);

  await items.first().focus();
  await page.keyboard.press('ArrowDown');
  await expect(items.nth(1)).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(viewer.locator('[part="title"]')).toHaveText('Northeaster');
  await expect(browser).toBeHidden();
  await waitForDrawn(viewer);

  const back = viewer.getByRole('button', { name: 'Back to the collection' });
  await expect(back).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(browser.getByRole('heading', { name: 'Simple Collection Example' })).toBeVisible();
  await items.first().click();
  await expect(viewer.locator('[part="title"]')).toHaveText('The Gulf Stream');
  expect(errors).toEqual([]);
});

test('nested collections are entered and left by keyboard, and a multi-volume work moves between volumes (cookbook 0030)', async ({ page, baseURL }) => {
  const errors = collectPageErrors(page);
  await serveCollections(page, baseURL!);
  const viewer = await openInDemo(page, LIBRARY);
  const browser = viewer.locator('vellum-collection-browser');
  const heading = browser.getByRole('heading', { level: 2 });
  await expect(heading).toHaveText('A small library');

  await browser.getByRole('button', { name: /Vellum sample manifests/ }).focus();
  await page.keyboard.press('Enter');
  await expect(heading).toHaveText('Vellum sample manifests');
  await expect(heading).toBeFocused();
  const path = browser.getByRole('navigation', { name: 'Collection path' });
  await expect(path.getByRole('listitem')).toHaveText(['A small library', 'Vellum sample manifests']);
  await expect(browser.getByRole('button', { name: 'The Vellum Test Book Manifest' })).toBeVisible();
  await viewer.screenshot({ path: `${screenshots}collection-browser.png` });

  await page.keyboard.press('Escape');
  await expect(heading).toHaveText('A small library');
  await expect(browser.getByRole('button', { name: /Vellum sample manifests/ })).toBeFocused();
  await page.keyboard.press('ArrowUp');
  await page.keyboard.press('Enter');
  await expect(heading).toHaveText('青楼絵本年中行事 [Seirō ehon nenjū gyōji]');
  await browser.getByRole('button', { name: /Vol\. 1/ }).click();
  await expect(viewer.locator('[part="title"]')).toContainText('巻 1');
  await waitForDrawn(viewer);

  const volume = viewer.getByRole('combobox', { name: 'Volume' });
  await expect(volume.locator('option')).toHaveText(['巻 1 [Vol. 1]', '巻 2 [Vol. 2]']);
  await volume.selectOption({ label: '巻 2 [Vol. 2]' });
  await expect(viewer.locator('[part="title"]')).toContainText('巻 2');
  await waitForDrawn(viewer);

  await viewer.getByRole('button', { name: 'Back to the collection' }).click();
  await expect(heading).toHaveText('青楼絵本年中行事 [Seirō ehon nenjū gyōji]');
  await browser.getByRole('button', { name: 'Up to A small library' }).click();
  await expect(heading).toHaveText('A small library');
  expect(errors).toEqual([]);
});
