import { imageRequestUrl, tilesCovering, type Rect, type Size } from '@vellum/iiif';
import { EngineError } from './errors.js';
import type { ExportImage } from './export-source.js';

/** Exports never exceed this many pixels (about 7000 × 7000), whatever resolution is asked for. */
export const MAX_EXPORT_PIXELS = 50_000_000;

function canvasOf(width: number, height: number): [HTMLCanvasElement, CanvasRenderingContext2D] {
  const canvas = document.createElement('canvas');
  canvas.width = width;
  canvas.height = height;
  return [canvas, canvas.getContext('2d')!];
}

async function bitmapOf(url: string): Promise<ImageBitmap> {
  let response: Response;
  try {
    response = await fetch(url, { mode: 'cors', credentials: 'omit' });
  } catch (cause) {
    throw new EngineError('export', `Could not fetch ${url}`, url, { cause });
  }
  if (!response.ok) throw new EngineError('export', `${url} answered HTTP ${response.status}`, url);
  try {
    return await createImageBitmap(await response.blob());
  } catch (cause) {
    throw new EngineError('export', `${url} is not an image`, url, { cause });
  }
}

/** The output size for a region at a wanted width, never above full resolution nor MAX_EXPORT_PIXELS. */
export function exportSize(region: Rect, width: number): Size {
  const ratio = region.height / region.width;
  const capped = Math.min(width, region.width, Math.sqrt(MAX_EXPORT_PIXELS / ratio));
  const outWidth = Math.max(1, Math.round(capped));
  return { width: outWidth, height: Math.max(1, Math.round(outWidth * ratio)) };
}

/** Draws the tiles of the coarsest scale factor that still gives `width` pixels across the region (level 0 stitching). */
async function stitched(image: ExportImage, out: Size): Promise<HTMLCanvasElement> {
  const { region, service, tiles } = image;
  const factors = tiles!.scaleFactors;
  const factor = [...factors].reverse().find((f) => region.width / f >= out.width) ?? factors[0];
  const requests = tilesCovering(service!, tiles!, region, factor);
  const bitmaps = await Promise.all(requests.map((request) => bitmapOf(request.url)));
  const [canvas, context] = canvasOf(out.width, out.height);
  const scale = out.width / region.width;
  requests.forEach(({ region: tile }, i) => {
    context.drawImage(bitmaps[i], (tile.x - region.x) * scale, (tile.y - region.y) * scale, tile.width * scale, tile.height * scale);
    bitmaps[i].close();
  });
  return canvas;
}

/** Crops the region out of the smallest whole-image size that still gives `width` pixels across it. */
async function cropped(image: ExportImage, out: Size): Promise<HTMLCanvasElement> {
  const { region, size, sizes } = image;
  const wantedWidth = (out.width * size.width) / region.width;
  const source = sizes.find((offered) => offered.width >= wantedWidth) ?? sizes[sizes.length - 1];
  const bitmap = await bitmapOf(source.url);
  const scale = bitmap.width / size.width;
  const [canvas, context] = canvasOf(out.width, out.height);
  context.drawImage(bitmap, region.x * scale, region.y * scale, region.width * scale, region.height * scale, 0, 0, out.width, out.height);
  bitmap.close();
  return canvas;
}

/** Asks the server for the region at the size (Image API level 1 and above). */
async function requested(image: ExportImage, out: Size): Promise<HTMLCanvasElement> {
  const url = imageRequestUrl(image.service!, { region: image.region, size: out })!;
  const bitmap = await bitmapOf(url);
  const [canvas, context] = canvasOf(out.width, out.height);
  context.drawImage(bitmap, 0, 0, out.width, out.height);
  bitmap.close();
  return canvas;
}

/**
 * The pixels of the image region at `width` pixels across: an Image API region request at level 1 and
 * above, stitched tiles at level 0, a crop of a listed size when there are no tiles (or a plain image).
 * Throws EngineError 'no-cors' when the server does not let this page read its images.
 */
export async function regionPixels(image: ExportImage, width: number): Promise<HTMLCanvasElement> {
  if (!image.readable) {
    throw new EngineError('no-cors', 'The image server does not allow other sites to read its images (no CORS headers)', image.regionUrl ?? image.sizes[image.sizes.length - 1].url);
  }
  const out = exportSize(image.region, width);
  if (image.service && image.service.level > 0) return requested(image, out);
  if (image.service && image.tiles) return stitched(image, out);
  return cropped(image, out);
}

/** Turns the pixels as the view turns them: rotated clockwise by `rotation` degrees, then mirrored when `flipped`. */
export function oriented(source: HTMLCanvasElement, rotation: number, flipped: boolean): HTMLCanvasElement {
  if (rotation % 360 === 0 && !flipped) return source;
  const radians = (rotation * Math.PI) / 180;
  const [cos, sin] = [Math.abs(Math.cos(radians)), Math.abs(Math.sin(radians))];
  const [canvas, context] = canvasOf(
    Math.round(source.width * cos + source.height * sin),
    Math.round(source.width * sin + source.height * cos),
  );
  context.translate(canvas.width / 2, canvas.height / 2);
  if (flipped) context.scale(-1, 1);
  context.rotate(radians);
  context.drawImage(source, -source.width / 2, -source.height / 2);
  return canvas;
}
