/// <reference types="mocha" />
import { expect } from '@esm-bundle/chai';
import OpenSeadragon from 'openseadragon';
import { MARK_RECT, MARK_RGB, PAPER_POINT, PAPER_RGB, TAB_RECT, pageByName } from '../../../test/fixtures/pages.mjs';
import { EngineError } from './errors.js';
import { infoJsonCache } from './info-cache.js';
import { Slot, type SlotCanvas } from './slot.js';
import {
  frame, infoUrlImage, makeContainer, near, nextEvent, pageCanvas, pixelAt, removeContainers, serviceImage, settled,
} from './test-helpers.js';

const page = pageByName('page-01');
const markCentre = { x: MARK_RECT.x + MARK_RECT.width / 2, y: MARK_RECT.y + MARK_RECT.height / 2 };
const tabCentre = { x: TAB_RECT.x + TAB_RECT.width / 2, y: TAB_RECT.y + TAB_RECT.height / 2 };
const slots: Slot[] = [];

/** A slot in a container of the page's aspect ratio (or its transpose), so home shows the page edge to edge. */
function pageSlot(options: { transposed?: boolean; drawer?: 'canvas' | 'webgl' } = {}) {
  const [width, height] = options.transposed ? [440, 320] : [320, 440];
  const container = makeContainer(width, height);
  const slot = new Slot(container, { drawer: options.drawer });
  slots.push(slot);
  return { container, slot };
}

async function rejection(promise: Promise<unknown>): Promise<EngineError> {
  try {
    await promise;
  } catch (error) {
    expect(error).to.be.instanceOf(EngineError);
    return error as EngineError;
  }
  throw new Error('Expected the promise to reject');
}

afterEach(() => {
  slots.splice(0).forEach((slot) => slot.destroy());
  removeContainers();
});

describe('Slot drawing', () => {
  for (const drawer of ['canvas', 'webgl'] as const) {
    it(`draws the mark and the paper of an Image API 3 page with the ${drawer} drawer`, async () => {
      const { container, slot } = pageSlot({ drawer });
      const firstTile = nextEvent(slot, 'first-tile-drawn');
      await slot.show(pageCanvas('page-01', page.width, page.height));
      await firstTile;
      await settled(slot);
      expect(near(pixelAt(container, markCentre.x, markCentre.y), MARK_RGB)).to.equal(true);
      expect(near(pixelAt(container, PAPER_POINT.x, PAPER_POINT.y), PAPER_RGB)).to.equal(true);
    });
  }

  it('draws an Image API 2 page', async () => {
    const { container, slot } = pageSlot();
    await slot.show({ id: 'v2', width: page.width, height: page.height, images: [serviceImage('page-01', { x: 0, y: 0, width: page.width, height: page.height }, 2)] });
    await settled(slot);
    expect(near(pixelAt(container, markCentre.x, markCentre.y), MARK_RGB)).to.equal(true);
  });

  it('draws a plain image with no service', async () => {
    const { container, slot } = pageSlot();
    const url = `${location.origin}/fixtures/images/page-01/page.jpg`;
    await slot.show({ id: 'plain', width: page.width, height: page.height, images: [{ source: { kind: 'plain', url }, target: { x: 0, y: 0, width: page.width, height: page.height } }] });
    await settled(slot);
    expect(near(pixelAt(container, markCentre.x, markCentre.y), MARK_RGB)).to.equal(true);
    expect(near(pixelAt(container, PAPER_POINT.x, PAPER_POINT.y), PAPER_RGB)).to.equal(true);
  });
});

describe('Slot coordinates', () => {
  it('maps an image larger than its canvas onto the canvas, with the viewport in canvas units', async () => {
    const { container, slot } = pageSlot();
    const canvas = { width: 800, height: 1100 };
    await slot.show({ id: 'smaller-canvas', ...canvas, images: [serviceImage('page-01', { x: 0, y: 0, ...canvas })] });
    await settled(slot);
    const { x, y, width, height } = slot.viewport;
    expect([x, y, width, height].map(Math.round)).to.deep.equal([0, 0, 800, 1100]);
    expect(near(pixelAt(container, markCentre.x, markCentre.y), MARK_RGB)).to.equal(true);

    slot.setViewport({ x: canvas.width * MARK_RECT.x, y: canvas.height * MARK_RECT.y, width: 80, height: 110 }, true);
    expect(Math.round(slot.viewport.width)).to.equal(80);
    await settled(slot);
    expect(near(pixelAt(container, 0.5, 0.5), MARK_RGB)).to.equal(true);
  });

  it('places several images on one canvas at their #xywh targets', async () => {
    const second = pageByName('page-02');
    const halfHeight = (500 * second.height) / second.width;
    const canvas: SlotCanvas = {
      id: 'two-up', width: 1000, height: 700, images: [
        serviceImage('page-01', { x: 0, y: 0, width: 500, height: (500 * page.height) / page.width }),
        serviceImage('page-02', { x: 500, y: 0, width: 500, height: halfHeight }),
      ],
    };
    const container = makeContainer(500, 350);
    const slot = new Slot(container);
    slots.push(slot);
    await slot.show(canvas);
    await settled(slot);
    const leftTab = pixelAt(container, tabCentre.x / 2, (tabCentre.y * (500 * page.height) / page.width) / 700);
    const rightTab = pixelAt(container, 0.5 + tabCentre.x / 2, (tabCentre.y * halfHeight) / 700);
    expect(near(leftTab, page.tabRgb)).to.equal(true);
    expect(near(rightTab, second.tabRgb)).to.equal(true);
  });

  it('clips an image to its painted region', async () => {
    const region = { x: page.width * MARK_RECT.x, y: page.height * MARK_RECT.y, width: page.width * MARK_RECT.width, height: page.height * MARK_RECT.height };
    const container = makeContainer(400, Math.round((400 * region.height) / region.width));
    const slot = new Slot(container);
    slots.push(slot);
    const image = { ...serviceImage('page-01', { x: 0, y: 0, width: 700, height: (700 * region.height) / region.width }), region };
    await slot.show({ id: 'region', width: 700, height: image.target.height, images: [image] });
    await settled(slot);
    for (const [fx, fy] of [[0.1, 0.1], [0.5, 0.5], [0.9, 0.9]]) {
      expect(near(pixelAt(container, fx, fy), MARK_RGB)).to.equal(true);
    }
  });

  it('rotates by 90 degrees clockwise', async () => {
    const { container, slot } = pageSlot({ transposed: true });
    await slot.show(pageCanvas('page-01', page.width, page.height));
    slot.setViewport({ rotation: 90 }, true);
    slot.home(true);
    await settled(slot);
    expect(slot.viewport.rotation).to.equal(90);
    expect(near(pixelAt(container, 1 - markCentre.y, markCentre.x), MARK_RGB)).to.equal(true);
    expect(near(pixelAt(container, 1 - tabCentre.y, tabCentre.x), page.tabRgb)).to.equal(true);
  });

  it('flips horizontally', async () => {
    const { container, slot } = pageSlot();
    await slot.show(pageCanvas('page-01', page.width, page.height));
    slot.setViewport({ flipped: true });
    await settled(slot);
    expect(slot.viewport.flipped).to.equal(true);
    expect(near(pixelAt(container, 1 - markCentre.x, markCentre.y), MARK_RGB)).to.equal(true);
    expect(near(pixelAt(container, 1 - tabCentre.x, tabCentre.y), page.tabRgb)).to.equal(true);
  });
});

describe('Slot navigation', () => {
  it('zooms, pans and goes home in canvas units, announcing each change', async () => {
    const { slot } = pageSlot();
    await slot.show(pageCanvas('page-01', page.width, page.height));
    const home = slot.viewport;

    const change = nextEvent<{ width: number }>(slot, 'viewport-change');
    slot.zoomBy(2);
    expect((await change).detail.width).to.be.closeTo(home.width / 2, 1);

    slot.panBy(0.5, 0);
    expect(slot.viewport.x).to.be.closeTo(home.x + home.width / 4 + home.width / 4, 1);

    slot.setViewport({ rotation: 90 });
    slot.setViewport({ rotation: slot.viewport.rotation + 90 });
    expect(slot.viewport.rotation).to.equal(180);

    slot.home();
    expect(slot.viewport.width).to.be.closeTo(home.width, 1);
    expect(slot.viewport.x).to.be.closeTo(home.x, 1);
  });

  it('leaves the keyboard to its host: keys bubble out, unprevented, and do not move the view', async () => {
    const { container, slot } = pageSlot();
    await slot.show(pageCanvas('page-01', page.width, page.height));
    const before = slot.viewport;
    const seen: KeyboardEvent[] = [];
    container.addEventListener('keydown', (event) => seen.push(event));
    const surface = container.querySelector('.openseadragon-canvas')!;
    for (const [key, code] of [['ArrowRight', 'ArrowRight'], ['+', 'Equal'], ['r', 'KeyR'], ['w', 'KeyW']]) {
      surface.dispatchEvent(new KeyboardEvent('keydown', { key, code, bubbles: true, cancelable: true }));
    }
    await settled(slot);
    expect(seen.map((event) => event.defaultPrevented)).to.deep.equal([false, false, false, false]);
    expect(slot.viewport).to.deep.equal(before);
  });
});

describe('Slot sharing and errors', () => {
  it('fetches an info.json once for two slots showing the same image', async () => {
    infoJsonCache.clear();
    performance.clearResourceTimings();
    const canvas = pageCanvas('page-03', pageByName('page-03').width, pageByName('page-03').height);
    await Promise.all([pageSlot().slot.show(canvas), pageSlot().slot.show(canvas)]);
    expect(infoJsonCache.requestCount).to.equal(1);
    const infoUrl = canvas.images[0].source.kind === 'service' ? canvas.images[0].source.infoUrl : '';
    expect(performance.getEntriesByName(infoUrl)).to.have.length(1);
  });

  for (const [problem, path] of [
    ['a 404', '/fixtures/images/does-not-exist/iiif3/info.json'],
    ['a 500', '/fixtures/status/500'],
    ['text that is not JSON', '/fixtures/bad/not-json.json'],
    ['JSON that is not an image service', '/fixtures/bad/not-iiif.json'],
  ]) {
    it(`rejects with an info-json error when the info.json is ${problem}`, async () => {
      const { slot } = pageSlot();
      const url = `${location.origin}${path}`;
      const error = await rejection(slot.show({ id: 'bad', width: 100, height: 100, images: [infoUrlImage(url, { x: 0, y: 0, width: 100, height: 100 })] }));
      expect(error.kind).to.equal('info-json');
      expect(error.url).to.equal(url);
    });
  }

  it('rejects with a tiles error when a plain image fails to load', async () => {
    const { slot } = pageSlot();
    const url = `${location.origin}/fixtures/status/404`;
    const error = await rejection(slot.show({ id: 'missing', width: 100, height: 100, images: [{ source: { kind: 'plain', url }, target: { x: 0, y: 0, width: 100, height: 100 } }] }));
    expect(error.kind).to.equal('tiles');
    expect(error.url).to.equal(url);
  });

  it('rejects a canvas of width 0 as invalid', async () => {
    const { slot } = pageSlot();
    const error = await rejection(slot.show({ ...pageCanvas('page-01', page.width, page.height), width: 0 }));
    expect(error.kind).to.equal('invalid-canvas');
  });

  it('reports broken tiles as tile-error events and keeps working', async () => {
    const uncaught: unknown[] = [];
    const record = (event: Event) => uncaught.push(event);
    window.addEventListener('error', record);
    window.addEventListener('unhandledrejection', record);
    const { container, slot } = pageSlot();
    const tileError = nextEvent<{ url: string; message: string }>(slot, 'tile-error');
    const infoUrl = `${location.origin}/fixtures/bad/broken-tiles/iiif3/info.json`;
    await slot.show({ id: 'broken', width: 1000, height: 1375, images: [infoUrlImage(infoUrl, { x: 0, y: 0, width: 1000, height: 1375 })] });
    const { detail } = await tileError;
    expect(detail.url).to.contain('/fixtures/bad/broken-tiles/iiif3/');
    expect(slot.tileErrorCount).to.be.greaterThan(0);

    await slot.show(pageCanvas('page-01', page.width, page.height));
    await settled(slot);
    expect(near(pixelAt(container, markCentre.x, markCentre.y), MARK_RGB)).to.equal(true);
    window.removeEventListener('error', record);
    window.removeEventListener('unhandledrejection', record);
    expect(uncaught).to.deep.equal([]);
  });

  it('can be destroyed while a canvas is still opening', async () => {
    const uncaught: unknown[] = [];
    const record = (event: Event) => uncaught.push(event);
    window.addEventListener('error', record);
    window.addEventListener('unhandledrejection', record);
    const { container, slot } = pageSlot();
    void slot.show(pageCanvas('page-07', pageByName('page-07').width, pageByName('page-07').height));
    slot.destroy();
    await new Promise((resolve) => setTimeout(resolve, 500));
    window.removeEventListener('error', record);
    window.removeEventListener('unhandledrejection', record);
    expect(uncaught).to.deep.equal([]);
    expect(container.children).to.have.length(0);
  });

  it('zooms at once for a reader who prefers reduced motion, and with an animation otherwise', async () => {
    const zoomGap = async (reducedMotion: boolean) => {
      const matchMedia = window.matchMedia;
      window.matchMedia = (query: string) => ({ matches: reducedMotion && query === '(prefers-reduced-motion: reduce)', media: query }) as MediaQueryList;
      try {
        const { container, slot } = pageSlot();
        await slot.show(pageCanvas('page-01', page.width, page.height));
        await settled(slot);
        slot.zoomBy(2);
        for (let count = 0; count < 3; count++) await frame();
        const { viewport } = OpenSeadragon.getViewer(container);
        return Math.abs(viewport.getZoom(true) - viewport.getZoom(false)) / viewport.getZoom(false);
      } finally {
        window.matchMedia = matchMedia;
      }
    };
    expect(await zoomGap(true)).to.be.below(1e-6);
    expect(await zoomGap(false)).to.be.above(0.01);
  });

  it('releases the OpenSeadragon viewer on destroy', async () => {
    const { container, slot } = pageSlot();
    await slot.show(pageCanvas('page-01', page.width, page.height));
    expect(OpenSeadragon.getViewer(container)).to.not.equal(undefined);
    slot.destroy();
    expect(OpenSeadragon.getViewer(container)).to.equal(undefined);
    expect(container.children).to.have.length(0);
  });
});
