import { expect } from '@esm-bundle/chai';
import type { PaintedImage, ViewerCanvas } from '@vellum/iiif';
import { hasLayers, NO_LAYER_SETTINGS, withLayers } from './layers.js';

const image = (url: string, label: string): PaintedImage => ({
  source: { kind: 'plain', url },
  target: { x: 0, y: 0, width: 10, height: 10 },
  label: { en: [label] },
});
const natural = image('natural.jpg', 'Natural light');
const xray = image('xray.jpg', 'X-ray');
const canvas = (images: PaintedImage[]): ViewerCanvas => ({ id: 'c', index: 0, label: {}, width: 10, height: 10, images, thumbnail: [] });
const choice = canvas([{ ...natural, choice: { options: [{ label: natural.label!, image: natural }, { label: xray.label!, image: xray }], selected: 0 } }]);

describe('layers', () => {
  it('finds layers on a canvas with a choice or several images, and none on a single image', () => {
    expect(hasLayers(choice)).to.equal(true);
    expect(hasLayers(canvas([natural, xray]))).to.equal(true);
    expect(hasLayers(canvas([natural]))).to.equal(false);
  });

  it('paints the chosen option in place of the default, and keeps the canvas itself when nothing is chosen', () => {
    expect(withLayers(choice, NO_LAYER_SETTINGS)).to.equal(choice);
    const switched = withLayers(choice, { selected: { 0: 1 }, opacity: {} });
    expect(switched.images[0].source).to.deep.equal(xray.source);
    expect(switched.images[0].choice?.selected).to.equal(1);
    expect(withLayers(choice, { selected: { 0: 0 }, opacity: {} })).to.equal(choice);
  });
});
