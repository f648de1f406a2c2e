import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import { PAGES } from '../fixtures/pages.mjs';
import { cookbookDir, cookbookManifests, routeOffMachine } from '../support/cookbook.ts';
import { collectPageErrors } from './viewer-page.ts';

/** The recipes whose first canvas carries annotations Vellum draws, and how many. */
const drawn: Record<string, number> = {
  '0019-html-in-annotations': 1,
  '0021-tagging': 1,
  '0022-linking-with-a-hotspot': 1,
  '0045-css': 2,
  '0135-annotating-point-in-canvas': 1,
  '0261-non-rectangular-commenting': 1,
  '0266-full-canvas-annotation': 1,
  '0269-embedded-or-referenced-annotations': 1,
  '0346-multilingual-annotation-body': 1,
  '0377-image-in-annotation': 1,
};

/** Recipes filed under "basic" that carry annotations too. */
const basicWithAnnotations = ['0019-', '0045-', '0309-', '0377-'];
/** A time-based canvas, not drawn by the deep zoom. */
const timeBased = '0489-';

const recipes = [
  ...cookbookManifests(['annotation']).filter(({ recipe }) => !recipe.startsWith(timeBased)),
  ...cookbookManifests(['basic']).filter(({ recipe }) => basicWithAnnotations.some((prefix) => recipe.startsWith(prefix))),
];

const recipeBase = 'https://iiif.io/api/cookbook/recipe/';

/** Serves recipe files with their template ids filled in as the cookbook site does, so a referenced annotation page resolves. */
async function routeRecipeTemplates(page: Page): Promise<void> {
  await page.route(`${recipeBase}**`, (route) => {
    const path = route.request().url().slice(recipeBase.length);
    const file = join(cookbookDir, path);
    if (!file.startsWith(cookbookDir) || !existsSync(file)) return route.fulfill({ status: 404, body: 'no such recipe file' });
    const body = readFileSync(file, 'utf8').replaceAll('{{ id.url }}', `${recipeBase}${path}`).replaceAll('{{ id.path }}', `${recipeBase}${path.split('/')[0]}`);
    return route.fulfill({ status: 200, headers: { 'access-control-allow-origin': '*' }, contentType: 'application/json', body });
  });
}

if (recipes.length === 0) throw new Error(`No cookbook corpus at ${cookbookDir}: ../shared must sit beside the repository`);
test.setTimeout(300_000);

test('the cookbook annotation recipes draw their annotations over the image', async ({ page, baseURL }) => {
  const errors = collectPageErrors(page);
  await routeOffMachine(page, baseURL!, PAGES.map((fixture) => fixture.name));
  await routeRecipeTemplates(page);
  const counts = new Map<string, number>();
  for (const { recipe, url } of recipes) {
    await page.goto(`/?manifest=${encodeURIComponent(url)}`);
    const viewer = page.locator('#main-viewer');
    await expect(viewer.locator('vellum-deep-zoom')).toHaveAttribute('status', /^(settled|empty)$/, { timeout: 30_000 });
    const folder = recipe.split('/')[0];
    const shapes = viewer.locator('[data-annotation-id]');
    if (drawn[folder]) await expect(shapes, folder).toHaveCount(drawn[folder], { timeout: 10_000 });
    else await page.waitForTimeout(1_000);
    counts.set(recipe, await shapes.count());
    const surface = (await viewer.locator('[part="surface"]').boundingBox())!;
    for (const box of await Promise.all((await shapes.all()).map((shape) => shape.boundingBox()))) {
      expect(box, folder).not.toBeNull();
      const centre = { x: box!.x + box!.width / 2, y: box!.y + box!.height / 2 };
      expect(centre.x, folder).toBeGreaterThanOrEqual(surface.x);
      expect(centre.x, folder).toBeLessThanOrEqual(surface.x + surface.width);
      expect(centre.y, folder).toBeGreaterThanOrEqual(surface.y);
      expect(centre.y, folder).toBeLessThanOrEqual(surface.y + surface.height);
    }
  }
  console.log('Cookbook annotation recipes: annotations drawn on the first canvas');
  for (const [recipe, count] of counts) console.log(`  ${recipe.padEnd(60)} ${count}`);
  expect(Object.keys(drawn).every((folder) => [...counts.keys()].some((recipe) => recipe.startsWith(folder)))).toBe(true);
  expect(errors.map(String)).toEqual([]);
});
