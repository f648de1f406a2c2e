import type { MosaicSide } from '@vellum/state';

const SIDE_OF_KEY: Record<string, MosaicSide> = { ArrowLeft: 'left', ArrowRight: 'right', ArrowUp: 'top', ArrowDown: 'bottom' };

/** The side an arrow key points to, if it is an arrow key. */
export const sideOfKey = (key: string): MosaicSide | undefined => SIDE_OF_KEY[key];

/** The side of a box nearest to a point. */
export function nearestSide(box: DOMRect, x: number, y: number): MosaicSide {
  const distances: [MosaicSide, number][] = [
    ['left', x - box.left],
    ['right', box.right - x],
    ['top', y - box.top],
    ['bottom', box.bottom - y],
  ];
  return distances.reduce((best, next) => (next[1] < best[1] ? next : best))[0];
}

/** How far `box` lies beyond `from` on `side` (negative when it does not), and how much the two overlap across. */
function placement(from: DOMRect, box: DOMRect, side: MosaicSide) {
  const horizontal = side === 'left' || side === 'right';
  const gap = { left: from.left - box.right, right: box.left - from.right, top: from.top - box.bottom, bottom: box.top - from.bottom }[side];
  const overlap = horizontal
    ? Math.min(from.bottom, box.bottom) - Math.max(from.top, box.top)
    : Math.min(from.right, box.right) - Math.max(from.left, box.left);
  return { gap, overlap };
}

/** The id of the nearest box on `side` of the box `fromId` that shares some of its edge, if any. */
export function neighbourOn(boxes: ReadonlyMap<string, DOMRect>, fromId: string, side: MosaicSide): string | undefined {
  const from = boxes.get(fromId);
  if (!from) return undefined;
  let best: { id: string; gap: number; overlap: number } | undefined;
  for (const [id, box] of boxes) {
    if (id === fromId) continue;
    const { gap, overlap } = placement(from, box, side);
    if (gap < -1 || overlap <= 0) continue;
    if (!best || gap < best.gap || (gap === best.gap && overlap > best.overlap)) best = { id, gap, overlap };
  }
  return best?.id;
}
