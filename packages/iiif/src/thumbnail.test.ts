import { expect } from '@esm-bundle/chai';
import type { ServiceImageSource } from './image-source.js';
import type { ImageSource } from './model.js';
import { pickThumbnail, thumbnailInfoUrl } from './thumbnail.js';

const images = `${location.origin}/fixtures/images`;
const level0: ServiceImageSource = { kind: 'service', serviceId: `${images}/page-01/iiif3`, infoUrl: `${images}/page-01/iiif3/info.json`, version: 3, level: 0, width: 1600, height: 2200 };
const level2: ServiceImageSource = { kind: 'service', serviceId: 'https://example.org/iiif/a', infoUrl: 'https://example.org/iiif/a/info.json', version: 2, level: 2, width: 3000, height: 2000 };
const painted = (source: ImageSource) => [{ source, target: { x: 0, y: 0, width: 1, height: 1 } }];

async function infoWithout(version: 2 | 3, changes: Record<string, unknown>): Promise<Record<string, unknown>> {
  const info = await (await fetch(`${images}/page-01/iiif${version}/info.json`)).json();
  delete info.sizes;
  return { ...info, ...changes };
}

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

  it('uses the whole image as one tile of a level 0 set whose info.json lists no sizes, and the tile exists', async () => {
    for (const version of [2, 3] as const) {
      const service = { ...level0, serviceId: `${images}/page-01/iiif${version}`, version, url: `${images}/page-01/page.jpg` };
      const url = pickThumbnail({ thumbnail: [], images: painted(service) }, 150, await infoWithout(version, {}));
      expect(url).to.equal(`${images}/page-01/iiif${version}/full/${version === 3 ? '200,275' : '200,'}/0/default.jpg`);
      expect((await fetch(url!)).status).to.equal(200);
    }
  });

  it('picks the smallest whole-image tile wide enough, and the body file when no level fits in one tile', async () => {
    const body = { ...level0, url: `${images}/page-01/page.jpg` };
    const bigTiles = await infoWithout(3, { tiles: [{ width: 1024, scaleFactors: [1, 2, 4, 8] }] });
    const url = pickThumbnail({ thumbnail: [], images: painted(body) }, 300, bigTiles);
    expect(url).to.equal(`${images}/page-01/iiif3/full/400,550/0/default.jpg`);
    expect((await fetch(url!)).status).to.equal(200);
    expect(pickThumbnail({ thumbnail: [], images: painted(body) }, 1000, bigTiles)).to.equal(`${images}/page-01/iiif3/full/400,550/0/default.jpg`);
    const shallow = await infoWithout(3, { tiles: [{ width: 256, scaleFactors: [1] }] });
    expect(pickThumbnail({ thumbnail: [], images: painted(body) }, 300, shallow)).to.equal(`${images}/page-01/page.jpg`);
  });

  it('ignores an info.json of another service or without a size, rather than throwing', async () => {
    const body = { ...level0, url: `${images}/page-01/page.jpg` };
    const sizeless = await infoWithout(3, { width: undefined });
    expect(pickThumbnail({ thumbnail: [], images: painted(body) }, 150, sizeless)).to.equal(`${images}/page-01/page.jpg`);
    const other = await infoWithout(3, { id: `${images}/page-02/iiif3` });
    expect(pickThumbnail({ thumbnail: [], images: painted(body) }, 150, other)).to.equal(`${images}/page-01/page.jpg`);
  });

  it('names the info.json to fetch only when the thumbnail would be the full image of a level 0 service', () => {
    expect(thumbnailInfoUrl({ thumbnail: [], images: painted(level0) }, 150)).to.equal(level0.infoUrl);
    expect(thumbnailInfoUrl({ thumbnail: [], images: painted({ ...level0, url: `${images}/page-01/page.jpg` }) }, 150)).to.equal(level0.infoUrl);
    expect(thumbnailInfoUrl({ thumbnail: [level0], images: [] }, 150)).to.equal(level0.infoUrl);
    expect(thumbnailInfoUrl({ thumbnail: [], images: painted({ ...level0, sizes: [{ width: 200, height: 275 }] }) }, 150)).to.equal(undefined);
    expect(thumbnailInfoUrl({ thumbnail: [{ kind: 'plain', url: 'tiny.jpg', width: 50 }], images: painted(level0) }, 150)).to.equal(undefined);
    expect(thumbnailInfoUrl({ thumbnail: [], images: painted(level2) }, 150)).to.equal(undefined);
    expect(thumbnailInfoUrl({ thumbnail: [], images: painted({ kind: 'plain', url: 'plain.jpg' }) }, 150)).to.equal(undefined);
  });
});
