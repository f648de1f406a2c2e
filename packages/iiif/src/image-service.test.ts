import { expect } from '@esm-bundle/chai';
import { IIIFError } from './errors.js';
import { imageRequestUrl, tileSourceFromInfo, tileSourceSize, type ImageServiceDescription, type PyramidLevel, type TileSourceDescription } from './image-service.js';
import type { ServiceImageSource } from './image-source.js';
import type { ImageSource } from './model.js';

const images = `${location.origin}/fixtures/images`;

function serviceSource(serviceId: string, version: 1 | 2 | 3, level: 0 | 1 | 2 = 0): ServiceImageSource {
  return { kind: 'service', serviceId, infoUrl: `${serviceId}/info.json`, version, level };
}

/** The description with its fields readable, as OpenSeadragon reads them. */
function tileSourceOf(info: unknown, source: ImageSource): TileSourceDescription & Record<string, unknown> {
  return tileSourceFromInfo(info, source) as TileSourceDescription & Record<string, unknown>;
}

async function info(path: string): Promise<Record<string, unknown>> {
  return (await fetch(`${images}/${path}/info.json`)).json();
}

async function statuses(levels: PyramidLevel[]): Promise<number[]> {
  return Promise.all(levels.map(async (level) => (await fetch(level.url)).status));
}

describe('tileSourceFromInfo', () => {
  it('passes a tiled Image API 3 level 0 service to OpenSeadragon as IIIF', async () => {
    const json = await info('page-01/iiif3');
    const tileSource = tileSourceOf(json, serviceSource(`${images}/page-01/iiif3`, 3));
    expect(tileSource['@context']).to.equal('http://iiif.io/api/image/3/context.json');
    expect(tileSource.id).to.equal(`${images}/page-01/iiif3`);
    expect(tileSource.tiles).to.deep.equal([{ width: 512, height: 512, scaleFactors: [1, 2, 4, 8] }]);
    expect(tileSourceSize(tileSource)).to.deep.equal({ width: 1600, height: 2200 });
  });

  it('passes a tiled Image API 2 level 0 service as IIIF with @id', async () => {
    const tileSource = tileSourceOf(await info('page-01/iiif2'), serviceSource(`${images}/page-01/iiif2`, 2));
    expect(tileSource['@context']).to.equal('http://iiif.io/api/image/2/context.json');
    expect(tileSource['@id']).to.equal(`${images}/page-01/iiif2`);
  });

  it('turns level 0 without tiles into a pyramid of its sizes plus the full image (Image API 3)', async () => {
    const json = await info('page-01/iiif3');
    delete json.tiles;
    const tileSource = tileSourceOf(json, serviceSource(`${images}/page-01/iiif3`, 3));
    expect(tileSource.type).to.equal('legacy-image-pyramid');
    const levels = tileSource.levels as PyramidLevel[];
    expect(levels.map((level) => level.url.slice(images.length))).to.deep.equal([
      '/page-01/iiif3/full/200,275/0/default.jpg',
      '/page-01/iiif3/full/400,550/0/default.jpg',
      '/page-01/iiif3/full/800,1100/0/default.jpg',
      '/page-01/iiif3/full/max/0/default.jpg',
    ]);
    expect(await statuses(levels)).to.deep.equal([200, 200, 200, 200]);
    expect(tileSourceSize(tileSource)).to.deep.equal({ width: 1600, height: 2200 });
  });

  it('turns level 0 without tiles into a pyramid with w, sizes (Image API 2)', async () => {
    const json = await info('page-01/iiif2');
    delete json.tiles;
    const levels = tileSourceOf(json, serviceSource(`${images}/page-01/iiif2`, 2)).levels as PyramidLevel[];
    expect(levels.map((level) => level.url.split('/iiif2/')[1])).to.deep.equal([
      'full/200,/0/default.jpg',
      'full/400,/0/default.jpg',
      'full/800,/0/default.jpg',
      'full/full/0/default.jpg',
    ]);
    expect(await statuses(levels)).to.deep.equal([200, 200, 200, 200]);
  });

  it('shows level 0 without tiles and without sizes as the single full image', async () => {
    for (const [path, version] of [['page-02/iiif3', 3], ['page-02/iiif2', 2]] as const) {
      const json = await info(path);
      delete json.tiles;
      delete json.sizes;
      const levels = tileSourceOf(json, serviceSource(`${images}/${path}`, version)).levels as PyramidLevel[];
      expect(levels).to.have.length(1);
      expect(levels[0].url).to.equal(`${images}/${path}/full/${version === 3 ? 'max' : 'full'}/0/default.jpg`);
      expect(await statuses(levels)).to.deep.equal([200]);
    }
  });

  it('passes level 1 and 2 services without tiles to OpenSeadragon, which requests its own tiles', () => {
    const v2 = { '@context': 'http://iiif.io/api/image/2/context.json', '@id': 'https://example.org/iiif/a/', protocol: 'http://iiif.io/api/image', profile: ['http://iiif.io/api/image/2/level2.json'], width: 4000, height: 3000 };
    const tileSource = tileSourceOf(v2, serviceSource('https://example.org/iiif/a', 2, 2));
    expect(tileSource['@id']).to.equal('https://example.org/iiif/a');
    expect(tileSource.profile).to.deep.equal(v2.profile);
    const v3 = { '@context': 'http://iiif.io/api/image/3/context.json', id: 'https://example.org/iiif3/b', type: 'ImageService3', profile: 'level1', width: 100, height: 50 };
    expect(tileSourceOf(v3, serviceSource('https://example.org/iiif3/b', 3, 1))).to.include({ id: 'https://example.org/iiif3/b', width: 100, height: 50 });
  });

  it('reads Image API 1.1 (tile_width, scale_factors) and 1.0 without @context', () => {
    const v11 = { '@context': 'http://library.stanford.edu/iiif/image-api/1.1/context.json', '@id': 'https://example.org/v1/c', width: 2000, height: 1000, tile_width: 256, tile_height: 256, scale_factors: [1, 2, 4], profile: 'http://library.stanford.edu/iiif/image-api/1.1/compliance.html#level1' };
    const tileSource = tileSourceOf(v11, serviceSource('https://example.org/v1/c', 1, 1));
    expect(tileSource).to.include({ '@context': 'http://iiif.io/api/image/1/context.json', '@id': 'https://example.org/v1/c' });
    expect(tileSource.tiles).to.deep.equal([{ width: 256, height: 256, scaleFactors: [1, 2, 4] }]);
    const v10 = { identifier: 'd', width: 300, height: 200, scale_factors: [1, 2], tile_width: 100, profile: 'http://library.stanford.edu/iiif/image-api/compliance.html#level1' };
    expect(tileSourceOf(v10, serviceSource('https://example.org/v1/d', 1, 1))).to.include({ '@context': 'http://iiif.io/api/image/1/context.json', '@id': 'https://example.org/v1/d' });
  });

  it('extends a shallow pyramid above level 0 with powers of two until one tile shows the whole image', async () => {
    const json = { ...(await info('page-01/iiif3')), profile: 'level1', tiles: [{ width: 256, scaleFactors: [1] }] };
    const tileSource = tileSourceOf(json, serviceSource(`${images}/page-01/iiif3`, 3, 1));
    expect(tileSource.tiles).to.deep.equal([{ width: 256, height: 256, scaleFactors: [1, 2, 4, 8, 16] }]);
    const tall = { ...json, width: 3000, height: 16000, tiles: [{ width: 512, height: 1024, scaleFactors: [1, 2] }] };
    expect((tileSourceOf(tall, serviceSource(`${images}/page-01/iiif3`, 3, 1)).tiles as unknown[])[0]).to.deep.include({ scaleFactors: [1, 2, 4, 8, 16] });
    const v1 = { '@id': 'https://example.org/digilib/a', width: 4000, height: 3000, tile_width: 256, scale_factors: [1], profile: 'http://library.stanford.edu/iiif/image-api/1.1/compliance.html#level2' };
    expect((tileSourceOf(v1, serviceSource('https://example.org/digilib/a', 1, 2)).tiles as unknown[])[0]).to.deep.include({ scaleFactors: [1, 2, 4, 8, 16] });
    const deep = { ...json, tiles: [{ width: 512, scaleFactors: [1, 2, 4] }] };
    expect(tileSourceOf(deep, serviceSource(`${images}/page-01/iiif3`, 3, 1)).tiles).to.deep.equal([{ width: 512, height: 512, scaleFactors: [1, 2, 4] }]);
  });

  it('opens a shallow level 0 pyramid with sizes as the legacy pyramid of its sizes, whose files exist', async () => {
    const json: Record<string, unknown> = { ...(await info('page-01/iiif3')), tiles: [{ width: 256, scaleFactors: [1] }] };
    const tileSource = tileSourceOf(json, serviceSource(`${images}/page-01/iiif3`, 3));
    expect(tileSource.type).to.equal('legacy-image-pyramid');
    const levels = tileSource.levels as PyramidLevel[];
    expect(levels.map((level) => level.width)).to.deep.equal([200, 400, 800, 1600]);
    expect(await statuses(levels)).to.deep.equal([200, 200, 200, 200]);
    delete json.sizes;
    expect(tileSourceOf(json, serviceSource(`${images}/page-01/iiif3`, 3)).tiles).to.deep.equal([{ width: 256, height: 256, scaleFactors: [1] }]);
  });

  it('hands OpenSeadragon only the tiles and sizes it understood, and refuses an image of absurd size or a hostile id', async () => {
    const json = { ...(await info('page-01/iiif3')), profile: 'level1', tiles: [{ width: 256, height: 0, scaleFactors: [0, -1, 'NaN', 2, { x: 1 }, 1] }, false], sizes: [{ width: 4000, height: -3 }, 1, { width: 200, height: 275 }] };
    const tileSource = tileSourceOf(json, serviceSource(`${images}/page-01/iiif3`, 3, 1));
    expect(tileSource.tiles).to.deep.equal([{ width: 256, height: 256, scaleFactors: [1, 2, 4, 8, 16] }]);
    expect(tileSource.sizes).to.deep.equal([{ width: 200, height: 275 }]);
    expect(() => tileSourceOf({ ...json, width: 1e9, height: 1e9 }, serviceSource(`${images}/page-01/iiif3`, 3))).to.throw(IIIFError).with.property('kind', 'not-iiif');
    const hostile = tileSourceOf({ ...json, id: 'JaVaScRiPt:alert(1)' }, serviceSource(`${images}/page-01/iiif3`, 3, 1));
    expect(hostile.id).to.equal(`${images}/page-01/iiif3`);
  });

  it('does not change the info.json it is given', async () => {
    const json = await info('page-01/iiif3');
    const copy = structuredClone(json);
    tileSourceOf(json, serviceSource(`${images}/page-01/iiif3`, 3));
    expect(json).to.deep.equal(copy);
  });

  it('opens a plain image as an image tile source', () => {
    const url = `${images}/page-01/page.jpg`;
    const tileSource = tileSourceOf(undefined, { kind: 'plain', url });
    expect(tileSource).to.deep.equal({ type: 'image', url });
    expect(tileSourceSize(tileSource)).to.equal(undefined);
  });

  it('rejects an info.json without size with a typed error', () => {
    const source = serviceSource('https://example.org/x', 2);
    expect(() => tileSourceFromInfo({ '@id': 'https://example.org/x' }, source)).to.throw(IIIFError).with.property('kind', 'not-iiif');
    expect(() => tileSourceFromInfo('nonsense', source)).to.throw(IIIFError).with.property('url', 'https://example.org/x/info.json');
  });
});

describe('imageRequestUrl', () => {
  const v2: ImageServiceDescription = { serviceId: 'https://example.org/v2', version: 2, level: 2, width: 2000, height: 1000 };
  const v3: ImageServiceDescription = { ...v2, serviceId: 'https://example.org/v3', version: 3 };

  it('asks Image API 2 for full and w, sizes', () => {
    expect(imageRequestUrl(v2)).to.equal('https://example.org/v2/full/full/0/default.jpg');
    expect(imageRequestUrl(v2, { size: { width: 300 } })).to.equal('https://example.org/v2/full/300,/0/default.jpg');
    expect(imageRequestUrl(v2, { region: { x: 10.2, y: 20, width: 400, height: 200 }, size: { width: 100 } })).to.equal(
      'https://example.org/v2/10,20,400,200/100,/0/default.jpg',
    );
  });

  it('asks Image API 3 for max and w,h sizes', () => {
    expect(imageRequestUrl(v3)).to.equal('https://example.org/v3/full/max/0/default.jpg');
    expect(imageRequestUrl(v3, { size: { width: 300 } })).to.equal('https://example.org/v3/full/300,150/0/default.jpg');
    expect(imageRequestUrl(v3, { region: { x: 0, y: 0, width: 400, height: 400 }, size: { width: 100 } })).to.equal(
      'https://example.org/v3/0,0,400,400/100,100/0/default.jpg',
    );
    expect(imageRequestUrl({ ...v3, width: undefined, height: undefined }, { size: { width: 64 } })).to.equal('https://example.org/v3/full/64,/0/default.jpg');
  });

  it('never upscales', () => {
    expect(imageRequestUrl(v3, { size: { width: 5000 } })).to.equal('https://example.org/v3/full/max/0/default.jpg');
    expect(imageRequestUrl(v2, { region: { x: 0, y: 0, width: 100, height: 100 }, size: { width: 300 } })).to.equal(
      'https://example.org/v2/0,0,100,100/full/0/default.jpg',
    );
  });

  it('uses native quality for Image API 1', () => {
    expect(imageRequestUrl({ ...v2, version: 1 }, { size: { width: 200 } })).to.equal('https://example.org/v2/full/200,/0/native.jpg');
  });

  it('keeps level 0 requests to the listed sizes and the full region', () => {
    const level0 = { ...v3, level: 0 as const, sizes: [{ width: 500, height: 250 }, { width: 250, height: 125 }] };
    expect(imageRequestUrl(level0, { size: { width: 200 } })).to.equal('https://example.org/v3/full/250,125/0/default.jpg');
    expect(imageRequestUrl(level0, { size: { width: 300 } })).to.equal('https://example.org/v3/full/500,250/0/default.jpg');
    expect(imageRequestUrl(level0, { size: { width: 900 } })).to.equal('https://example.org/v3/full/500,250/0/default.jpg');
    expect(imageRequestUrl({ ...level0, sizes: undefined }, { size: { width: 300 } })).to.equal('https://example.org/v3/full/max/0/default.jpg');
    expect(imageRequestUrl(level0, { region: { x: 0, y: 0, width: 10, height: 10 } })).to.equal(undefined);
    expect(imageRequestUrl(level0, { region: { x: 0, y: 0, width: 2000, height: 1000 } })).to.equal('https://example.org/v3/full/max/0/default.jpg');
  });
});
