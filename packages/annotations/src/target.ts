import { parseXywh, type Rect } from '@vellum/iiif';
import { boundsOfShape } from './geometry.js';
import type { CanvasRef, Shape, SkipReason } from './model.js';
import { parseSvgSelector } from './svg-selector.js';
import { idOf, isRecord, listOf, targetSource } from './json.js';

export type TargetResult = { shape: Shape; bounds: Rect } | { skip: SkipReason };

function withoutFragment(id: string): string {
  return id.split('#')[0];
}

function isFinite(rect: Rect | undefined): rect is Rect {
  return !!rect && [rect.x, rect.y, rect.width, rect.height].every(Number.isFinite) && rect.width >= 0 && rect.height >= 0;
}

function placed(shape: Shape | undefined, failure: SkipReason): TargetResult {
  const bounds = shape && boundsOfShape(shape);
  return shape && isFinite(bounds) ? { shape, bounds } : { skip: failure };
}

function fromFragment(fragment: string, canvas: CanvasRef): TargetResult {
  const rect = parseXywh(fragment, canvas);
  return rect ? placed({ kind: 'rect', rect }, 'invalid') : { skip: 'unknown-selector' };
}

function fromSelector(selector: Record<string, unknown>, canvas: CanvasRef): TargetResult {
  const value = typeof selector.value === 'string' ? selector.value : '';
  switch (selector.type) {
    case 'FragmentSelector':
      return fromFragment(value, canvas);
    case 'SvgSelector':
    case 'oa:SvgSelector':
      return placed(parseSvgSelector(value), 'broken-svg');
    case 'PointSelector':
      return placed({ kind: 'point', x: Number(selector.x), y: Number(selector.y) }, 'invalid');
    default:
      return { skip: 'unknown-selector' };
  }
}

/** The first usable selector of a list of alternatives; the first failure when none is. */
function fromSelectors(selectors: unknown[], canvas: CanvasRef): TargetResult {
  const results = selectors.filter(isRecord).map((selector) => fromSelector(selector, canvas));
  return results.find((result) => 'shape' in result) ?? results[0] ?? { skip: 'unknown-selector' };
}

function wholeCanvas(canvas: CanvasRef): TargetResult {
  return placed({ kind: 'rect', rect: { x: 0, y: 0, width: canvas.width, height: canvas.height } }, 'invalid');
}

function fromTarget(target: unknown, canvas: CanvasRef): TargetResult {
  const sourceId = idOf(targetSource(target));
  if (!sourceId) return { skip: 'invalid' };
  if (withoutFragment(sourceId) !== withoutFragment(canvas.id)) return { skip: 'other-canvas' };
  const selectors = isRecord(target) ? listOf(target.selector) : [];
  if (selectors.length > 0) return fromSelectors(selectors, canvas);
  return sourceId.includes('#') ? fromFragment(sourceId.slice(sourceId.indexOf('#') + 1), canvas) : wholeCanvas(canvas);
}

/**
 * Where an annotation's target (a URI with or without a fragment, a SpecificResource, or a list of
 * them) falls on this canvas, in canvas coordinates; otherwise why it cannot be shown there.
 */
export function placeTarget(target: unknown, canvas: CanvasRef): TargetResult {
  const results = listOf(target).map((item) => fromTarget(item, canvas));
  return results.find((result) => 'shape' in result) ?? results.find((result) => 'skip' in result && result.skip !== 'other-canvas') ?? results[0] ?? { skip: 'invalid' };
}
