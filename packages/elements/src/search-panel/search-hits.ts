import type { ViewerAnnotation } from '@vellum/annotations';
import type { Rect } from '@vellum/iiif';
import type { SearchHit } from '@vellum/iiif/search';
import { token } from '../styles/tokens.js';

/** Hits are drawn in a colour of their own, apart from the annotations. */
const hitColour = token('search-hit').cssText;

function union(rects: readonly Rect[]): Rect {
  const left = Math.min(...rects.map((rect) => rect.x));
  const top = Math.min(...rects.map((rect) => rect.y));
  const right = Math.max(...rects.map((rect) => rect.x + rect.width));
  const bottom = Math.max(...rects.map((rect) => rect.y + rect.height));
  return { x: left, y: top, width: right - left, height: bottom - top };
}

/** The hits that have a place on the image, as annotations to draw: one box per part (a phrase may span lines). */
export function hitAnnotations(hits: readonly SearchHit[]): ViewerAnnotation[] {
  return hits.flatMap((hit) => {
    if (!hit.rects.length) return [];
    const d = hit.rects.map(({ x, y, width, height }) => `M ${x} ${y} H ${x + width} V ${y + height} H ${x} Z`).join(' ');
    const shape = hit.rects.length === 1 ? { kind: 'rect' as const, rect: hit.rects[0] } : { kind: 'path' as const, d };
    return [{ id: hit.id, canvasId: hit.canvasId, motivations: ['highlighting'], shape, bounds: union(hit.rects), bodies: [], tags: [], colour: hitColour }];
  });
}
