/// <reference types="mocha" />
import { webglProbe, type DrawerKind } from '../src/drawer-policy.js';
import { infoJsonCache } from '../src/info-cache.js';
import { Slot } from '../src/slot.js';
import { makeContainer, nextEvent, pageCanvas, removeContainers } from '../src/test-helpers.js';

const ROUNDS = 5;
const PAGE = { name: 'page-01', width: 1600, height: 2200 };

interface Timing {
  firstTile: number;
  fullyLoaded: number;
}

async function timeOneSlot(drawer: DrawerKind): Promise<Timing & { used: DrawerKind }> {
  const start = performance.now();
  const slot = new Slot(makeContainer(600, 800), { drawer });
  const firstTile = nextEvent(slot, 'first-tile-drawn');
  const fullyLoaded = nextEvent(slot, 'fully-loaded');
  await slot.show(pageCanvas(PAGE.name, PAGE.width, PAGE.height));
  await firstTile;
  const firstTileMs = performance.now() - start;
  await fullyLoaded;
  const timing = { firstTile: firstTileMs, fullyLoaded: performance.now() - start, used: slot.drawer };
  slot.destroy();
  removeContainers();
  return timing;
}

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];
const format = (ms: number) => `${ms.toFixed(1)} ms`;

describe('drawer benchmark', function () {
  this.timeout(120000);

  it('prints time to first tile with each drawer in the same page', async () => {
    const probe = webglProbe();
    console.log(`WebGL probe: available=${probe.available} software=${probe.software} renderer="${probe.renderer}" probe=${format(probe.probeMs)}`);
    await infoJsonCache.get(`${location.origin}/fixtures/images/${PAGE.name}/iiif3/info.json`);
    await timeOneSlot('canvas');

    const runs: Record<DrawerKind, Timing[]> = { canvas: [], webgl: [] };
    for (let round = 0; round < ROUNDS; round++) {
      for (const drawer of ['webgl', 'canvas'] as const) {
        const { used, ...timing } = await timeOneSlot(drawer);
        if (used !== drawer) console.log(`asked for ${drawer}, got ${used}`);
        runs[drawer].push(timing);
      }
    }
    for (const drawer of ['canvas', 'webgl'] as const) {
      const first = runs[drawer].map((run) => run.firstTile);
      const loaded = runs[drawer].map((run) => run.fullyLoaded);
      console.log(`${drawer.padEnd(6)} first tile: first slot ${format(first[0])}, median ${format(median(first))}; fully loaded median ${format(median(loaded))}`);
    }
    const ratio = (pick: (timing: Timing) => number) => median(runs.webgl.map(pick)) / median(runs.canvas.map(pick));
    console.log(`webgl / canvas, first tile: ${ratio((run) => run.firstTile).toFixed(2)}x; fully loaded: ${ratio((run) => run.fullyLoaded).toFixed(2)}x`);
    console.log(`webgl / canvas, first slot on the page: ${(runs.webgl[0].firstTile / runs.canvas[0].firstTile).toFixed(2)}x`);
  });
});
