import { describeImageService, imageRequestUrl } from './image-service.js';
import { serviceBaseId, type ServiceImageSource } from './image-source.js';
import { idOf } from './json.js';
import type { ImageSource, PaintedImage } from './model.js';

export interface ThumbnailResource {
  thumbnail: ImageSource[];
  images?: PaintedImage[];
}

function withInfo(source: ServiceImageSource, info: unknown): ServiceImageSource {
  const infoId = idOf(info);
  if (!infoId || serviceBaseId(infoId) !== source.serviceId) return source;
  return { ...source, ...describeImageService(info, source) };
}

/** A URL scaled to `width` by the service (level 1+, or a listed size at level 0). */
function scaledUrl(source: ImageSource, width: number, info: unknown): string | undefined {
  if (source.kind !== 'service') return undefined;
  const service = withInfo(source, info);
  return service.level > 0 || service.sizes?.length ? imageRequestUrl(service, { size: { width } }) : undefined;
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

/**
 * The best URL for a thumbnail about `targetWidth` pixels wide: a thumbnail's image service, then a
 * thumbnail of suitable size, then a size from the painted image's service (its `sizes`, from `info`
 * when given, or a level 1+ size request), then a smaller thumbnail, then the painted image itself.
 * `info` is an info.json already fetched for one of these services (matched by id).
 */
export function pickThumbnail(resource: ThumbnailResource, targetWidth: number, info?: unknown): string | undefined {
  const thumbnails = resource.thumbnail;
  const images = (resource.images ?? []).map((image) => image.source);
  return (
    firstUrl(thumbnails, (source) => scaledUrl(source, targetWidth, info)) ??
    directThumbnail(thumbnails, targetWidth, false) ??
    firstUrl(images, (source) => scaledUrl(source, targetWidth, info)) ??
    directThumbnail(thumbnails, targetWidth, true) ??
    firstUrl([...images, ...thumbnails], fullUrl)
  );
}
