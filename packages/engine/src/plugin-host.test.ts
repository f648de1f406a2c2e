import { expect } from '@esm-bundle/chai';
import { pageByName } from '../../../test/fixtures/pages.mjs';
import { Slot } from './slot.js';
import { makeContainer, pageCanvas, removeContainers } from './test-helpers.js';

describe('PluginHost', () => {
  let slot: Slot;
  let container: HTMLElement;

  beforeEach(() => {
    container = makeContainer(320, 440);
    slot = new Slot(container, { drawer: 'canvas' });
  });

  afterEach(() => {
    slot.destroy();
    removeContainers();
  });

  it('has no image placement before an image is open', () => {
    expect(slot.pluginHost.imagePlacement()).to.equal(undefined);
  });

  it('places the image pixels on the canvas: a canvas twice the image size has two canvas units per pixel', async () => {
    const page = pageByName('page-01');
    await slot.show(pageCanvas('page-01', page.width * 2, page.height * 2));
    expect(slot.pluginHost.imagePlacement()).to.deep.equal({ x: 0, y: 0, scale: 2 });
  });

  it('is mounted in the slot’s container', () => {
    expect(container.contains(slot.pluginHost.element)).to.equal(true);
  });
});
