import { describeImageService, imageRequestUrl, offeredSizes, tileGridOf, type PaintedImage, type Rect, type Size, type SizedService, type TileGrid } from '@vellum/iiif';
import { placeImage } from './coordinates.js';
import { exportSize } from './export-region.js';
import { corsDecisions, serviceProbeUrl } from './cors.js';
import { servedService } from './service-base.js';
import type { SlotCanvas, SpreadPage } from './spread.js';

export interface ExportSize extends Size {
  url: string;
}

/** The image under the view, as far as export needs it. */
export interface ExportImage {
  /** The visible part of the image, in image pixels. */
  region: Rect;
  /** Output sizes offered for the region, largest first: full resolution, half and quarter (within MAX_EXPORT_PIXELS). */
  resolutions: Size[];
  /** Width and height of the whole image, in pixels. */
  size: Size;
  /** An Image API request for the visible region at full size; absent at level 0 and for plain images, which serve no regions. */
  regionUrl?: string;
  /** Every whole-image size on offer, smallest first; the last is the full size. */
  sizes: ExportSize[];
  /** The service's pixels can be fetched and read by this page (same origin, or CORS allowed). */
  readable: boolean;
  service?: SizedService;
  tiles?: TileGrid;
}

/** What can be exported from a slot's current view. */
export interface ExportInfo {
  /** The canvas on show; for a spread, the page most in view. */
  canvasId: string;
  /** The visible part of that canvas, in its own units, rounded. */
  canvasRegion: Rect;
  /** The canvas id with an #xywh fragment: a link that names the visible region. */
  regionLink: string;
  image?: ExportImage;
}

const intersect = (a: Rect, b: Rect): Rect | undefined => {
  const x = Math.max(a.x, b.x);
  const y = Math.max(a.y, b.y);
  const width = Math.min(a.x + a.width, b.x + b.width) - x;
  const height = Math.min(a.y + a.height, b.y + b.height) - y;
  return width > 0 && height > 0 ? { x, y, width, height } : undefined;
};

const rounded = (rect: Rect): Rect => {
  const x = Math.max(0, Math.floor(rect.x));
  const y = Math.max(0, Math.floor(rect.y));
  return { x, y, width: Math.ceil(rect.x + rect.width) - x, height: Math.ceil(rect.y + rect.height) - y };
};

/** Maps a canvas region onto the pixels of an image placed on the canvas, clamped to the image. */
function imageRegion(image: PaintedImage, size: Size, canvasRegion: Rect): Rect | undefined {
  const placement = placeImage(image, size.width);
  const scale = size.width / placement.width;
  const mapped = { x: (canvasRegion.x - placement.x) * scale, y: (canvasRegion.y - placement.y) * scale, width: canvasRegion.width * scale, height: canvasRegion.height * scale };
  const visible = intersect(mapped, placement.clip ?? { x: 0, y: 0, ...size });
  return visible && rounded(visible);
}

const RESOLUTION_FRACTIONS = [1, 0.5, 0.25];

function resolutionsFor(region: Rect): Size[] {
  const sizes = RESOLUTION_FRACTIONS.map((fraction) => exportSize(region, region.width * fraction));
  return [...new Map(sizes.map((size) => [size.width, size])).values()];
}

async function exportImage(image: PaintedImage, size: Size, region: Rect): Promise<ExportImage> {
  const { source } = image;
  const resolutions = resolutionsFor(region);
  if (source.kind === 'plain') {
    return { region, resolutions, size, sizes: [{ ...size, url: source.url }], readable: await corsDecisions.readable(source.url, source.url) };
  }
  const { info, source: served } = await servedService(source);
  const service = { ...describeImageService(info, served), ...size };
  const sizes = offeredSizes(service);
  return {
    region,
    resolutions,
    size,
    regionUrl: service.level > 0 ? imageRequestUrl(service, { region }) : undefined,
    sizes,
    readable: await corsDecisions.readable(service.serviceId, serviceProbeUrl(service, info)),
    service,
    tiles: tileGridOf(info),
  };
}

const area = (rect: Rect | undefined) => (rect ? rect.width * rect.height : 0);

/** The page most in view (a canvas that is no spread is its one page), and the part of the view on it in the canvas's units. */
function pageInView(canvas: SlotCanvas, view: Rect): { page: SpreadPage; visible: Rect } {
  const pages = canvas.pages ?? [{ id: canvas.id, rect: { x: 0, y: 0, width: canvas.width, height: canvas.height }, scale: 1 }];
  const seen = pages.map((page) => ({ page, visible: intersect(view, page.rect) }));
  const best = seen.reduce((most, next) => (area(next.visible) > area(most.visible) ? next : most));
  return { page: best.page, visible: best.visible ?? view };
}

/** A rectangle of a spread in the units of one of its pages. */
const onPage = ({ rect, scale }: SpreadPage, region: Rect): Rect => ({
  x: (region.x - rect.x) / scale,
  y: (region.y - rect.y) / scale,
  width: region.width / scale,
  height: region.height / scale,
});

/**
 * Describes the view for export: the visible canvas region (for a spread, on the page most in view, so that the link
 * names that page) and, for the first image under it, the matching image region, its Image API URLs and whether its
 * pixels can be read. `sizes` holds the pixel size of each painted image as opened.
 */
export async function describeExport(canvas: SlotCanvas, sizes: Size[], view: Rect): Promise<ExportInfo> {
  const { page, visible } = pageInView(canvas, view);
  const canvasRegion = rounded(onPage(page, visible));
  const { x, y, width, height } = canvasRegion;
  const info: ExportInfo = { canvasId: page.id, canvasRegion, regionLink: `${page.id.split('#')[0]}#xywh=${x},${y},${width},${height}` };
  const seen = rounded(visible);
  for (const [index, image] of canvas.images.entries()) {
    const region = sizes[index] && imageRegion(image, sizes[index], seen);
    if (region) return { ...info, image: await exportImage(image, sizes[index], region) };
  }
  return info;
}
