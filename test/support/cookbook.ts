import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { Page, Route } from '@playwright/test';

export const cookbookDir = resolve(import.meta.dirname, '../../../shared/corpora/cookbook');
const recipePrefix = '/api/cookbook/recipe/';
const imagePrefix = '/api/image/3.0/example/reference/';

export interface CookbookManifest {
  recipe: string;
  url: string;
}

/** Every Manifest file of the recipes whose topics include one of `topics`. */
export function cookbookManifests(topics: readonly string[]): CookbookManifest[] {
  if (!existsSync(cookbookDir)) return [];
  const rows = readFileSync(join(cookbookDir, 'RECIPES.tsv'), 'utf8').trim().split('\n').slice(1);
  return rows
    .map((row) => row.split('\t'))
    .filter(([, , recipeTopics]) => recipeTopics.split(',').some((topic) => topics.includes(topic)))
    .flatMap(([recipe]) =>
      readdirSync(join(cookbookDir, recipe))
        .filter((file) => file.endsWith('.json') && readJson(join(cookbookDir, recipe, file)).type === 'Manifest')
        .map((file) => ({ recipe: `${recipe}/${file}`, url: `https://iiif.io${recipePrefix}${recipe}/${file}` })),
    );
}

/**
 * Keeps the recipes off the internet: recipe files come from the corpus, every example image
 * service becomes one of the generated fixture tile sets (chosen by a stable hash of its name),
 * any other image file becomes a fixture page, and everything else off this machine is a 404.
 */
export async function routeOffMachine(page: Page, fixturesOrigin: string, pageNames: readonly string[]): Promise<void> {
  const local = new URL(fixturesOrigin).host;
  await page.route(
    (url) => url.host !== local,
    async (route) => {
      const url = new URL(route.request().url());
      if (url.host === 'iiif.io' && url.pathname.startsWith(recipePrefix)) return fulfilRecipeFile(route, url.pathname.slice(recipePrefix.length));
      const fixturePage = fixturePageFor(url.href, pageNames);
      if (url.host === 'iiif.io' && url.pathname.startsWith(imagePrefix)) return fulfilImage(route, url.pathname.slice(imagePrefix.length), `${fixturesOrigin}/fixtures/images/${fixturePage}/iiif3`);
      if (imageFile.test(url.pathname)) return fulfilFixture(route, `${fixturesOrigin}/fixtures/images/${fixturePage}/page.jpg`);
      return route.fulfill({ status: 404, headers: cors, body: 'not routed' });
    },
  );
}

const imageFile = /\.(jpe?g|png|gif|tiff?|webp)$/i;

const cors = { 'access-control-allow-origin': '*' };

function fulfilRecipeFile(route: Route, relativePath: string) {
  const file = join(cookbookDir, relativePath);
  if (!file.startsWith(cookbookDir) || !existsSync(file)) return route.fulfill({ status: 404, headers: cors, body: 'no such recipe file' });
  return route.fulfill({ status: 200, headers: cors, contentType: 'application/json', body: readFileSync(file) });
}

async function fulfilFixture(route: Route, fixtureUrl: string) {
  const response = await fetch(fixtureUrl);
  if (!response.ok) return route.fulfill({ status: response.status, headers: cors, body: 'not found' });
  return route.fulfill({ status: 200, headers: cors, contentType: 'image/jpeg', body: Buffer.from(await response.arrayBuffer()) });
}

/** The fixture page routeOffMachine serves for an image or image service off this machine: a stable hash of its name. */
export function fixturePageFor(url: string, pageNames: readonly string[]): string {
  const { host, pathname } = new URL(url);
  const key = host === 'iiif.io' && pathname.startsWith(imagePrefix) ? pathname.slice(imagePrefix.length).split('/')[0] : pathname;
  return pageNames[hash(key) % pageNames.length];
}

async function fulfilImage(route: Route, rest: string, tileSet: string) {
  const [reference, ...request] = rest.split('/');
  if (request.join('/') !== 'info.json') return fulfilFixture(route, `${tileSet}/${request.join('/')}`);
  const response = await fetch(`${tileSet}/info.json`);
  const info = await response.json();
  info.id = `https://iiif.io${imagePrefix}${reference}`;
  return route.fulfill({ status: 200, headers: cors, contentType: 'application/json', body: JSON.stringify(info) });
}

function readJson(file: string): { type?: string } {
  return JSON.parse(readFileSync(file, 'utf8'));
}

function hash(text: string): number {
  let value = 0;
  for (const char of text) value = (value * 31 + char.charCodeAt(0)) >>> 0;
  return value;
}
