import type { Rect } from '@vellum/iiif';
import { isRecord, listOf } from '../json.js';
import type { W3CAnnotation } from '../store.js';

const xywh = /^xywh=(?:pixel:)?(-?\d+(?:\.\d+)?),(-?\d+(?:\.\d+)?),(\d+(?:\.\d+)?),(\d+(?:\.\d+)?)$/;

function fragmentSelectorOf(annotation: W3CAnnotation): Record<string, unknown> | undefined {
  const [target] = listOf(annotation.target);
  const selector = isRecord(target) ? target.selector : undefined;
  return isRecord(selector) && selector.type === 'FragmentSelector' ? selector : undefined;
}

function fragmentOf({ x, y, width, height }: Rect): string {
  return `xywh=pixel:${[x, y, width, height].map(Math.round).join(',')}`;
}

/** The rectangle an annotation targets with an `xywh` fragment, in canvas units; undefined for any other shape. */
export function regionOf(annotation: W3CAnnotation): Rect | undefined {
  const value = fragmentSelectorOf(annotation)?.value;
  const match = typeof value === 'string' ? xywh.exec(value) : null;
  if (!match) return undefined;
  const [x, y, width, height] = match.slice(1).map(Number);
  return { x, y, width, height };
}

/** The annotation moved to, and sized as, the given rectangle (canvas units, rounded to whole units as Media Fragments require). */
export function withRegion(annotation: W3CAnnotation, region: Rect): W3CAnnotation {
  const [target, ...others] = listOf(annotation.target);
  if (!isRecord(target) || !fragmentSelectorOf(annotation)) return annotation;
  const moved = { ...target, selector: { ...(target.selector as object), value: fragmentOf(region) } };
  return { ...annotation, target: others.length > 0 ? [moved, ...others] : moved };
}

/** A new, empty comment on a rectangle of a canvas. */
export function rectangleAnnotation(canvasId: string, region: Rect): W3CAnnotation {
  return {
    '@context': 'http://www.w3.org/ns/anno.jsonld',
    id: `urn:uuid:${crypto.randomUUID()}`,
    type: 'Annotation',
    motivation: 'commenting',
    body: [],
    target: {
      source: { id: canvasId, type: 'Canvas' },
      selector: { type: 'FragmentSelector', conformsTo: 'http://www.w3.org/TR/media-frags/', value: fragmentOf(region) },
    },
  };
}
