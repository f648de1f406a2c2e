export interface VirtualRange {
  first: number;
  /** Exclusive. */
  last: number;
}

/** The items of a fixed-size list that intersect the visible span, plus `overscan` on each side. */
export function visibleRange(
  count: number,
  itemSize: number,
  scrollOffset: number,
  viewportSize: number,
  overscan = 3,
): VirtualRange {
  if (count === 0 || itemSize <= 0) return { first: 0, last: 0 };
  const first = Math.max(0, Math.floor(scrollOffset / itemSize) - overscan);
  const last = Math.min(count, Math.ceil((scrollOffset + Math.max(viewportSize, itemSize)) / itemSize) + overscan);
  return { first, last };
}

/** The scroll offset that brings an item fully into view, moving as little as possible. */
export function scrollOffsetToReveal(index: number, itemSize: number, scrollOffset: number, viewportSize: number): number {
  const start = index * itemSize;
  const end = start + itemSize;
  if (start < scrollOffset) return start;
  if (end > scrollOffset + viewportSize) return Math.max(0, end - viewportSize);
  return scrollOffset;
}
