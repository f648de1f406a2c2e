import { describeImageService, imageRequestUrl, tileCount, tileGridOf, tilesCovering, type ImageSource, type Size, type TileRequest } from '@vellum/iiif';

/** Medium images have about this many pixels on their long side: enough for a screen, light on the wire. */
export const MEDIUM_MIN = 1000;
export const MEDIUM_MAX = 1600;
const STEP = 200;
/** A listed size counts as medium when its long side is within this factor of the wanted one. */
const SLACK = 1.5;
/** Stitching more tiles than this would be slower than loading a listed size, or the full image. */
const MAX_STITCHED_TILES = 64;

/** A static image file, or the tiles of one pyramid level to draw side by side into `size`. */
export type MediumImage =
  | { kind: 'file'; url: string }
  | { kind: 'stitched'; size: Size; tiles: TileRequest[]; scaleFactor: number };

const longSide = (size: Size) => Math.max(size.width, size.height);

/**
 * The long side, in image pixels, of a medium image shown `cssLongSide` CSS pixels long at `pixelRatio`:
 * between MEDIUM_MIN and MEDIUM_MAX, in steps of 200 so that small resizes ask for the same file (MEDIUM_MIN for a box
 * of no size yet, whose NaN would never equal the last one and would resolve the image again on every update).
 */
export function mediumLongSide(cssLongSide: number, pixelRatio = 1): number {
  const wanted = Math.ceil((cssLongSide * pixelRatio) / STEP) * STEP;
  if (!Number.isFinite(wanted)) return MEDIUM_MIN;
  return Math.min(MEDIUM_MAX, Math.max(MEDIUM_MIN, wanted));
}

/** The listed size whose long side is nearest to `wanted` (by ratio), within `slack` when given. */
function nearestSize(sizes: Size[], wanted: number, slack = Infinity): Size | undefined {
  const distance = (size: Size) => Math.abs(Math.log(longSide(size) / wanted));
  const [nearest] = [...sizes].sort((a, b) => distance(a) - distance(b));
  return nearest && distance(nearest) <= Math.log(slack) ? nearest : undefined;
}

/**
 * The medium image of a source whose long side is about `wanted` pixels. `info` is the service's
 * info.json (unused for plain images). In order: the image itself when it is no larger; a listed size
 * near the wanted one; a level 1+ size request; at level 0, the tiles of the coarsest level at least as
 * large as wanted (stitched); else the nearest listed size, or the full image.
 * Throws IIIFError 'not-iiif' for an unusable info.json.
 */
export function mediumImageOf(source: ImageSource, wanted: number, info?: unknown): MediumImage {
  if (source.kind === 'plain') return { kind: 'file', url: source.url };
  const service = describeImageService(info, source);
  const file = (size?: Size): MediumImage => ({ kind: 'file', url: imageRequestUrl(service, size ? { size } : {})! });
  const full = longSide(service);
  if (full <= wanted * SLACK) return file();
  const listed = (service.sizes ?? []).filter((size) => size.width <= service.width);
  const near = nearestSize(listed, wanted, SLACK);
  if (near) return file(near);
  if (service.level > 0) return file({ width: Math.round((wanted * service.width) / full), height: Math.round((wanted * service.height) / full) });
  const grid = tileGridOf(info);
  const scaleFactor = grid && ([...grid.scaleFactors].reverse().find((factor) => full / factor >= wanted) ?? grid.scaleFactors[0]);
  if (grid && scaleFactor && tileCount(grid, service, scaleFactor) <= MAX_STITCHED_TILES) {
    const size = { width: Math.ceil(service.width / scaleFactor), height: Math.ceil(service.height / scaleFactor) };
    const tiles = tilesCovering(service, grid, { x: 0, y: 0, width: service.width, height: service.height }, scaleFactor);
    return { kind: 'stitched', size, tiles, scaleFactor };
  }
  const nearest = nearestSize(listed, wanted);
  return file(nearest && nearest.width < service.width ? nearest : undefined);
}
