import { expect } from '@esm-bundle/chai';
import { describeImageService } from './image-service.js';
import { offeredSizes, tileGridOf, tilesCovering, wholeImageTiles, type TileGrid } from './image-tiles.js';

const images = `${location.origin}/fixtures/images`;

async function service(version: 2 | 3) {
  const info = await (await fetch(`${images}/page-01/iiif${version}/info.json`)).json();
  return { info, service: describeImageService(info) };
}

async function jpegSize(url: string): Promise<[number, number]> {
  const response = await fetch(url);
  expect(response.status, url).to.equal(200);
  const bitmap = await createImageBitmap(await response.blob());
  return [bitmap.width, bitmap.height];
}

describe('tile requests for stitching', () => {
  it('reads the tile grid of Image API 2 and 3 info.json, and of Image API 1', async () => {
    expect(tileGridOf((await service(3)).info)).to.deep.equal({ width: 512, height: 512, scaleFactors: [1, 2, 4, 8] });
    expect(tileGridOf((await service(2)).info)).to.deep.equal({ width: 512, height: 512, scaleFactors: [1, 2, 4, 8] });
    expect(tileGridOf({ tile_width: 256, scale_factors: [1, 2] })).to.deep.equal({ width: 256, height: 256, scaleFactors: [1, 2] });
    expect(tileGridOf({ width: 10, height: 10 })).to.equal(undefined);
  });

  for (const version of [2, 3] as const) {
    it(`covers a region with existing level-0 tiles at each scale factor (Image API ${version})`, async () => {
      const { info, service: described } = await service(version);
      const grid = tileGridOf(info)!;
      const region = { x: 880, y: 1364, width: 560, height: 550 };
      for (const factor of grid.scaleFactors) {
        const tiles = tilesCovering(described, grid, region, factor);
        const covered = tiles.reduce((area, tile) => area + tile.region.width * tile.region.height, 0);
        expect(covered).to.be.at.least(region.width * region.height);
        for (const tile of tiles) {
          const [width, height] = await jpegSize(tile.url);
          expect(width).to.be.closeTo(tile.region.width / factor, 1);
          expect(height).to.be.closeTo(tile.region.height / factor, 1);
        }
      }
      expect(tilesCovering(described, grid, region, 1).map((tile) => tile.region.x)).to.deep.equal([512, 1024, 512, 1024]);
    });

    it(`lists every whole-image size the service offers, smallest first, each one served (Image API ${version})`, async () => {
      const sizes = offeredSizes((await service(version)).service);
      expect(sizes.map(({ width, height }) => [width, height])).to.deep.equal([[200, 275], [400, 550], [800, 1100], [1600, 2200]]);
      for (const size of sizes) expect(await jpegSize(size.url)).to.deep.equal([size.width, size.height]);
    });

    it(`finds the levels that show the whole image as one tile, each one served (Image API ${version})`, async () => {
      const { info, service: described } = await service(version);
      const asOneTile = async (grid: TileGrid) =>
        Promise.all(wholeImageTiles(described, grid).map(async (tile) => [tile.width, tile.height, ...(await jpegSize(tile.url))]));
      expect(await asOneTile(tileGridOf(info)!)).to.deep.equal([[200, 275, 200, 275]]);
      expect(await asOneTile({ width: 1024, height: 1024, scaleFactors: [1, 2, 4, 8] })).to.deep.equal([[200, 275, 200, 275], [400, 550, 400, 550]]);
      expect(wholeImageTiles(described, { width: 256, height: 256, scaleFactors: [1, 2] })).to.deep.equal([]);
    });
  }
});
