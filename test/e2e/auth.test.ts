import { expect, test, type Locator, type Page } from '@playwright/test';
import sharp from 'sharp';
import { MARK_RGB, pageByName } from '../fixtures/pages.mjs';
import { PASSWORD, startAuthServer, SUBSTITUTE_PATH, type AuthServer } from '../support/auth-server.ts';
import { startImageServer, type ImageServer } from '../support/iip-server.ts';
import { collectPageErrors, expectColourOnScreen, waitForDrawn } from './viewer-page.ts';

const screenshots = new URL('../results/screenshots/', import.meta.url).pathname;
const page05 = pageByName('page-05');
const manifestUrl = 'http://vellum.test/restricted/manifest.json';
let auth: AuthServer;
/** iipsrv behind nginx: images need the login, info.json is open (for 2.0) or needs it too (for 1.0). */
let server: ImageServer;
let server1: ImageServer;

test.beforeAll(async () => {
  auth = await startAuthServer();
  server = await startImageServer({ authPort: auth.port });
  server1 = await startImageServer({ authPort: auth.port, protectInfo: true });
  const tiff = sharp(new URL(`../fixtures/generated/images/${page05.name}/page.jpg`, import.meta.url).pathname)
    .tiff({ tile: true, pyramid: true, compression: 'jpeg', tileWidth: 256, tileHeight: 256 });
  for (const { imageDir } of [server, server1]) await tiff.clone().toFile(`${imageDir}/page-05.tif`);
});

test.afterAll(async () => {
  await Promise.all([server?.stop(), server1?.stop()]);
  await auth?.stop();
});

const en = (text: string) => ({ en: [text] });

/** Authorization Flow 2.0: a probe on the image service, with a login, its token service and a logout. */
function probe2(origin: string) {
  return {
    id: `${origin}/auth/probe/page-05.tif`,
    type: 'AuthProbeService2',
    service: [{
      id: `${origin}/auth/login`,
      type: 'AuthAccessService2',
      profile: 'active',
      label: en('Reading room login'),
      heading: en('Please log in'),
      note: en('This manuscript is shown to readers of the library only.'),
      confirmLabel: en('Log in with your card'),
      service: [
        { id: `${origin}/auth/token`, type: 'AuthAccessTokenService2' },
        { id: `${origin}/auth/logout`, type: 'AuthLogoutService2', label: en('Leave the reading room') },
      ],
    }],
  };
}

/** Authentication 1.0: a login service on the image service, with its token service and a logout. */
function login1(origin: string) {
  return {
    '@context': 'http://iiif.io/api/auth/1/context.json',
    '@id': `${origin}/auth/login`,
    profile: 'http://iiif.io/api/auth/1/login',
    label: 'Reading room login',
    header: 'Please log in (1.0)',
    description: 'This manuscript is shown to readers of the library only.',
    confirmLabel: 'Log in with your card',
    failureHeader: 'Not logged in',
    service: [
      { '@id': `${origin}/auth/token1`, profile: 'http://iiif.io/api/auth/1/token' },
      { '@id': `${origin}/auth/logout`, profile: 'http://iiif.io/api/auth/1/logout', label: 'Leave the reading room' },
    ],
  };
}

/** A one-canvas manifest whose image, served by iipsrv behind nginx, needs a login of either version. */
function restrictedManifest(version: 1 | 2) {
  const imageServer = version === 2 ? server : server1;
  const serviceId = `${imageServer.baseUrl}/page-05.tif`;
  const origin = new URL(imageServer.baseUrl).origin;
  const authService = version === 2 ? probe2(origin) : login1(origin);
  const canvas = `${manifestUrl}/canvas/1`;
  return {
    '@context': 'http://iiif.io/api/presentation/3/context.json',
    id: manifestUrl,
    type: 'Manifest',
    label: en('A restricted manuscript'),
    items: [{
      id: canvas,
      type: 'Canvas',
      width: page05.width,
      height: page05.height,
      items: [{
        id: `${manifestUrl}/page/1`,
        type: 'AnnotationPage',
        items: [{
          id: `${manifestUrl}/annotation/1`,
          type: 'Annotation',
          motivation: 'painting',
          target: canvas,
          body: {
            id: `${serviceId}/full/max/0/default.jpg`,
            type: 'Image',
            format: 'image/jpeg',
            service: [{ '@id': serviceId, '@type': 'ImageService2', profile: 'http://iiif.io/api/image/2/level1.json', service: [authService] }],
          },
        }],
      }],
    }],
  };
}

/** Clicks the prompt's login button, and returns the service's login page it opens. */
async function openLogin(page: Page, prompt: Locator): Promise<Page> {
  const opened = page.waitForEvent('popup');
  await prompt.getByRole('button', { name: 'Log in with your card' }).click();
  return opened;
}

/** Logs in on the service's page, which closes itself once the login is accepted: listen for that before clicking. */
async function logIn(popup: Page) {
  await popup.getByLabel('Password').fill(PASSWORD);
  await Promise.all([popup.waitForEvent('close'), popup.getByRole('button', { name: 'Log in' }).click()]);
}

async function openRestricted(page: Page, version: 1 | 2 = 2) {
  await page.route(manifestUrl, (route) => route.fulfill({ json: restrictedManifest(version), headers: { 'access-control-allow-origin': '*' } }));
  await page.goto(`/?manifest=${encodeURIComponent(manifestUrl)}`);
  return page.locator('#main-viewer');
}

test('a restricted image asks for the login its service describes, draws after it, serves a second window, and logs out', async ({ page }) => {
  const errors = collectPageErrors(page);
  const requested: string[] = [];
  const logged: string[] = [];
  page.on('request', (request) => requested.push(request.url()));
  page.on('console', (message) => logged.push(message.text()));

  const tile = await page.request.get(`${server.baseUrl}/page-05.tif/full/200,/0/default.jpg`);
  expect(tile.status(), 'a tile without the login').toBe(401);

  const viewer = await openRestricted(page);
  const prompt = viewer.locator('[part="auth"]');
  await expect(prompt.getByRole('heading')).toHaveText('Please log in');
  await expect(prompt).toContainText('This manuscript is shown to readers of the library only.');
  await expect(prompt).toContainText('Reading room only Log in with your library card to see this page.');
  await expect(viewer.locator('vellum-deep-zoom')).toHaveCount(0);
  const substitute = prompt.locator('[part="auth-substitute"]');
  await expect(substitute).toHaveAttribute('src', new RegExp(`${SUBSTITUTE_PATH}$`));
  await expect.poll(() => substitute.evaluate((image: HTMLImageElement) => image.naturalWidth)).toBeGreaterThan(0);
  await viewer.screenshot({ path: `${screenshots}auth-prompt.png` });

  await logIn(await openLogin(page, prompt));

  await waitForDrawn(viewer);
  await expectColourOnScreen(viewer.locator('[part="surface"]'), MARK_RGB, 2_000);
  const thumbnail = viewer.locator('vellum-thumbnail-strip img').first();
  await expect.poll(() => thumbnail.evaluate((image: HTMLImageElement) => image.naturalWidth), { message: 'the thumbnail after the login' }).toBeGreaterThan(0);
  await viewer.screenshot({ path: `${screenshots}auth-granted.png` });
  expect(auth.issuedTokens).toHaveLength(1);

  const second = page.locator('#second-viewer');
  await second.evaluate((element, url) => element.setAttribute('manifest', url), manifestUrl);
  await waitForDrawn(second);
  await expect(second.locator('[part="auth"]')).toHaveCount(0);

  const token = auth.issuedTokens[0];
  expect(requested.filter((url) => url.includes(token)), 'the token in a URL').toEqual([]);
  expect(logged.filter((text) => text.includes(token)), 'the token in the console').toEqual([]);
  expect(page.url()).not.toContain(token);
  expect(await page.evaluate(() => JSON.stringify(localStorage) + document.cookie)).not.toContain(token);

  await viewer.getByRole('button', { name: 'Leave the reading room' }).click();
  await expect(viewer.locator('[part="auth"]').getByRole('heading')).toHaveText('Please log in');
  await expect(second.locator('[part="auth"]')).toBeVisible();
  expect(errors).toEqual([]);
});

test('a message that is not from the token service, or not for our request, gives no access', async ({ page }) => {
  const viewer = await openRestricted(page);
  const prompt = viewer.locator('[part="auth"]');
  await expect(prompt.getByRole('heading')).toHaveText('Please log in');
  const popup = await openLogin(page, prompt);
  // The reader closes the login page without logging in, and a page of another origin forges the token message meanwhile.
  await page.evaluate(() => {
    const forge = () => window.postMessage({ type: 'AuthAccessToken2', accessToken: 'forged', expiresIn: 3600, messageId: 'guessed' }, '*');
    const timer = setInterval(forge, 100);
    setTimeout(() => clearInterval(timer), 3000);
  });
  await popup.close();
  await expect(prompt).toContainText('Not logged in Log in first.', { timeout: 20_000 });
  await expect(viewer.locator('vellum-deep-zoom')).toHaveCount(0);
});

test('an Authentication 1.0 login gives a token that opens the protected info.json, and the tiles draw', async ({ page }) => {
  const errors = collectPageErrors(page);
  const info = await page.request.get(`${server1.baseUrl}/page-05.tif/info.json`);
  expect(info.status(), 'the info.json without the login').toBe(401);
  const viewer = await openRestricted(page, 1);
  const prompt = viewer.locator('[part="auth"]');
  await expect(prompt.getByRole('heading')).toHaveText('Please log in (1.0)');
  await logIn(await openLogin(page, prompt));
  await waitForDrawn(viewer);
  await expectColourOnScreen(viewer.locator('[part="surface"]'), MARK_RGB, 2_000);
  await viewer.getByRole('button', { name: 'Leave the reading room' }).click();
  await expect(prompt.getByRole('heading')).toHaveText('Please log in (1.0)');
  expect(errors).toEqual([]);
});
