import type { ViewerCanvas, ViewerManifest } from './model.js';

/** The view mode a manifest asks for through `behavior` (or 2.x `viewingHint`, which the upgrade turns into behaviors). */
export function defaultViewMode(manifest: Pick<ViewerManifest, 'behavior'>): 'detail' | 'book' | 'continuous' {
  if (manifest.behavior.includes('paged')) return 'book';
  if (manifest.behavior.includes('continuous')) return 'continuous';
  return 'detail';
}

const hasBehavior = (canvas: ViewerCanvas, behavior: string) => canvas.behavior?.includes(behavior) ?? false;

/**
 * The spreads of a book, as canvas indexes in reading order: the first page alone, then pairs; `facing-pages`
 * canvases alone; `non-paged` canvases left out. `offset` pairs the first page with the second.
 */
export function spreadsOf(canvases: readonly ViewerCanvas[], offset = false): number[][] {
  const spreads: number[][] = [];
  let open: number[] | undefined;
  let first = !offset;
  for (const canvas of canvases) {
    if (hasBehavior(canvas, 'non-paged')) continue;
    if (first || hasBehavior(canvas, 'facing-pages')) {
      spreads.push([canvas.index]);
      open = undefined;
      first = false;
    } else if (open) {
      open.push(canvas.index);
      open = undefined;
    } else {
      open = [canvas.index];
      spreads.push(open);
    }
  }
  return spreads;
}

/** The spread that holds a canvas; for a canvas in none (non-paged), the next spread, else the last. */
export function spreadIndexOf(spreads: readonly number[][], canvasIndex: number): number {
  const holding = spreads.findIndex((spread) => spread.includes(canvasIndex));
  if (holding >= 0) return holding;
  const next = spreads.findIndex((spread) => spread[0] > canvasIndex);
  return next >= 0 ? next : spreads.length - 1;
}
