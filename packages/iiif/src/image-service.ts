import { IIIFError } from './errors.js';
import { complianceLevel, imageApiVersionOf, serviceBaseId, sizesOf, type ServiceImageSource } from './image-source.js';
import { asObject, asPositiveNumber, asStrings, idOf, type JsonObject } from './json.js';
import { linkUrl, SERVICE_SCHEMES } from './link-url.js';
import type { ImageSource, Rect, Size } from './model.js';
import { scaleFactorsToOneTile, tileCount, tileGridOf } from './tile-grid.js';

/** What an image request needs to know about a service. `sizes` matter at level 0, which serves only those. */
export type ImageServiceDescription = Pick<ServiceImageSource, 'serviceId' | 'version' | 'level' | 'width' | 'height' | 'sizes'>;

export interface ImageRequest {
  /** Region in image pixels; the whole image when absent. */
  region?: Rect;
  /** Wanted size; the full size when absent. Height is derived from the aspect ratio when absent. */
  size?: { width: number; height?: number };
}

export interface PyramidLevel {
  url: string;
  width: number;
  height: number;
}

/** A normalised info.json; OpenSeadragon recognises it by its `@context`. */
export interface IIIFInfoTileSource extends JsonObject {
  '@context': string;
  width: number;
  height: number;
}

/**
 * Something OpenSeadragon 6 opens with `open({ tileSource })`: a IIIF info.json (normalised, with
 * `@context`, id, width and height), a legacy pyramid of whole-image renditions (level 0 without
 * tiles), or a single plain image.
 */
export type TileSourceDescription =
  | IIIFInfoTileSource
  | { type: 'legacy-image-pyramid'; levels: PyramidLevel[] }
  | { type: 'image'; url: string };

/** No image is larger than this many pixels a side (the largest scans and panoramas are about a million). */
const MAX_IMAGE_SIDE = 100_000_000;

/** A pyramid whose coarsest level needs more tiles than this is shallow: opening it would fetch them all at once. */
const MAX_COARSEST_TILES = 4;

const contexts = {
  1: 'http://iiif.io/api/image/1/context.json',
  2: 'http://iiif.io/api/image/2/context.json',
  3: 'http://iiif.io/api/image/3/context.json',
} as const;

function infoVersion(info: JsonObject, fallback: 1 | 2 | 3): 1 | 2 | 3 {
  if (info.type === 'ImageService3') return 3;
  const named = asStrings(info['@context']).map(imageApiVersionOf).find((version) => version !== undefined);
  return named ?? fallback;
}

/** The service an info.json describes; `source` supplies what the info.json leaves out (its id, its version). */
export function describeImageService(info: unknown, source?: ServiceImageSource): ImageServiceDescription & Size {
  const json = asObject(info);
  const width = asPositiveNumber(json?.width);
  const height = asPositiveNumber(json?.height);
  const id = linkUrl(idOf(json), SERVICE_SCHEMES) ?? source?.serviceId;
  const url = source?.infoUrl;
  if (!json || !width || !height || !id) {
    throw new IIIFError('not-iiif', `The image information${url ? ` at ${url}` : ''} has no id, width or height.`, { url });
  }
  if (Math.max(width, height) > MAX_IMAGE_SIDE) {
    throw new IIIFError('not-iiif', `The image information${url ? ` at ${url}` : ''} claims an image of ${width} × ${height} pixels.`, { url });
  }
  const sizes = sizesOf(json.sizes);
  return {
    serviceId: serviceBaseId(id),
    version: infoVersion(json, source?.version ?? 2),
    level: complianceLevel(json.profile),
    width,
    height,
    ...(sizes.length ? { sizes } : {}),
  };
}

function knownSize(service: ImageServiceDescription): Size | undefined {
  return service.width && service.height ? { width: service.width, height: service.height } : undefined;
}

function isWholeImage(region: Rect | undefined, service: ImageServiceDescription): boolean {
  if (!region) return true;
  return region.x <= 0 && region.y <= 0 && region.width >= (service.width ?? Infinity) && region.height >= (service.height ?? Infinity);
}

/** At level 0 only listed sizes exist: the smallest listed size at least as wide as wanted, else the largest. */
function listedSize(service: ImageServiceDescription, width: number): Size | undefined {
  const ascending = [...(service.sizes ?? [])].sort((a, b) => a.width - b.width);
  const size = ascending.find((listed) => listed.width >= width) ?? ascending.at(-1);
  return size && size.width < (service.width ?? Infinity) ? size : undefined;
}

/** The size of a scaled request, or undefined for the full size (never upscaled). */
function scaledSize(wanted: ImageRequest['size'], area: Size | undefined): { width: number; height?: number } | undefined {
  if (!wanted || (area && wanted.width >= area.width)) return undefined;
  const height = wanted.height ?? (area ? (wanted.width * area.height) / area.width : undefined);
  return { width: Math.round(wanted.width), height: height === undefined ? undefined : Math.round(height) };
}

function sizeParameter(version: 1 | 2 | 3, size: { width: number; height?: number } | undefined): string {
  if (!size) return version === 3 ? 'max' : 'full';
  return version === 3 && size.height ? `${size.width},${size.height}` : `${size.width},`;
}

/**
 * An Image API 1, 2 or 3 image request URL (jpg). Versions 1 and 2 use `full` and `w,`; version 3
 * uses `max` and `w,h`. Requests never upscale. At level 0 the region must be the whole image and
 * the size snaps to a listed size (or the full size when none is listed); the result is undefined
 * when a level 0 service cannot serve the region.
 */
export function imageRequestUrl(service: ImageServiceDescription, request: ImageRequest = {}): string | undefined {
  const whole = isWholeImage(request.region, service);
  if (service.level === 0 && !whole) return undefined;
  const region = whole || !request.region ? 'full' : [request.region.x, request.region.y, request.region.width, request.region.height].map(Math.round).join(',');
  const size =
    service.level === 0
      ? request.size && listedSize(service, request.size.width)
      : scaledSize(request.size, whole ? knownSize(service) : request.region);
  const quality = service.version === 1 ? 'native' : 'default';
  return `${service.serviceId}/${region}/${sizeParameter(service.version, size)}/0/${quality}.jpg`;
}

function legacyPyramid(service: ImageServiceDescription & Size): TileSourceDescription {
  const full = { width: service.width, height: service.height };
  const smaller = (service.sizes ?? []).filter((size) => size.width < full.width);
  const levels = [...smaller.sort((a, b) => a.width - b.width), full].map((size) => ({
    url: imageRequestUrl(service, size === full ? {} : { size }) ?? '',
    width: size.width,
    height: size.height,
  }));
  return { type: 'legacy-image-pyramid', levels };
}

/** What OpenSeadragon reads of the tiles and sizes, as they were understood (so that junk in them never reaches it). */
const TILING_KEYS = ['tiles', 'tile_width', 'tile_height', 'scale_factors', 'sizes'];

/**
 * Turns an info.json of Image API 1, 2 or 3 (any level) into a tile source OpenSeadragon 6 opens:
 * tiled services as IIIF tile sources; level 0 without tiles as a legacy pyramid of its listed
 * `sizes` plus the full image (just the full image when no sizes are listed). A shallow pyramid (whose
 * coarsest level needs more than a few tiles, as `scaleFactors: [1]`) would open by fetching all of them:
 * above level 0 its scale factors go on in powers of two until one tile shows the whole image, and at level 0
 * with `sizes` it opens as the legacy pyramid. A plain image needs no info.json and becomes `{ type: 'image', url }`.
 * Throws IIIFError 'not-iiif' for an unusable info.json.
 */
export function tileSourceFromInfo(info: unknown, source: ImageSource): TileSourceDescription {
  if (source.kind === 'plain') return { type: 'image', url: source.url };
  const service = describeImageService(info, source);
  const grid = tileGridOf(info);
  const shallow = grid !== undefined && tileCount(grid, service, grid.scaleFactors.at(-1)!) > MAX_COARSEST_TILES;
  if (service.level === 0 && (!grid || (shallow && service.sizes?.length))) return legacyPyramid(service);
  const json = structuredClone(info as JsonObject);
  for (const key of TILING_KEYS) delete json[key];
  const scaleFactors = grid && shallow && service.level > 0 ? scaleFactorsToOneTile(grid, service) : grid?.scaleFactors;
  const idKey = service.version === 3 ? 'id' : '@id';
  return {
    ...json,
    '@context': contexts[service.version],
    [idKey]: service.serviceId,
    width: service.width,
    height: service.height,
    ...(grid ? { tiles: [{ width: grid.width, height: grid.height, scaleFactors }] } : {}),
    ...(service.sizes ? { sizes: service.sizes } : {}),
  };
}

/** The full image size a tile source shows, when known before opening it. */
export function tileSourceSize(description: TileSourceDescription): Size | undefined {
  if (description.type === 'image') return undefined;
  if (description.type === 'legacy-image-pyramid') {
    const largest = (description.levels as PyramidLevel[]).at(-1);
    return largest && { width: largest.width, height: largest.height };
  }
  const { width, height } = description as IIIFInfoTileSource;
  return { width, height };
}
