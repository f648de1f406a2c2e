import { expect } from '@esm-bundle/chai';
import '../define.js';
import { deepElements, fixture, waitFor } from '../testing/viewer-harness.js';
import type { VellumWorkspace } from './workspace.js';

interface Measure {
  windows: number;
  firstTileMs: number;
  allDrawnMs: number;
  heapMb?: number;
  domNodes: number;
}

const statuses = (workspace: VellumWorkspace) =>
  deepElements(workspace.shadowRoot!)
    .filter((element) => element.localName === 'vellum-deep-zoom')
    .map((zoom) => zoom.getAttribute('status'));

const drawn = (status: string | null) => status === 'drawn' || status === 'settled';

async function measure(count: number): Promise<Measure> {
  const workspace = document.createElement('vellum-workspace');
  workspace.style.cssText = '--vellum-height: 1200px; width: 1600px; display: block';
  document.body.append(workspace);
  await workspace.updateComplete;
  const start = performance.now();
  for (let i = 0; i < count; i++) workspace.open({ manifestUrl: fixture('manifests/book.json'), canvasId: fixture(`manifests/book/canvas/${(i % 12) + 1}`) });
  await waitFor(() => statuses(workspace).some(drawn), 'a first tile', 30_000);
  const firstTileMs = performance.now() - start;
  await waitFor(() => {
    const all = statuses(workspace);
    return all.length === count && all.every(drawn);
  }, `${count} windows drawn`, 60_000);
  const allDrawnMs = performance.now() - start;
  const memory = (performance as Performance & { memory?: { usedJSHeapSize: number } }).memory;
  const result = {
    windows: count,
    firstTileMs: Math.round(firstTileMs),
    allDrawnMs: Math.round(allDrawnMs),
    heapMb: memory && Math.round(memory.usedJSHeapSize / 1e5) / 10,
    domNodes: deepElements(document).length,
  };
  workspace.remove();
  return result;
}

describe('<vellum-workspace> at scale', () => {
  it('draws every window of 1, 4 and 16, and prints time to first tile, JS heap and DOM nodes', async function () {
    this.timeout(180_000);
    const lost: Event[] = [];
    document.addEventListener('webglcontextlost', (event) => lost.push(event), true);
    const results: Measure[] = [];
    for (const count of [1, 4, 16]) results.push(await measure(count));
    console.table(results);
    console.log(JSON.stringify(results));
    expect(results.map((result) => result.windows)).to.deep.equal([1, 4, 16]);
    expect(lost).to.have.length(0);
  });
});
