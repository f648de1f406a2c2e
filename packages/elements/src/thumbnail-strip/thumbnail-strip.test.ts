import { expect } from '@esm-bundle/chai';
import { infoJsonCache } from '@vellum/engine/info-cache';
import type { ViewerCanvas } from '@vellum/iiif';
import { level0Canvases, THUMBNAIL_FILE } from '../testing/thumbnail-harness.js';
import { fixture, waitFor } from '../testing/viewer-harness.js';
import type { VellumThumbnailStrip } from './thumbnail-strip.js';

const boxes: HTMLElement[] = [];

function mountStrip(canvases: ViewerCanvas[], width: number): VellumThumbnailStrip {
  const box = document.createElement('div');
  box.style.width = `${width}px`;
  const strip = document.createElement('vellum-thumbnail-strip');
  strip.canvases = canvases;
  box.append(strip);
  document.body.append(box);
  boxes.push(box);
  return strip;
}

const shownImages = (strip: VellumThumbnailStrip) => {
  const options = [...strip.shadowRoot!.querySelectorAll('[role="option"]')];
  const images = options.map((option) => option.querySelector('img')).filter((image) => image !== null);
  return options.length > 0 && images.length === options.length && images;
};

describe('<vellum-thumbnail-strip>', () => {
  afterEach(() => boxes.splice(0).forEach((box) => box.remove()));

  it('shows a listed size or a whole-image tile of level 0 services that list no sizes, one info.json request each', async () => {
    const canvases = await level0Canvases();
    infoJsonCache.clear();
    const strips = [mountStrip(canvases, 400), mountStrip(canvases, 400)];
    const [images, twin] = await Promise.all(strips.map((strip) => waitFor(() => shownImages(strip), 'every shown thumbnail')));
    expect(images.length).to.be.below(canvases.length);
    expect(infoJsonCache.requestCount).to.equal(images.length);
    expect(images[0].src).to.equal(`${fixture('images/page-01/iiif3')}/full/200,275/0/default.jpg`);
    expect(images[1].src).to.equal(`${fixture('images/page-02/iiif3')}/full/225,300/0/default.jpg`);
    expect(twin.map((image) => image.src)).to.deep.equal(images.map((image) => image.src));
    for (const image of images) {
      expect(image.src).to.match(THUMBNAIL_FILE);
      expect((await fetch(image.src)).status, image.src).to.equal(200);
    }
  });
});
