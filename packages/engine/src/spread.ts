import type { PaintedImage, Rect } from '@vellum/iiif';

/** What a slot shows: a canvas and the images painted on it. A ViewerCanvas from @vellum/iiif fits. */
export interface SlotCanvas {
  id: string;
  width: number;
  height: number;
  images: PaintedImage[];
  /** For a spread: where each page sits, in the spread's units, and how much it was scaled to get there. */
  pages?: SpreadPage[];
}

export interface SpreadPage {
  id: string;
  rect: Rect;
  scale: number;
}

const moved = (rect: Rect, dx: number, scale: number): Rect => ({
  x: dx + rect.x * scale,
  y: rect.y * scale,
  width: rect.width * scale,
  height: rect.height * scale,
});

/**
 * Pages side by side, left to right on screen, scaled to the height of the tallest, as one canvas whose
 * images sit where the pages put them. Its id is the first page's.
 */
export function spreadCanvas(pages: readonly SlotCanvas[]): SlotCanvas {
  if (pages.length === 1) return pages[0];
  const height = Math.max(...pages.map((page) => page.height));
  let x = 0;
  const placed = pages.map((page) => {
    const scale = height / page.height;
    const spreadPage: SpreadPage = { id: page.id, rect: { x, y: 0, width: page.width * scale, height }, scale };
    const images = page.images.map((image) => ({ ...image, target: moved(image.target, x, scale) }));
    x += page.width * scale;
    return { spreadPage, images };
  });
  return {
    id: pages[0].id,
    width: x,
    height,
    images: placed.flatMap(({ images }) => images),
    pages: placed.map(({ spreadPage }) => spreadPage),
  };
}
