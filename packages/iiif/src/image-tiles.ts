import { imageRequestUrl, type ImageServiceDescription } from './image-service.js';
import { IIIFError } from './errors.js';
import type { Rect, Size } from './model.js';
import { tileCount, type TileGrid } from './tile-grid.js';

export { tileCount, tileGridOf, type TileGrid } from './tile-grid.js';

/** One tile request: its URL and the part of the full image it shows, in full-image pixels. */
export interface TileRequest {
  url: string;
  region: Rect;
}

export type SizedService = ImageServiceDescription & Size;

/** The size parameter of a tile, written as static level-0 tile trees (and OpenSeadragon) name it. */
function tileSize(service: SizedService, width: number, height: number): string {
  if (service.version === 3) return width === service.width && height === service.height ? 'max' : `${width},${height}`;
  if (service.version === 2 && width === service.width) return 'full';
  return service.level === 0 || service.version === 1 ? `${width},` : `${width},${height}`;
}

/** The most tiles one request for tiles lists; more is no real image shown once, but an info.json's absurd figures. */
export const MAX_COVERING_TILES = 4096;

/**
 * The tiles of one scale factor that cover `region` (full-image pixels), with the URLs of the IIIF tile
 * naming convention, so that they exist on static level-0 servers. Throws IIIFError 'not-iiif' when that
 * would take more than MAX_COVERING_TILES.
 */
export function tilesCovering(service: SizedService, grid: TileGrid, region: Rect, scaleFactor: number): TileRequest[] {
  const levelWidth = Math.ceil(service.width / scaleFactor);
  const levelHeight = Math.ceil(service.height / scaleFactor);
  const quality = service.version === 1 ? 'native' : 'default';
  const url = (area: string, size: string) => `${service.serviceId}/${area}/${size}/0/${quality}.jpg`;
  if (levelWidth < grid.width && levelHeight < grid.height) {
    return [{ url: url('full', tileSize(service, levelWidth, levelHeight)), region: { x: 0, y: 0, width: service.width, height: service.height } }];
  }
  const span = { width: grid.width * scaleFactor, height: grid.height * scaleFactor };
  const requests: TileRequest[] = [];
  const [firstColumn, lastColumn] = [Math.floor(region.x / span.width), Math.ceil((region.x + region.width) / span.width)];
  const [firstRow, lastRow] = [Math.floor(region.y / span.height), Math.ceil((region.y + region.height) / span.height)];
  if ((lastColumn - firstColumn) * (lastRow - firstRow) > MAX_COVERING_TILES) {
    throw new IIIFError('not-iiif', `The image service ${service.serviceId} would take more than ${MAX_COVERING_TILES} tiles to show this region.`);
  }
  for (let row = Math.max(0, firstRow); row < Math.min(lastRow, Math.ceil(service.height / span.height)); row++) {
    for (let column = Math.max(0, firstColumn); column < Math.min(lastColumn, Math.ceil(service.width / span.width)); column++) {
      const x = column * span.width;
      const y = row * span.height;
      const width = Math.min(span.width, service.width - x);
      const height = Math.min(span.height, service.height - y);
      const whole = x === 0 && y === 0 && width === service.width && height === service.height;
      const size = tileSize(service, Math.min(grid.width, levelWidth - column * grid.width), Math.min(grid.height, levelHeight - row * grid.height));
      requests.push({ url: url(whole ? 'full' : `${x},${y},${width},${height}`, size), region: { x, y, width, height } });
    }
  }
  return requests;
}

/** Every whole-image size a service offers (its listed sizes and the full size), smallest first, with their URLs. */
export function offeredSizes(service: SizedService): Array<Size & { url: string }> {
  const full = { width: service.width, height: service.height };
  const listed = (service.sizes ?? []).filter((size) => size.width < full.width);
  const unique = [...new Map([...listed, full].map((size) => [size.width, size])).values()].sort((a, b) => a.width - b.width);
  return unique.map((size) => ({ ...size, url: imageRequestUrl(service, size === full ? {} : { size })! }));
}

/** The whole image as one tile of each scale factor whose level fits in one, smallest first, with their URLs. */
export function wholeImageTiles(service: SizedService, grid: TileGrid): Array<Size & { url: string }> {
  const whole = { x: 0, y: 0, width: service.width, height: service.height };
  return [...grid.scaleFactors].reverse().flatMap((scaleFactor) => {
    if (tileCount(grid, service, scaleFactor) > 1) return [];
    const size = { width: Math.ceil(service.width / scaleFactor), height: Math.ceil(service.height / scaleFactor) };
    return [{ ...size, url: tilesCovering(service, grid, whole, scaleFactor)[0].url }];
  });
}
