import type { ViewerManifest } from '@vellum/iiif';

/** The index of a canvas given by 0-based index, by a string of digits, or by id; undefined when there is none. */
export function resolveCanvasIndex(manifest: ViewerManifest, target: string | number): number | undefined {
  const index =
    typeof target === 'number'
      ? target
      : /^\d+$/.test(target.trim())
        ? Number(target)
        : manifest.canvases.findIndex((canvas) => canvas.id === target);
  return Number.isInteger(index) && index >= 0 && index < manifest.canvases.length ? index : undefined;
}
