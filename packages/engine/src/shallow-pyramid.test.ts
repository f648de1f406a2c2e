/// <reference types="mocha" />
import { expect } from '@esm-bundle/chai';
import { Slot } from './slot.js';
import { makeContainer, removeContainers, settled } from './test-helpers.js';

const serviceId = `${location.origin}/fixtures/images/page-01/iiif3`;

/** The page as a level 1 service whose info.json offers only full-resolution tiles, as digilib over an untiled TIFF does. */
async function shallowInfoUrl(): Promise<string> {
  const info = await (await fetch(`${serviceId}/info.json`)).json();
  const shallow = { ...info, profile: 'level1', tiles: [{ width: 512, scaleFactors: [1] }] };
  return URL.createObjectURL(new Blob([JSON.stringify(shallow)], { type: 'application/json' }));
}

describe('Slot with a shallow pyramid', () => {
  afterEach(removeContainers);

  it('opens a level 1 service that lists only scale factor 1 with a few coarse tiles, not all the full-resolution ones', async () => {
    const slot = new Slot(makeContainer(320, 440));
    const errors: Event[] = [];
    slot.addEventListener('tile-error', (event) => errors.push(event));
    const target = { x: 0, y: 0, width: 1600, height: 2200 };
    const source = { kind: 'service', serviceId, infoUrl: await shallowInfoUrl(), version: 3, level: 1 } as const;
    performance.clearResourceTimings();
    await slot.show({ id: 'shallow', width: 1600, height: 2200, images: [{ source, target }] });
    await settled(slot);
    const tiles = performance.getEntriesByType('resource').filter((entry) => entry.name.startsWith(`${serviceId}/`));
    slot.destroy();
    expect(errors).to.deep.equal([]);
    expect(tiles.length, tiles.map((tile) => tile.name.slice(serviceId.length)).join(' ')).to.be.within(1, 4);
  });
});
