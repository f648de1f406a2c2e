import { languageMapOf, uniqueStrings } from './descriptive.js';
import { asObjects, asString, idOf, isObject, typeOf, type JsonObject } from './json.js';
import type { RangeItem, Rect, Size, ViewerRange } from './model.js';
import { targetRect } from './painting.js';

/** A canvas named by a range item or by `start`: its id and the region when the reference names one. */
export interface CanvasReference {
  canvasId: string;
  region?: Rect;
}

/** A reference to a canvas (an id, an id with #xywh, or a SpecificResource of a canvas), resolved against the known canvases. */
export function canvasReferenceOf(value: unknown, canvasSizes: ReadonlyMap<string, Size>): CanvasReference | undefined {
  const isSpecific = isObject(value) && typeOf(value) === 'SpecificResource';
  const id = (isSpecific ? idOf(value.source) : idOf(value))?.split('#')[0];
  const size = id === undefined ? undefined : canvasSizes.get(id);
  if (!id || !size) return undefined;
  const whole = targetRect(id, size);
  const region = targetRect(isSpecific ? value : idOf(value), size);
  const partial = region.x !== whole.x || region.y !== whole.y || region.width !== whole.width || region.height !== whole.height;
  return partial ? { canvasId: id, region } : { canvasId: id };
}

function rangeItemOf(item: JsonObject, canvasSizes: ReadonlyMap<string, Size>, depth: number): RangeItem[] {
  if (typeOf(item) === 'Range' || typeOf(item) === 'sc:Range') {
    const range = rangeOf(item, canvasSizes, depth + 1);
    return range ? [{ kind: 'range', range }] : [];
  }
  const reference = canvasReferenceOf(item, canvasSizes);
  return reference ? [{ kind: 'canvas', ...reference }] : [];
}

/** Ranges nest at most this deep; deeper ones (or cycles through shared objects) are dropped. */
const MAX_DEPTH = 32;

function rangeOf(json: JsonObject, canvasSizes: ReadonlyMap<string, Size>, depth: number): ViewerRange | undefined {
  const id = idOf(json);
  if (!id || depth > MAX_DEPTH) return undefined;
  return {
    id,
    label: languageMapOf(json.label),
    behavior: uniqueStrings(json.behavior),
    items: asObjects(json.items).flatMap((item) => rangeItemOf(item, canvasSizes, depth)),
  };
}

/** The top-level ranges of a Presentation 3 manifest's `structures`, with references to unknown canvases left out. */
export function structuresOf(json: JsonObject, canvasSizes: ReadonlyMap<string, Size>): ViewerRange[] {
  return asObjects(json.structures).flatMap((range) => rangeOf(range, canvasSizes, 0) ?? []);
}

/** The first canvas of a range, in order, with its region when the range names only part of it. */
export function firstCanvasOf(range: ViewerRange): CanvasReference | undefined {
  for (const item of range.items) {
    const found = item.kind === 'canvas' ? item : firstCanvasOf(item.range);
    if (found) return { canvasId: found.canvasId, ...(found.region ? { region: found.region } : {}) };
  }
  return undefined;
}

/** Every canvas id a range covers, nested ranges included, in order. */
export function canvasIdsOf(range: ViewerRange): string[] {
  return range.items.flatMap((item) => (item.kind === 'canvas' ? [item.canvasId] : canvasIdsOf(item.range)));
}

/** The ranges from the top down to the deepest one that holds the canvas (empty when none does). */
export function rangePathTo(ranges: readonly ViewerRange[], canvasId: string): ViewerRange[] {
  for (const range of ranges) {
    const nested = rangePathTo(range.items.flatMap((item) => (item.kind === 'range' ? [item.range] : [])), canvasId);
    if (nested.length) return [range, ...nested];
    if (range.items.some((item) => item.kind === 'canvas' && item.canvasId === canvasId)) return [range];
  }
  return [];
}

/** The canvas order of the first `sequence` range, when there is one: the pages as that range reads them. */
export function sequenceOrder(ranges: readonly ViewerRange[]): string[] | undefined {
  const sequence = ranges.find((range) => range.behavior.includes('sequence'));
  return sequence && [...new Set(canvasIdsOf(sequence))];
}

export const asNavDate = (value: unknown): string | undefined => {
  const text = asString(value);
  return text && !Number.isNaN(Date.parse(text)) ? text : undefined;
};
