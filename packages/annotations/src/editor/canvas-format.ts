import { ShapeType, W3CImageFormat, type FormatAdapter, type ImageAnnotation, type Shape, type W3CImageAnnotation } from '@annotorious/openseadragon';
import type { ImagePlacement } from '@vellum/engine';
import { isRecord, listOf } from '../json.js';
import type { W3CAnnotation } from '../store.js';
import { inversePlacement, placeShape } from './canvas-transform.js';

function rounded<T>(value: T, digits: number): T {
  if (typeof value === 'number') return (Math.round(value * 10 ** digits) / 10 ** digits) as T;
  if (Array.isArray(value)) return value.map((item) => rounded(item, digits)) as T;
  if (isRecord(value)) return Object.fromEntries(Object.entries(value).map(([key, item]) => [key, rounded(item, digits)])) as T;
  return value;
}

/** Canvas units are fine enough: whole units for an `xywh` fragment (as Media Fragments require), hundredths in SVG. */
function roundedShape(shape: Shape): Shape {
  const plainRectangle = shape.type === ShapeType.RECTANGLE && !(shape.geometry as { rot?: number }).rot;
  return { ...shape, geometry: rounded(shape.geometry, plainRectangle ? 0 : 2) };
}

/** An IRI for an id Annotorious made up (a bare UUID). */
function iriOf(id: string): string {
  return id.includes(':') ? id : `urn:uuid:${id}`;
}

const svgNamespace = ' xmlns="http://www.w3.org/2000/svg"';

/** SVG selectors are written with the SVG namespace; Annotorious 3.8 reads ellipses and lines only without it. */
function withSvgSelector(annotation: W3CAnnotation, change: (svg: string) => string): W3CAnnotation {
  const targets = listOf(annotation.target).map((target) => {
    if (!isRecord(target) || !isRecord(target.selector) || target.selector.type !== 'SvgSelector' || typeof target.selector.value !== 'string') return target;
    return { ...target, selector: { ...target.selector, value: change(target.selector.value) } };
  });
  return { ...annotation, target: Array.isArray(annotation.target) ? targets : targets[0] };
}

function styleClassOf(annotation: W3CAnnotation): string | undefined {
  const [target] = listOf(annotation.target);
  return isRecord(target) && typeof target.styleClass === 'string' ? target.styleClass : undefined;
}

/**
 * Reads and writes W3C Web Annotations on a canvas, in canvas coordinates, for an Annotorious that works in the
 * pixels of the image under it (`placement` takes image pixels to canvas units). Targets are SpecificResources on
 * the canvas with a FragmentSelector (`xywh=pixel:`) for rectangles and an SvgSelector for other shapes.
 */
export function canvasFormat(canvasId: string, placement: ImagePlacement): FormatAdapter<ImageAnnotation, W3CAnnotation> {
  const w3c = W3CImageFormat(canvasId);
  const toImage = inversePlacement(placement);
  return {
    parse(annotation) {
      const withoutNamespace = withSvgSelector(annotation, (svg) => svg.replace(svgNamespace, ''));
      const { parsed, error } = w3c.parse(withoutNamespace as unknown as W3CImageAnnotation);
      if (!parsed) return { error };
      const styleClass = styleClassOf(annotation);
      const target = { ...parsed.target, selector: placeShape(parsed.target.selector, toImage), ...(styleClass && { styleClass }) };
      return { parsed: { ...parsed, target } };
    },
    serialize(annotation) {
      const selector = roundedShape(placeShape(annotation.target.selector, placement));
      const serialized = w3c.serialize({ ...annotation, target: { ...annotation.target, selector } });
      const target = { ...(serialized.target as object), source: { id: canvasId, type: 'Canvas' } };
      const annotationOnCanvas = { ...serialized, id: iriOf(annotation.id), target } as W3CAnnotation;
      return JSON.parse(JSON.stringify(withSvgSelector(annotationOnCanvas, (svg) => svg.replace(/^<svg(?=[\s>])(?![^>]*xmlns=)/, `<svg${svgNamespace}`))));
    },
  };
}
