/// <reference types="mocha" />
import { expect } from '@esm-bundle/chai';
import { DEFAULT_ADJUSTMENTS, type Adjustments } from '@vellum/state';
import { MARK_RECT, MARK_RGB, PAPER_POINT, PAPER_RGB, pageByName } from '../../../test/fixtures/pages.mjs';
import { corsDecisions } from './cors.js';
import { EngineError } from './errors.js';
import { AdjustmentFilter } from './filters.js';
import { Slot } from './slot.js';
import { makeContainer, near, pageCanvas, pixelAt, removeContainers, serviceImage, settled, type Rgb } from './test-helpers.js';

const page = pageByName('page-01');
const markCentre = { x: MARK_RECT.x + MARK_RECT.width / 2, y: MARK_RECT.y + MARK_RECT.height / 2 };
const slots: Slot[] = [];

async function shownPage(canvas = pageCanvas('page-01', page.width, page.height)) {
  const container = makeContainer(320, 440);
  const slot = new Slot(container, { drawer: 'canvas' });
  slots.push(slot);
  await slot.show(canvas);
  await settled(slot);
  return { container, slot };
}

const adjusted = (changes: Partial<Adjustments>): Adjustments => ({ ...DEFAULT_ADJUSTMENTS, ...changes });

async function pixelsOf(blob: Blob): Promise<{ width: number; height: number; at: (fx: number, fy: number) => Rgb }> {
  expect(blob.type).to.equal('image/png');
  const bitmap = await createImageBitmap(blob);
  const canvas = new OffscreenCanvas(bitmap.width, bitmap.height);
  const context = canvas.getContext('2d')!;
  context.drawImage(bitmap, 0, 0);
  const at = (fx: number, fy: number): Rgb => {
    const [r, g, b] = context.getImageData(Math.floor(fx * (bitmap.width - 1)), Math.floor(fy * (bitmap.height - 1)), 1, 1).data;
    return [r, g, b];
  };
  return { width: bitmap.width, height: bitmap.height, at };
}

const inverse = (rgb: readonly number[]) => rgb.map((value) => 255 - value);

async function waitUntil(condition: () => boolean, timeoutMs = 5000): Promise<void> {
  const start = performance.now();
  while (!condition()) {
    if (performance.now() - start > timeoutMs) throw new Error('timed out');
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

afterEach(() => {
  slots.splice(0).forEach((slot) => slot.destroy());
  removeContainers();
});

describe('Slot adjustments', () => {
  it('puts the colour adjustments on the drawer canvas as one CSS filter, and takes it off at the defaults', async () => {
    const { container, slot } = await shownPage();
    const drawn = container.querySelector('canvas')!;
    slot.setAdjustments(adjusted({ brightness: 120, contrast: 150, saturation: 50, grayscale: 100, invert: 100 }));
    expect(drawn.style.filter).to.equal('brightness(120%) contrast(150%) saturate(50%) grayscale(100%) invert(100%)');
    slot.setAdjustments(DEFAULT_ADJUSTMENTS);
    expect(drawn.style.filter).to.equal('');
    expect(slot.adjustments).to.equal(DEFAULT_ADJUSTMENTS);
  });

  it('does gamma and sharpness once per tile for readable images, and undoes them at the defaults', async () => {
    const { container, slot } = await shownPage();
    slot.setAdjustments(adjusted({ gamma: 2, sharpness: 30 }));
    const expected = PAPER_RGB.map((value) => 255 * Math.sqrt(value / 255));
    await waitUntil(() => near(pixelAt(container, PAPER_POINT.x, PAPER_POINT.y), expected, 4));
    expect(container.querySelector('canvas')!.style.filter).to.equal('');
    slot.setAdjustments(DEFAULT_ADJUSTMENTS);
    await waitUntil(() => near(pixelAt(container, PAPER_POINT.x, PAPER_POINT.y), PAPER_RGB, 4));
  });

  it('falls back to an SVG filter beside the canvas for gamma and sharpness of unreadable images', () => {
    const container = makeContainer(10, 10);
    const filter = new AdjustmentFilter(container);
    const value = filter.filterFor(adjusted({ gamma: 2, sharpness: 50, invert: 100 }), true);
    const reference = /^url\(#([\w-]+)\) invert\(100%\)$/.exec(value);
    expect(reference, value).to.not.equal(null);
    const element = container.querySelector(`filter[id="${reference![1]}"]`)!;
    expect(element.querySelector('feFuncG')!.getAttribute('exponent')).to.equal('0.5');
    expect(element.querySelector('feConvolveMatrix')!.getAttribute('kernelMatrix')).to.equal('0 -0.5 0 -0.5 3 -0.5 0 -0.5 0');
    expect(filter.filterFor(adjusted({ gamma: 2 }), false)).to.equal('');
    filter.destroy();
    expect(container.children).to.have.length(0);
  });

  it('leaves the drawn tiles untouched: the filter costs nothing per tile', async () => {
    const { container, slot } = await shownPage();
    slot.setAdjustments(adjusted({ invert: 100 }));
    await settled(slot);
    expect(near(pixelAt(container, markCentre.x, markCentre.y), MARK_RGB)).to.equal(true);
  });
});

describe('Slot export', () => {
  it('exports the view as a PNG of the drawer size, adjustments included', async () => {
    const { container, slot } = await shownPage();
    slot.setAdjustments(adjusted({ invert: 100 }));
    const view = await pixelsOf(await slot.exportView());
    const drawn = container.querySelector('canvas')!;
    expect([view.width, view.height]).to.deep.equal([drawn.width, drawn.height]);
    expect(near(view.at(markCentre.x, markCentre.y), inverse(MARK_RGB))).to.equal(true);
    expect(near(view.at(PAPER_POINT.x, PAPER_POINT.y), inverse(PAPER_RGB))).to.equal(true);

    slot.setAdjustments(adjusted({ grayscale: 100 }));
    const [r, g, b] = (await pixelsOf(await slot.exportView())).at(markCentre.x, markCentre.y);
    expect(Math.max(r, g, b) - Math.min(r, g, b)).to.be.at.most(2);
  });

  it('exports gamma as the screen shows it, even right after it changes', async () => {
    const { slot } = await shownPage();
    slot.setAdjustments(adjusted({ gamma: 2 }));
    const paper = (await pixelsOf(await slot.exportView())).at(PAPER_POINT.x, PAPER_POINT.y);
    expect(near(paper, PAPER_RGB.map((value) => 255 * Math.sqrt(value / 255)), 4)).to.equal(true);
  });

  for (const version of [3, 2] as const) {
    it(`exports the visible region at a chosen width by stitching level-0 tiles (Image API ${version})`, async () => {
      const { slot } = await shownPage({ id: 'c', width: page.width, height: page.height, images: [serviceImage('page-01', { x: 0, y: 0, width: page.width, height: page.height }, version)] });
      const mark = { x: page.width * (MARK_RECT.x + 0.05), y: page.height * (MARK_RECT.y + 0.05), width: 300, height: 300 };
      slot.setViewport(mark, true);
      await settled(slot);
      const info = (await slot.exportInfo())!;
      expect(info.image!.regionUrl).to.equal(undefined);
      expect(info.image!.readable).to.equal(true);
      expect(info.regionLink).to.match(/^c#xywh=\d+,\d+,\d+,\d+$/);
      const region = info.image!.region;
      const png = await pixelsOf(await slot.exportRegion(region.width / 2));
      expect(png.width).to.equal(Math.round(region.width / 2));
      expect(png.height).to.be.closeTo(png.width * (region.height / region.width), 1);
      expect(near(png.at(0.5, 0.5), MARK_RGB)).to.equal(true);
    });
  }

  it('exports the region of a plain image from the image itself, turned as the view is', async () => {
    const url = `${location.origin}/fixtures/images/page-01/page.jpg`;
    const { slot } = await shownPage({ id: 'plain', width: page.width, height: page.height, images: [{ source: { kind: 'plain', url }, target: { x: 0, y: 0, width: page.width, height: page.height } }] });
    slot.setViewport({ rotation: 90 }, true);
    slot.home(true);
    await settled(slot);
    const png = await pixelsOf(await slot.exportRegion(400));
    expect(png.width).to.be.greaterThan(png.height);
    expect(near(png.at(1 - markCentre.y, markCentre.x), MARK_RGB)).to.equal(true);
  });

  it('exports a flipped, turned region the way the view shows it', async () => {
    const container = makeContainer(440, 320);
    const slot = new Slot(container, { drawer: 'canvas' });
    slots.push(slot);
    await slot.show(pageCanvas('page-01', page.width, page.height));
    slot.setViewport({ rotation: 90, flipped: true }, true);
    slot.home(true);
    await settled(slot);
    const [view, region] = await Promise.all([slot.exportView(), slot.exportRegion(440)].map(async (png) => pixelsOf(await png)));
    const tab = { x: 0.25, y: 0.745 };
    for (const point of [markCentre, tab]) {
      const [fx, fy] = [point.y, point.x];
      expect(near(region.at(fx, fy), view.at(fx, fy)), `${region.at(fx, fy)} vs ${view.at(fx, fy)}`).to.equal(true);
    }
  });

  it('opens images from another origin with CORS when that server allows it, so they can be exported', async () => {
    corsDecisions.clear();
    const other = location.origin.includes('localhost') ? location.origin.replace('localhost', '127.0.0.1') : location.origin.replace('127.0.0.1', 'localhost');
    const serviceId = `${other}/fixtures/images/page-02/iiif3`;
    const { slot } = await shownPage({ id: 'remote', width: 1800, height: 2400, images: [{ source: { kind: 'service', serviceId, infoUrl: `${serviceId}/info.json`, version: 3, level: 0 }, target: { x: 0, y: 0, width: 1800, height: 2400 } }] });
    expect(slot.viewReadable).to.equal(true);
    expect((await slot.exportInfo())!.image!.readable).to.equal(true);
    expect(near((await pixelsOf(await slot.exportView())).at(markCentre.x, markCentre.y), MARK_RGB)).to.equal(true);
  });

  it('rejects a region export with no image under the view as an export error', async () => {
    const slot = new Slot(makeContainer(100, 100));
    slots.push(slot);
    await slot.show({ id: 'empty', width: 100, height: 100, images: [] });
    const error = await slot.exportRegion(100).catch((caught: unknown) => caught);
    expect(error).to.be.instanceOf(EngineError);
    expect((error as EngineError).kind).to.equal('export');
  });
});
