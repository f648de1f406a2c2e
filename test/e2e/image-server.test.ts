import { expect, test } from '@playwright/test';
import sharp from 'sharp';
import { MARK_RECT, MARK_RGB, PAPER_RGB, pageByName } from '../fixtures/pages.mjs';
import { startImageServer, type ImageServer } from '../support/iip-server.ts';
import { collectPageErrors, expectColourOnScreen, waitForDrawn } from './viewer-page.ts';

const page05 = pageByName('page-05');
const manifestUrl = 'http://vellum.test/iipsrv/manifest.json';
let server: ImageServer;

test.beforeAll(async () => {
  server = await startImageServer();
  await sharp(new URL(`../fixtures/generated/images/${page05.name}/page.jpg`, import.meta.url).pathname)
    .tiff({ tile: true, pyramid: true, compression: 'jpeg', tileWidth: 256, tileHeight: 256 })
    .toFile(`${server.imageDir}/page-05.tif`);
});

test.afterAll(async () => server?.stop());

function manifestFor(serviceId: string) {
  return {
    '@context': 'http://iiif.io/api/presentation/3/context.json',
    id: manifestUrl,
    type: 'Manifest',
    label: { en: ['Served by iipsrv'] },
    items: [
      {
        id: `${manifestUrl}/canvas/1`,
        type: 'Canvas',
        width: page05.width,
        height: page05.height,
        items: [
          {
            id: `${manifestUrl}/page/1`,
            type: 'AnnotationPage',
            items: [
              {
                id: `${manifestUrl}/annotation/1`,
                type: 'Annotation',
                motivation: 'painting',
                target: `${manifestUrl}/canvas/1`,
                body: {
                  id: `${serviceId}/full/max/0/default.jpg`,
                  type: 'Image',
                  format: 'image/jpeg',
                  service: [{ '@id': serviceId, '@type': 'ImageService2', profile: 'http://iiif.io/api/image/2/level1.json' }],
                },
              },
            ],
          },
        ],
      },
    ],
  };
}

test('a manifest whose Image API 2 service is iipimage-server renders its tiles', async ({ page }) => {
  const errors = collectPageErrors(page);
  const serviceId = `${server.baseUrl}/page-05.tif`;
  const tileRequests: string[] = [];
  page.on('requestfinished', (request) => {
    if (request.url().startsWith(serviceId) && !request.url().endsWith('info.json')) tileRequests.push(request.url());
  });
  await page.route(manifestUrl, (route) =>
    route.fulfill({ json: manifestFor(serviceId), headers: { 'access-control-allow-origin': '*' } }),
  );

  await page.goto(`/?manifest=${encodeURIComponent(manifestUrl)}`);
  const viewer = page.locator('#main-viewer');
  await expect(viewer.locator('[part="title"]')).toHaveText('Served by iipsrv');
  await waitForDrawn(viewer);
  const surface = viewer.locator('[part="surface"]');
  const paper = await expectColourOnScreen(surface, PAPER_RGB, 20_000, 6);
  const mark = await expectColourOnScreen(surface, MARK_RGB, 2_000);
  expect((mark.left - paper.left) / (paper.right - paper.left)).toBeCloseTo(MARK_RECT.x, 1);
  expect(tileRequests.length).toBeGreaterThan(0);
  expect(tileRequests.every((url) => /\/\d+,\d+,\d+,\d+\/\d*,\d*\/0\/default\.jpg$/.test(url) || url.includes('/full/'))).toBe(true);
  expect(errors).toEqual([]);
});
