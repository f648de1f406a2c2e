import type { PaintedImage, Rect } from '@vellum/iiif';

/** Where a tiled image sits in the world (world units are canvas units), and the part of it that shows. */
export interface Placement {
  x: number;
  y: number;
  width: number;
  /** In image pixels. */
  clip?: Rect;
  /** Degrees clockwise, around the centre of the placed image. */
  rotation?: number;
}

/** The box the image fills before it is turned: the target itself, or for a quarter turn the target turned about its centre. */
function unturned(target: Rect, rotation: number): Rect {
  if (rotation % 180 === 0) return target;
  return { x: target.x + (target.width - target.height) / 2, y: target.y + (target.height - target.width) / 2, width: target.height, height: target.width };
}

/** A region given in the image's declared pixels, in the pixels of the image as served (which may be another size). */
function servedRegion(image: PaintedImage, imageWidth: number): Rect | undefined {
  const { region, source } = image;
  const scale = region && source.width ? imageWidth / source.width : 1;
  return region && scale !== 1 ? { x: region.x * scale, y: region.y * scale, width: region.width * scale, height: region.height * scale } : region;
}

/** Places an image so that its painted region (or the whole image), turned as it asks, fills its target on the canvas. */
export function placeImage(image: PaintedImage, imageWidth: number): Placement {
  const { rotation = 0 } = image;
  const region = servedRegion(image, imageWidth);
  const target = unturned(image.target, rotation);
  const turn = rotation ? { rotation } : {};
  if (!region) return { x: target.x, y: target.y, width: target.width, ...turn };
  const scale = target.width / region.width;
  return {
    x: target.x - region.x * scale,
    y: target.y - region.y * scale,
    width: imageWidth * scale,
    clip: region,
    ...turn,
  };
}

/** The width of the smallest view of the given aspect ratio (width / height) that contains a rectangle. */
export function viewWidthToFit(rect: { width: number; height: number }, viewAspect: number): number {
  return Math.max(rect.width, rect.height * viewAspect);
}
