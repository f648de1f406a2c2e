import type { ViewingDirection } from '@vellum/iiif';
import type { VirtualRange } from '../virtual-list/virtual-range.js';

/** Item offsets along a strip, in reading order: item i spans [starts[i], starts[i] + sizes[i]). */
export interface StripLayout {
  starts: number[];
  sizes: number[];
  /** Length of the whole strip, gaps included. */
  total: number;
}

/** A span of the strip in reading order (from the first canvas on). */
export interface Span {
  from: number;
  to: number;
}

export const isVertical = (direction: ViewingDirection) => direction === 'top-to-bottom' || direction === 'bottom-to-top';
/** Right-to-left and bottom-to-top strips start at the far end of the scroll range. */
export const isReversed = (direction: ViewingDirection) => direction === 'right-to-left' || direction === 'bottom-to-top';

export function stripLayout(sizes: number[], gap: number): StripLayout {
  const starts: number[] = [];
  let end = gap;
  for (const size of sizes) {
    starts.push(end);
    end += size + gap;
  }
  return { starts, sizes, total: end };
}

/** The first item whose end lies after `offset` (binary search). */
function firstEndingAfter(layout: StripLayout, offset: number): number {
  let [low, high] = [0, layout.starts.length];
  while (low < high) {
    const middle = (low + high) >> 1;
    if (layout.starts[middle] + layout.sizes[middle] <= offset) low = middle + 1;
    else high = middle;
  }
  return low;
}

/** The items that intersect `span`, plus `overscan` on each side. */
export function itemsIn(layout: StripLayout, span: Span, overscan = 2): VirtualRange {
  const count = layout.starts.length;
  const first = firstEndingAfter(layout, span.from);
  let last = first;
  while (last < count && layout.starts[last] < span.to) last++;
  return { first: Math.max(0, first - overscan), last: Math.min(count, last + overscan) };
}

/** The item with the longest stretch inside `span` (the first of equals), or -1 for an empty strip. */
export function mostVisible(layout: StripLayout, span: Span): number {
  const { first, last } = itemsIn(layout, span, 0);
  let [best, bestLength] = [-1, -1];
  for (let index = first; index < last; index++) {
    const start = layout.starts[index];
    const length = Math.min(span.to, start + layout.sizes[index]) - Math.max(span.from, start);
    if (length > bestLength) [best, bestLength] = [index, length];
  }
  return best === -1 && layout.starts.length ? Math.min(first, layout.starts.length - 1) : best;
}

/** Where an item sits on screen along the scroll axis, for a reading-order offset. */
export function physicalStart(layout: StripLayout, index: number, reversed: boolean): number {
  return reversed ? layout.total - layout.starts[index] - layout.sizes[index] : layout.starts[index];
}

/** The span in reading order that a scroll position shows. */
export function spanAt(layout: StripLayout, scroll: number, viewport: number, reversed: boolean): Span {
  return reversed ? { from: layout.total - scroll - viewport, to: layout.total - scroll } : { from: scroll, to: scroll + viewport };
}

/** The scroll position that brings an item's reading start to the reading start of the viewport. */
export function scrollToItem(layout: StripLayout, index: number, viewport: number, reversed: boolean): number {
  const start = layout.starts[index] - (layout.starts[0] ?? 0);
  const scroll = reversed ? layout.total - start - viewport : start;
  return Math.max(0, Math.min(layout.total - viewport, scroll));
}
