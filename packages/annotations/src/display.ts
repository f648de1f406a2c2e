import type { Slot } from '@vellum/engine';
import type { AnnotationSet, ViewerAnnotation } from './model.js';
import { AnnotationPointer, type ShapeHandlers } from './pointer.js';
import { AnnotationCanvas } from './shape-canvas.js';
import { AnnotationShapes } from './shapes.js';

/** What the display needs of an engine slot. */
export type AnnotatedSlot = Pick<Slot, 'addOverlay' | 'showRegion' | 'viewport' | 'addEventListener' | 'removeEventListener'>;

/** Sets of at least this many annotations are drawn on one canvas layer; smaller ones as SVG shapes. */
export const canvasLayerFrom = 1000;

/**
 * The region shapes are drawn in: the view turned any way (a square around its centre), with a margin
 * of half a view on every side, so an animated zoom or pan does not uncover undrawn shapes.
 */
function drawnRegion({ x, y, width, height }: AnnotatedSlot['viewport']) {
  const half = Math.hypot(width, height) / 2 + Math.max(width, height) / 2;
  return { x: x + width / 2 - half, y: y + height / 2 - half, width: 2 * half, height: 2 * half };
}

/**
 * The annotations of the canvas a slot shows: drawn over the image, highlighted, hidden, zoomed to. A few are SVG
 * shapes culled to the view; a large set is drawn on one canvas layer, with only the highlighted one as an SVG shape.
 */
export class AnnotationDisplay {
  readonly #slot: AnnotatedSlot;
  readonly #overlay: ReturnType<AnnotatedSlot['addOverlay']>;
  readonly #layer: AnnotationCanvas;
  readonly #shapes: AnnotationShapes;
  readonly #pointer: AnnotationPointer;
  #byId = new Map<string, ViewerAnnotation>();
  #onLayer = false;
  #highlighted?: string;

  constructor(slot: AnnotatedSlot, handlers: ShapeHandlers = {}) {
    this.#slot = slot;
    this.#overlay = slot.addOverlay();
    this.#layer = new AnnotationCanvas(this.#overlay.element, this.#overlay.content);
    this.#shapes = new AnnotationShapes(this.#overlay.content);
    this.#pointer = new AnnotationPointer(this.#overlay.element.parentElement!, this.#overlay.content, handlers);
    slot.addEventListener('viewport-change', this.#cull);
  }

  readonly #cull = () => this.#shapes.cull(drawnRegion(this.#slot.viewport));

  show(set: AnnotationSet): void {
    this.#byId = new Map(set.annotations.map((annotation) => [annotation.id, annotation]));
    this.#onLayer = set.annotations.length >= canvasLayerFrom;
    this.#layer.show(this.#onLayer ? set.annotations : []);
    this.#shapes.show(this.#onLayer ? [] : set.annotations);
    this.#pointer.annotations = set.annotations;
    this.highlight(this.#highlighted);
    this.#cull();
  }

  highlight(id: string | undefined): void {
    this.#highlighted = id;
    const annotation = id === undefined ? undefined : this.#byId.get(id);
    if (this.#onLayer) this.#shapes.show(annotation ? [annotation] : []);
    this.#shapes.highlight(id);
  }

  set visible(visible: boolean) {
    this.#shapes.visible = visible;
    this.#layer.visible = visible;
    this.#pointer.enabled = visible;
  }

  /** Zooms the slot to an annotation, with `context` times its size in view around it, and highlights it. */
  zoomTo(id: string, context = 1): void {
    const annotation = this.#byId.get(id);
    if (!annotation) return;
    const { x, y, width, height } = annotation.bounds;
    const grow = (context - 1) / 2;
    this.#slot.showRegion({ x: x - width * grow, y: y - height * grow, width: width * context, height: height * context });
    this.highlight(id);
  }

  destroy(): void {
    this.#slot.removeEventListener('viewport-change', this.#cull);
    this.#pointer.remove();
    this.#layer.remove();
    this.#overlay.remove();
  }
}
