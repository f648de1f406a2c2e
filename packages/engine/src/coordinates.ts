import type { PaintedImage, Rect } from '@vellum/iiif';

/** Where a tiled image sits in the world (world units are canvas units), and the part of it that shows. */
export interface Placement {
  x: number;
  y: number;
  width: number;
  /** In image pixels. */
  clip?: Rect;
}

/** Places an image so that its painted region (or the whole image) fills its target on the canvas. */
export function placeImage(image: PaintedImage, imageWidth: number): Placement {
  const { target, region } = image;
  if (!region) return { x: target.x, y: target.y, width: target.width };
  const scale = target.width / region.width;
  return {
    x: target.x - region.x * scale,
    y: target.y - region.y * scale,
    width: imageWidth * scale,
    clip: region,
  };
}

/** The width of the smallest view of the given aspect ratio (width / height) that contains a rectangle. */
export function viewWidthToFit(rect: { width: number; height: number }, viewAspect: number): number {
  return Math.max(rect.width, rect.height * viewAspect);
}
