import { expect, test, type CDPSession, type Page } from '@playwright/test';

const COUNTS = [1, 4, 16];

interface Figures {
  windows: number;
  firstTileMs: number;
  allDrawnMs: number;
  heapMb: number;
  domNodes: number;
}

/** Heap and DOM node count after a full collection (a heap snapshot collects DOM nodes too; a plain GC leaves them). */
async function collectedMetrics(client: CDPSession): Promise<{ heapMb: number; domNodes: number }> {
  client.on('HeapProfiler.addHeapSnapshotChunk', () => undefined);
  await client.send('HeapProfiler.takeHeapSnapshot', { reportProgress: false });
  const { metrics: list } = await client.send('Performance.getMetrics');
  const value = (name: string) => list.find((metric) => metric.name === name)?.value ?? 0;
  return { heapMb: Math.round(value('JSHeapUsedSize') / 1e5) / 10, domNodes: value('Nodes') };
}

/** The metrics once the DOM node count stops falling: torn-down viewers let go of their nodes over a few frames. */
async function metrics(client: CDPSession, page: Page) {
  let last = await collectedMetrics(client);
  for (let attempt = 0; attempt < 6; attempt++) {
    await page.waitForTimeout(500);
    const next = await collectedMetrics(client);
    if (next.domNodes >= last.domNodes) return next;
    last = next;
  }
  return last;
}

/** Closes every window. */
async function closeAll(page: Page) {
  await page.evaluate(() => {
    const workspace = document.querySelector('vellum-workspace')!;
    for (const id of [...workspace.store.state.layout.windowIds]) workspace.removeWindow(id);
  });
}

/** Opens `count` windows of the sample book and times the first tile drawn and every window drawn. */
async function openWindows(page: Page, count: number) {
  return page.evaluate(async (count) => {
    const workspace = document.querySelector('vellum-workspace')!;
    const book = new URL('/fixtures/manifests/book.json', location.href).href;
    const statuses = () => [...workspace.shadowRoot!.querySelectorAll('vellum-window')].map((window) => window.shadowRoot?.querySelector('vellum-deep-zoom')?.getAttribute('status'));
    const drawn = (status: string | null | undefined) => status === 'drawn' || status === 'settled';
    const until = async (done: () => boolean) => {
      while (!done()) await new Promise((resolve) => setTimeout(resolve, 10));
      return performance.now();
    };
    const start = performance.now();
    for (let i = 0; i < count; i++) workspace.open({ manifestUrl: book, canvasId: book.replace('.json', `/canvas/${(i % 14) + 1}`) });
    const firstTile = await until(() => statuses().some(drawn));
    const allDrawn = await until(() => statuses().filter(drawn).length === count);
    return { firstTileMs: Math.round(firstTile - start), allDrawnMs: Math.round(allDrawn - start) };
  }, count);
}

test('workspace: time to first tile, JS heap and DOM nodes for 1, 4 and 16 windows, and the memory closing them gives back', async ({ browser }) => {
  const rows: Figures[] = [];
  const release: Record<string, number | string>[] = [];
  for (const count of COUNTS) {
    const page = await browser.newPage();
    const client = await page.context().newCDPSession(page);
    await client.send('Performance.enable');
    await page.goto('/workspace.html');
    await page.evaluate(() => customElements.whenDefined('vellum-workspace'));
    await page.evaluate(() => {
      (window as unknown as { lost: number }).lost = 0;
      document.addEventListener('webglcontextlost', () => (window as unknown as { lost: number }).lost++, true);
    });
    const empty = await metrics(client, page);
    const times = await openWindows(page, count);
    const open = await metrics(client, page);
    rows.push({ windows: count, ...times, ...open });
    expect(await page.evaluate(() => (window as unknown as { lost: number }).lost), 'WebGL contexts lost').toBe(0);

    // The first close leaves what stays by design (Lit's template cache, the manifest and info.json caches);
    // closing the same windows again must give back everything the second opening took.
    await closeAll(page);
    const closed = await metrics(client, page);
    await openWindows(page, count);
    const reopened = await metrics(client, page);
    await closeAll(page);
    const closedAgain = await metrics(client, page);
    release.push({
      windows: count,
      'heap MB: empty / open / closed / reopened / closed again': [empty, open, closed, reopened, closedAgain].map((m) => m.heapMb).join(' / '),
      'DOM nodes: same steps': [empty, open, closed, reopened, closedAgain].map((m) => m.domNodes).join(' / '),
    });
    expect(closedAgain.domNodes, 'DOM nodes left by a second opening and closing').toBeLessThanOrEqual(closed.domNodes + 10);
    if (count === 16) {
      // Fewer windows take too little heap to tell from the engine's own warm-up (a few hundred KB over the first cycles).
      expect(closedAgain.heapMb - closed.heapMb, 'heap left by a second opening and closing').toBeLessThan((reopened.heapMb - closed.heapMb) / 2);
    }
    await page.close();
  }
  const single = rows[0];
  console.log('\nWorkspace windows of the sample book (each count on a fresh page; ratios against 1 window in the same run)');
  console.table(rows.map((row) => ({ ...row, 'first tile ×1': (row.firstTileMs / single.firstTileMs).toFixed(2), 'all drawn ×1': (row.allDrawnMs / single.allDrawnMs).toFixed(2) })));
  console.log('Memory after a full collection as windows open and close');
  console.table(release);
});
