import { expect } from '@esm-bundle/chai';
import type { ImageSource } from '@vellum/iiif';
import { fixture } from '../testing/viewer-harness.js';
import { mediumImageOf, mediumLongSide } from './medium-source.js';

const service = (version: 2 | 3, level: 0 | 1 | 2 = 0): ImageSource => ({
  kind: 'service',
  serviceId: fixture(`images/page-01/iiif${version}`),
  infoUrl: fixture(`images/page-01/iiif${version}/info.json`),
  version,
  level,
});

const infoOf = async (version: 2 | 3) => (await fetch(fixture(`images/page-01/iiif${version}/info.json`))).json();

describe('medium images', () => {
  it('sizes the image to the shown long side and the pixel ratio, within 1000 to 1600 pixels', () => {
    expect(mediumLongSide(400, 1)).to.equal(1000);
    expect(mediumLongSide(650, 2)).to.equal(1400);
    expect(mediumLongSide(Number.NaN), 'a box of no size yet').to.equal(1000);
    expect(mediumLongSide(1100, 1)).to.equal(1200);
    expect(mediumLongSide(2000, 2)).to.equal(1600);
  });

  it('takes the listed size nearest the wanted one from a level 0 service', async () => {
    const info = await infoOf(3);
    expect(mediumImageOf(service(3), 1000, info)).to.deep.equal({ kind: 'file', url: `${fixture('images/page-01/iiif3')}/full/800,1100/0/default.jpg` });
    expect(mediumImageOf(service(2), 1000, await infoOf(2))).to.deep.equal({ kind: 'file', url: `${fixture('images/page-01/iiif2')}/full/800,/0/default.jpg` });
  });

  it('asks a level 1+ service without a near listed size for the wanted size', async () => {
    const info = { ...(await infoOf(3)), profile: 'level2', sizes: [{ width: 200, height: 275 }] };
    expect(mediumImageOf(service(3, 2), 1200, info)).to.deep.equal({ kind: 'file', url: `${fixture('images/page-01/iiif3')}/full/873,1200/0/default.jpg` });
    const info2 = { ...(await infoOf(2)), profile: ['http://iiif.io/api/image/2/level1.json'], sizes: undefined };
    expect(mediumImageOf(service(2, 1), 1200, info2)).to.deep.equal({ kind: 'file', url: `${fixture('images/page-01/iiif2')}/full/873,/0/default.jpg` });
  });

  it('stitches the tiles of the coarsest level large enough at level 0 without a suitable size', async () => {
    const info = { ...(await infoOf(3)), sizes: [{ width: 200, height: 275 }] };
    const medium = mediumImageOf(service(3), 1000, info);
    if (medium.kind !== 'stitched') throw new Error('expected tiles to stitch');
    expect(medium.scaleFactor).to.equal(2);
    expect(medium.size).to.deep.equal({ width: 800, height: 1100 });
    expect(medium.tiles.map((tile) => tile.url.replace(fixture('images/page-01/iiif3'), ''))).to.deep.equal([
      '/0,0,1024,1024/512,512/0/default.jpg',
      '/1024,0,576,1024/288,512/0/default.jpg',
      '/0,1024,1024,1024/512,512/0/default.jpg',
      '/1024,1024,576,1024/288,512/0/default.jpg',
      '/0,2048,1024,152/512,76/0/default.jpg',
      '/1024,2048,576,152/288,76/0/default.jpg',
    ]);
  });

  it('falls back to the nearest listed size at level 0 without tiles', async () => {
    const info = { ...(await infoOf(3)), tiles: undefined, sizes: [{ width: 200, height: 275 }, { width: 400, height: 550 }] };
    expect(mediumImageOf(service(3), 1000, info)).to.deep.equal({ kind: 'file', url: `${fixture('images/page-01/iiif3')}/full/400,550/0/default.jpg` });
  });

  it('shows a plain image as it is, and a small image whole', async () => {
    expect(mediumImageOf({ kind: 'plain', url: fixture('images/page-02/page.jpg') }, 1000)).to.deep.equal({ kind: 'file', url: fixture('images/page-02/page.jpg') });
    const info = { ...(await infoOf(3)), width: 800, height: 1100, sizes: undefined, tiles: undefined };
    expect(mediumImageOf(service(3), 1000, info)).to.deep.equal({ kind: 'file', url: `${fixture('images/page-01/iiif3')}/full/max/0/default.jpg` });
  });

  it('refuses an unusable info.json with a typed error', () => {
    expect(() => mediumImageOf(service(3), 1000, { id: 'x' })).to.throw().with.property('kind', 'not-iiif');
  });
});
