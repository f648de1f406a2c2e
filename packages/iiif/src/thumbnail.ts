import { describeImageService, imageRequestUrl } from './image-service.js';
import { serviceBaseId, type ServiceImageSource } from './image-source.js';
import { tileGridOf, wholeImageTiles, type SizedService } from './image-tiles.js';
import { idOf } from './json.js';
import type { ImageSource, PaintedImage } from './model.js';

export interface ThumbnailResource {
  thumbnail: ImageSource[];
  images?: PaintedImage[];
}

/** The service as `info` describes it; undefined when `info` is of another service or unusable. */
function describedBy(source: ServiceImageSource, info: unknown): SizedService | undefined {
  const infoId = idOf(info);
  if (!infoId || serviceBaseId(infoId) !== source.serviceId) return undefined;
  try {
    return describeImageService(info, source);
  } catch {
    return undefined;
  }
}

/**
 * A URL scaled to `width` by the service: a level 1+ size request or a listed size; at level 0 without sizes, the
 * whole image as one tile (the smallest at least `width` wide, else the largest), when its info.json is given.
 */
function scaledUrl(source: ImageSource, width: number, info: unknown): string | undefined {
  if (source.kind !== 'service') return undefined;
  const described = describedBy(source, info);
  const service = { ...source, ...described };
  if (service.level > 0 || service.sizes?.length) return imageRequestUrl(service, { size: { width } });
  const grid = tileGridOf(info);
  const tiles = described && grid ? wholeImageTiles(described, grid) : [];
  return (tiles.find((tile) => tile.width >= width) ?? tiles.at(-1))?.url;
}

function fullUrl(source: ImageSource): string | undefined {
  return source.kind === 'plain' ? source.url : (source.url ?? imageRequestUrl(source));
}

/**
 * The thumbnail file closest above `width` (or of unknown size); when `orSmaller`, else the largest.
 * A service-backed thumbnail counts too, by the image file it names.
 */
function directThumbnail(sources: ImageSource[], width: number, orSmaller: boolean): string | undefined {
  const files = sources.filter((source): source is ImageSource & { url: string } => Boolean(source.url));
  const bigEnough = files
    .filter((source) => (source.width ?? Infinity) >= width)
    .sort((a, b) => (a.width ?? Infinity) - (b.width ?? Infinity));
  if (bigEnough.length || !orSmaller) return bigEnough[0]?.url;
  return files.sort((a, b) => (b.width ?? 0) - (a.width ?? 0))[0]?.url;
}

function firstUrl(sources: ImageSource[], url: (source: ImageSource) => string | undefined): string | undefined {
  for (const source of sources) {
    const found = url(source);
    if (found) return found;
  }
  return undefined;
}

/** Everything before the last resort: services scaled, thumbnails that are large enough, then smaller ones. */
function sizedThumbnail(resource: ThumbnailResource, targetWidth: number, info: unknown): string | undefined {
  const thumbnails = resource.thumbnail;
  const images = (resource.images ?? []).map((image) => image.source);
  return (
    firstUrl(thumbnails, (source) => scaledUrl(source, targetWidth, info)) ??
    directThumbnail(thumbnails, targetWidth, false) ??
    firstUrl(images, (source) => scaledUrl(source, targetWidth, info)) ??
    directThumbnail(thumbnails, targetWidth, true)
  );
}

/** The source whose whole image is the last resort: the first painted image, else the first thumbnail. */
function fallbackSource(resource: ThumbnailResource): ImageSource | undefined {
  return resource.images?.[0]?.source ?? resource.thumbnail[0];
}

/**
 * The best URL for a thumbnail about `targetWidth` pixels wide: a thumbnail's image service, then a
 * thumbnail of suitable size, then a size from the painted image's service (its `sizes`, from `info`
 * when given, or a level 1+ size request, or with `info` of a level 0 service without sizes a tile that
 * shows the whole image), then a smaller thumbnail, then the painted image itself.
 * `info` is an info.json already fetched for one of these services (matched by id).
 */
export function pickThumbnail(resource: ThumbnailResource, targetWidth: number, info?: unknown): string | undefined {
  const source = fallbackSource(resource);
  return sizedThumbnail(resource, targetWidth, info) ?? (source && fullUrl(source));
}

/**
 * The info.json to fetch before picking a thumbnail: that of the level 0 service whose full image pickThumbnail
 * would fall back to without it, since its info.json may list sizes or hold tiles of the whole image. Undefined when
 * the manifest alone gives a better thumbnail.
 */
export function thumbnailInfoUrl(resource: ThumbnailResource, targetWidth: number): string | undefined {
  const source = fallbackSource(resource);
  if (source?.kind !== 'service' || source.level > 0 || sizedThumbnail(resource, targetWidth, undefined)) return undefined;
  return source.infoUrl;
}
