import type { PaintedImage, Rect, Size } from '@vellum/iiif';

const percent = (part: number, whole: number) => `${(100 * part) / whole}%`;

/** The box an image fills before it is turned: its target, or for a quarter turn the target turned about its centre. */
function unturned(target: Rect, rotation: number): Rect {
  if (rotation % 180 === 0) return target;
  return { x: target.x + (target.width - target.height) / 2, y: target.y + (target.height - target.width) / 2, width: target.height, height: target.width };
}

/** The CSS that puts a painted image's box where its target says on a canvas box, turned as the image asks. */
export function boxStyle(image: PaintedImage, canvas: Size): string {
  const { rotation = 0 } = image;
  const box = unturned(image.target, rotation);
  const place = `left: ${percent(box.x, canvas.width)}; top: ${percent(box.y, canvas.height)}; width: ${percent(box.width, canvas.width)}; height: ${percent(box.height, canvas.height)};`;
  return rotation ? `${place} transform: rotate(${rotation}deg);` : place;
}

/**
 * The CSS that makes an image fill its box with only its painted region showing (the box clips the rest).
 * `size` is the image's size in the pixels the region is given in; without a region or a size, the whole image fills the box.
 */
export function cropStyle(region: Rect | undefined, size: Size | undefined): string {
  if (!region || !size?.width || !size.height) return 'left: 0; top: 0; width: 100%; height: 100%;';
  return `left: ${percent(-region.x, region.width)}; top: ${percent(-region.y, region.height)}; width: ${percent(size.width, region.width)}; height: ${percent(size.height, region.height)};`;
}
