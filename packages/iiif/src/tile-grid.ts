import { asObjects, asPositiveNumber, isObject } from './json.js';
import type { Size } from './model.js';

/** The tiles an image service offers: their size in pixels of the scaled image, and the scale factors. */
export interface TileGrid {
  width: number;
  height: number;
  scaleFactors: number[];
}

/** The first tile grid of an info.json (Image API 2 and 3 `tiles`, or 1's `tile_width`), if it has one. */
export function tileGridOf(info: unknown): TileGrid | undefined {
  if (!isObject(info)) return undefined;
  const tiles = asObjects(info.tiles)[0];
  const width = asPositiveNumber(tiles?.width) ?? asPositiveNumber(info.tile_width);
  if (!width) return undefined;
  const height = asPositiveNumber(tiles?.height) ?? asPositiveNumber(info.tile_height) ?? width;
  const factors = (Array.isArray(tiles?.scaleFactors) ? tiles.scaleFactors : Array.isArray(info.scale_factors) ? info.scale_factors : [1])
    .map(asPositiveNumber)
    .filter((factor): factor is number => factor !== undefined);
  return { width, height, scaleFactors: factors.length ? [...new Set(factors)].sort((a, b) => a - b) : [1] };
}

/** How many tiles of one scale factor cover an image of `size`. */
export function tileCount(grid: TileGrid, size: Size, scaleFactor: number): number {
  return Math.ceil(size.width / (grid.width * scaleFactor)) * Math.ceil(size.height / (grid.height * scaleFactor));
}

/** The grid's scale factors, followed by the powers of two above them up to the first that shows the whole image in one tile. */
export function scaleFactorsToOneTile(grid: TileGrid, size: Size): number[] {
  const factors = [...grid.scaleFactors];
  for (let factor = 2; tileCount(grid, size, factors.at(-1)!) > 1; factor *= 2) {
    if (factor > factors.at(-1)!) factors.push(factor);
  }
  return factors;
}
