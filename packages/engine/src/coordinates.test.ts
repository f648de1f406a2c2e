/// <reference types="mocha" />
import { expect } from '@esm-bundle/chai';
import type { PaintedImage } from '@vellum/iiif';
import { placeImage, viewWidthToFit } from './coordinates.js';

const source: PaintedImage['source'] = { kind: 'plain', url: 'https://example.org/page.jpg' };

describe('placeImage', () => {
  it('puts a whole image on its target, whatever the image size', () => {
    expect(placeImage({ source, target: { x: 100, y: 50, width: 400, height: 300 } }, 4000)).to.deep.equal({ x: 100, y: 50, width: 400 });
  });

  it('scales and shifts an image so that its painted region fills the target, clipped to that region', () => {
    const region = { x: 1000, y: 500, width: 2000, height: 1000 };
    const placement = placeImage({ source, region, target: { x: 0, y: 0, width: 1000, height: 500 } }, 4000);
    expect(placement).to.deep.equal({ x: -500, y: -250, width: 2000, clip: region });
  });

  it('reads a region in the declared pixels of an image served at another size', () => {
    const declared: PaintedImage['source'] = { ...source, width: 8000, height: 4000 };
    const placement = placeImage({ source: declared, region: { x: 2000, y: 1000, width: 4000, height: 2000 }, target: { x: 0, y: 0, width: 1000, height: 500 } }, 4000);
    expect(placement).to.deep.equal({ x: -500, y: -250, width: 2000, clip: { x: 1000, y: 500, width: 2000, height: 1000 } });
  });

  it('fills a target with a quarter-turned image: placed unturned about the same centre, then turned', () => {
    const placement = placeImage({ source, rotation: 90, target: { x: 0, y: 0, width: 400, height: 300 } }, 3000);
    expect(placement).to.deep.equal({ x: 50, y: -50, width: 300, rotation: 90 });
  });
});

describe('viewWidthToFit', () => {
  it('widens the view when the region is taller than the view', () => {
    expect(viewWidthToFit({ width: 100, height: 200 }, 1)).to.equal(200);
    expect(viewWidthToFit({ width: 300, height: 200 }, 1)).to.equal(300);
  });
});
