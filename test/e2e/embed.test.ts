import { expect, test } from '@playwright/test';
import { existsSync } from 'node:fs';
import { MARK_RGB } from '../fixtures/pages.mjs';
import { serveStatic } from '../support/static-server.ts';
import { collectPageErrors, expectColourOnScreen, waitForDrawn } from './viewer-page.ts';

const dist = new URL('../../packages/vellum/dist/', import.meta.url).pathname;

/** A repository page with CSS that would break an unshielded viewer; the manifests live on another origin. */
const repositoryPage = (fixtures: string) => `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>A library's item page</title>
<style>
  * { box-sizing: content-box !important; font-size: 30px; color: #0f0; }
  div, button, img, canvas { display: inline !important; padding: 40px; border: 9px dotted blue; }
  button { visibility: hidden; }
  vellum-viewer { margin: 8px; }
</style>
<script type="module" src="/vellum.js"></script></head>
<body>
  <h1>Item 1234</h1>
  <vellum-viewer id="book" manifest="${fixtures}/fixtures/manifests/book.json"></vellum-viewer>
  <vellum-viewer id="broken" manifest="${fixtures}/fixtures/status/404"></vellum-viewer>
</body></html>`;

test('the drop-in bundle works from one script tag, twice on a page whose CSS is hostile', async ({ page, baseURL }) => {
  expect(existsSync(`${dist}vellum.js`), 'run `pnpm build` first').toBe(true);
  const site = await serveStatic(dist, { '/item.html': repositoryPage(baseURL!) });
  try {
    const errors = collectPageErrors(page);
    await page.goto(`${site.origin}/item.html`);
    const book = page.locator('#book');
    await expect(book.locator('[part="title"]')).toHaveText('The Vellum Test Book');
    await expect(book.getByRole('button', { name: 'Next' })).toBeVisible();
    await waitForDrawn(book);
    await expectColourOnScreen(book.locator('[part="surface"]'), MARK_RGB, 2_000);
    await expect(page.locator('#broken [role="alert"]')).toContainText('The server answered with an error');
    await page.screenshot({ path: new URL('../results/screenshots/embed.png', import.meta.url).pathname, fullPage: true });
    expect(errors).toEqual([]);
  } finally {
    await site.close();
  }
});
