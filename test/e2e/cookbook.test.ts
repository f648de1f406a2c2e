import { expect, test, type Page } from '@playwright/test';
import { PAGES } from '../fixtures/pages.mjs';
import { cookbookDir, cookbookManifests, routeOffMachine, type CookbookManifest } from '../support/cookbook.ts';
import { collectPageErrors } from './viewer-page.ts';

const imageRecipes = cookbookManifests(['image']);
const av = new Set(cookbookManifests(['AV']).map((recipe) => recipe.url));
const otherRecipes = cookbookManifests(['basic', 'structure', 'property', 'annotation']).filter(
  (other) => !av.has(other.url) && !imageRecipes.some((image) => image.url === other.url),
);
const pageNames = PAGES.map((page) => page.name);

if (imageRecipes.length === 0) throw new Error(`No cookbook corpus at ${cookbookDir}: ../shared must sit beside the repository`);

/** Opens a recipe in the demo and returns how its first canvas ended up: settled, empty or error. */
async function open(page: Page, baseURL: string, { url }: CookbookManifest): Promise<string> {
  await routeOffMachine(page, baseURL, pageNames);
  await page.goto(`/?manifest=${encodeURIComponent(url)}`);
  await expect(page.locator('#status')).toHaveText(/^(Loaded|Viewer:)/, { timeout: 30_000 });
  const deepZoom = page.locator('#main-viewer vellum-deep-zoom');
  const staticImage = page.locator('#main-viewer vellum-medium-image').first();
  if ((await deepZoom.count()) === 0 && (await staticImage.count()) === 1) {
    // A continuous manifest opens as a strip of static images, not in the deep zoom.
    await expect(staticImage).toHaveAttribute('status', 'loaded', { timeout: 30_000 });
    return 'settled';
  }
  if ((await deepZoom.count()) === 0) return 'manifest error';
  await expect(deepZoom).toHaveAttribute('status', /^(settled|empty|error)$/, { timeout: 30_000 });
  const status = (await deepZoom.getAttribute('status')) ?? 'unknown';
  return status === 'error' ? `error: ${await page.locator('#status').textContent()}` : status;
}

test.setTimeout(600_000);

test('the cookbook recipes open with no uncaught error, and every image recipe draws', async ({ page, baseURL }) => {
  const errors = collectPageErrors(page);
  const outcomes = new Map<CookbookManifest, string>();
  for (const recipe of [...imageRecipes, ...otherRecipes]) {
    const outcome = await open(page, baseURL!, recipe).catch((error: Error) => `timed out: ${error.message.split('\n')[0]}`);
    outcomes.set(recipe, outcome);
  }

  const report = (recipes: CookbookManifest[]) => recipes.filter((recipe) => outcomes.get(recipe) === 'settled').length;
  console.log(`Cookbook: ${report(imageRecipes)} of ${imageRecipes.length} image recipe manifests rendered`);
  console.log(`Cookbook: ${report(otherRecipes)} of ${otherRecipes.length} other non-AV recipe manifests rendered an image`);
  for (const [recipe, outcome] of outcomes) if (outcome !== 'settled') console.log(`  ${recipe.recipe}: ${outcome}`);

  for (const recipe of imageRecipes) {
    expect.soft(outcomes.get(recipe), recipe.recipe).toBe('settled');
  }
  expect(errors.map(String)).toEqual([]);
});
