import { expect } from '@esm-bundle/chai';
import type { ServiceImageSource } from './image-source.js';
import type { ImageSource } from './model.js';
import { pickThumbnail } from './thumbnail.js';

const images = `${location.origin}/fixtures/images`;
const level0: ServiceImageSource = { kind: 'service', serviceId: `${images}/page-01/iiif3`, infoUrl: `${images}/page-01/iiif3/info.json`, version: 3, level: 0, width: 1600, height: 2200 };
const level2: ServiceImageSource = { kind: 'service', serviceId: 'https://example.org/iiif/a', infoUrl: 'https://example.org/iiif/a/info.json', version: 2, level: 2, width: 3000, height: 2000 };
const painted = (source: ImageSource) => [{ source, target: { x: 0, y: 0, width: 1, height: 1 } }];

describe('pickThumbnail', () => {
  it('prefers a thumbnail image service, scaled to the wanted width', () => {
    expect(pickThumbnail({ thumbnail: [level2] }, 150)).to.equal('https://example.org/iiif/a/full/150,/0/default.jpg');
  });

  it('prefers the smallest plain thumbnail that is wide enough', () => {
    const thumbnail: ImageSource[] = [
      { kind: 'plain', url: 'big.jpg', width: 800 },
      { kind: 'plain', url: 'small.jpg', width: 100 },
      { kind: 'plain', url: 'right.jpg', width: 300 },
    ];
    expect(pickThumbnail({ thumbnail, images: painted(level2) }, 200)).to.equal('right.jpg');
  });

  it('uses the file a level 0 thumbnail names rather than the full painted image', () => {
    const thumbnail: ImageSource[] = [{ ...level0, url: `${images}/page-01/iiif3/full/200,275/0/default.jpg`, width: 200, height: 275 }];
    expect(pickThumbnail({ thumbnail, images: painted(level0) }, 150)).to.equal(`${images}/page-01/iiif3/full/200,275/0/default.jpg`);
  });

  it('uses a size from the painted image service over a thumbnail that is too small', () => {
    const thumbnail: ImageSource[] = [{ kind: 'plain', url: 'tiny.jpg', width: 50 }];
    expect(pickThumbnail({ thumbnail, images: painted(level2) }, 200)).to.equal('https://example.org/iiif/a/full/200,/0/default.jpg');
  });

  it('uses a listed size of a level 0 service from its info.json, and the URL exists', async () => {
    const info = await (await fetch(level0.infoUrl)).json();
    const url = pickThumbnail({ thumbnail: [], images: painted(level0) }, 300, info);
    expect(url).to.equal(`${images}/page-01/iiif3/full/400,550/0/default.jpg`);
    expect((await fetch(url!)).status).to.equal(200);
  });

  it('falls back to a small thumbnail, then to the painted image itself', () => {
    const noSizes = { ...level0, url: `${images}/page-01/page.jpg` };
    expect(pickThumbnail({ thumbnail: [{ kind: 'plain', url: 'tiny.jpg', width: 50 }], images: painted(noSizes) }, 200)).to.equal('tiny.jpg');
    expect(pickThumbnail({ thumbnail: [], images: painted(noSizes) }, 200)).to.equal(`${images}/page-01/page.jpg`);
    expect(pickThumbnail({ thumbnail: [], images: painted({ kind: 'plain', url: 'plain.jpg' }) }, 200)).to.equal('plain.jpg');
    expect(pickThumbnail({ thumbnail: [] }, 200)).to.equal(undefined);
  });
});
