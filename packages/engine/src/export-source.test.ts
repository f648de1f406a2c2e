/// <reference types="mocha" />
import { expect } from '@esm-bundle/chai';
import { pageByName } from '../../../test/fixtures/pages.mjs';
import { describeExport } from './export-source.js';
import { spreadCanvas } from './spread.js';
import { pageCanvas } from './test-helpers.js';

describe('describeExport on a spread', () => {
  // Page 1 is 1000 × 2000 at x 0; page 2, 600 × 1000, is scaled by 2 to 1200 × 2000 at x 1000.
  const spread = spreadCanvas([pageCanvas('page-01', 1000, 2000), pageCanvas('page-02', 600, 1000)]);
  const sizes = ['page-01', 'page-02'].map((name) => ({ width: pageByName(name).width, height: pageByName(name).height }));

  it('names the page most in view, in its own units, with its image region', async () => {
    const info = await describeExport(spread, sizes, { x: 1200, y: 400, width: 600, height: 800 });
    expect(info.canvasId).to.equal('page-02-canvas');
    expect(info.canvasRegion).to.deep.equal({ x: 100, y: 200, width: 300, height: 400 });
    expect(info.regionLink).to.equal('page-02-canvas#xywh=100,200,300,400');
    const scale = sizes[1].width / 600;
    const region = info.image!.region;
    expect(region.x).to.be.closeTo(100 * scale, 1);
    expect(region.width).to.be.closeTo(300 * scale, 2);
    expect(info.image!.regionUrl).to.equal(undefined);
  });

  it('takes the page with more of the view when the view spans both', async () => {
    const info = await describeExport(spread, sizes, { x: 200, y: 0, width: 1000, height: 1000 });
    expect(info.canvasId).to.equal('page-01-canvas');
    expect(info.regionLink).to.equal('page-01-canvas#xywh=200,0,800,1000');
    expect(info.image!.region.x).to.be.closeTo(200 * (sizes[0].width / 1000), 1);
  });

  it('keeps a single canvas in its own units', async () => {
    const info = await describeExport(pageCanvas('page-03', 1000, 1500), [sizes[0]], { x: -100, y: 100, width: 500, height: 500 });
    expect(info.canvasId).to.equal('page-03-canvas');
    expect(info.regionLink).to.equal('page-03-canvas#xywh=0,100,400,500');
  });
});
