/** One run: a fresh browser context opens one viewer page and waits for its view to settle, then reads the figures. */
import { gzipSync } from 'node:zlib';
import { fileURLToPath } from 'node:url';

const PROBE = fileURLToPath(new URL('probe.js', import.meta.url));
const TILE_REQUEST = /\/fixtures\/images\/[^/]+\/(iiif[23]\/(?!info\.json).+|page\.jpg)/;
const POLL_MS = 100;

const gzipSizes = new Map();
const gzipSize = (url, body) => {
  const key = `${url} ${body.length}`;
  if (!gzipSizes.has(key)) gzipSizes.set(key, gzipSync(body).length);
  return gzipSizes.get(key);
};

/** Every element in the document, counted through open shadow roots. */
const countElements = () => {
  const count = (root) => [...root.querySelectorAll('*')].reduce((sum, element) => sum + 1 + (element.shadowRoot ? count(element.shadowRoot) : 0), 0);
  return count(document);
};

/**
 * @param {import('playwright-core').Browser} browser
 * @param {{ origin: string, url: string, quietMs: number, timeoutMs: number }} options
 */
export async function measure(browser, { origin, url, quietMs, timeoutMs }) {
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
  const run = { offMachine: [], notFound: [], pageErrors: [], failure: null };
  try {
    await context.addInitScript({ path: PROBE });
    await context.route((target) => target.origin !== origin, (route) => {
      run.offMachine.push(route.request().url());
      return route.abort('blockedbyclient');
    });
    const page = await context.newPage();
    const pendingTiles = new Set();
    let lastTileEvent = Date.now();
    const settleTile = (request) => {
      if (pendingTiles.delete(request)) lastTileEvent = Date.now();
    };
    const scripts = [];
    page.on('request', (request) => TILE_REQUEST.test(request.url()) && pendingTiles.add(request));
    page.on('requestfinished', settleTile);
    page.on('requestfailed', settleTile);
    page.on('pageerror', (error) => run.pageErrors.push(error.message.split('\n')[0]));
    page.on('response', (response) => {
      if (response.status() >= 400) run.notFound.push(`${response.status()} ${response.url()}`);
      else if (/javascript/.test(response.headers()['content-type'] ?? '')) scripts.push(response.body().then((body) => ({ url: response.url(), body }), () => ({ url: response.url(), body: Buffer.alloc(0) })));
    });

    await page.goto(url, { waitUntil: 'commit' });
    const started = Date.now();
    let probe;
    let settled = false;
    while (!settled && Date.now() - started < timeoutMs) {
      await page.waitForTimeout(POLL_MS);
      probe = await page.evaluate(() => ({ ...window.__bench, now: performance.now() }));
      const quiet = probe.now - (probe.lastNewTile ?? 0) >= quietMs && Date.now() - lastTileEvent >= quietMs;
      settled = probe.firstDrawn !== null && pendingTiles.size === 0 && quiet;
    }
    if (probe.firstDrawn === null) run.failure = `no tile drawn within ${timeoutMs / 1000} s`;

    const cdp = await context.newCDPSession(page);
    await cdp.send('HeapProfiler.collectGarbage');
    await cdp.send('Performance.enable');
    const { metrics } = await cdp.send('Performance.getMetrics');
    const loaded = await Promise.all(scripts);
    Object.assign(run, {
      firstTileMs: probe.firstDrawn,
      settledMs: settled ? Math.max(probe.firstDrawn, probe.lastNewTile ?? 0) : null,
      jsRawBytes: loaded.reduce((sum, { body }) => sum + body.length, 0),
      jsGzipBytes: loaded.reduce((sum, { url, body }) => sum + gzipSize(url, body), 0),
      jsFiles: loaded.length,
      heapBytes: metrics.find((metric) => metric.name === 'JSHeapUsedSize')?.value ?? null,
      domNodes: await page.evaluate(countElements),
      longTaskMs: probe.longTaskMs,
      tiles: probe.newTiles,
      drawPaths: probe.paths,
    });
  } catch (error) {
    run.failure = error.message.split('\n')[0];
  } finally {
    await context.close();
  }
  return run;
}
