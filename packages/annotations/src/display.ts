import type { Slot } from '@vellum/engine';
import type { AnnotationSet, ViewerAnnotation } from './model.js';
import { AnnotationShapes, type ShapeHandlers } from './shapes.js';

/** What the display needs of an engine slot. */
export type AnnotatedSlot = Pick<Slot, 'addOverlay' | 'showRegion' | 'viewport' | 'addEventListener' | 'removeEventListener'>;

/**
 * The region shapes are drawn in: the view turned any way (a square around its centre), with a margin
 * of half a view on every side, so an animated zoom or pan does not uncover undrawn shapes.
 */
function drawnRegion({ x, y, width, height }: AnnotatedSlot['viewport']) {
  const half = Math.hypot(width, height) / 2 + Math.max(width, height) / 2;
  return { x: x + width / 2 - half, y: y + height / 2 - half, width: 2 * half, height: 2 * half };
}

/** The annotations of the canvas a slot shows: drawn over the image, highlighted, hidden, zoomed to. */
export class AnnotationDisplay {
  readonly #slot: AnnotatedSlot;
  readonly #overlay: ReturnType<AnnotatedSlot['addOverlay']>;
  readonly #shapes: AnnotationShapes;
  #byId = new Map<string, ViewerAnnotation>();

  constructor(slot: AnnotatedSlot, handlers: ShapeHandlers = {}) {
    this.#slot = slot;
    this.#overlay = slot.addOverlay();
    this.#shapes = new AnnotationShapes(this.#overlay.content, handlers);
    slot.addEventListener('viewport-change', this.#cull);
  }

  readonly #cull = () => this.#shapes.cull(drawnRegion(this.#slot.viewport));

  show(set: AnnotationSet): void {
    this.#byId = new Map(set.annotations.map((annotation) => [annotation.id, annotation]));
    this.#shapes.show(set.annotations);
    this.#cull();
  }

  highlight(id: string | undefined): void {
    this.#shapes.highlight(id);
  }

  set visible(visible: boolean) {
    this.#shapes.visible = visible;
  }

  /** Zooms the slot to an annotation and highlights it. */
  zoomTo(id: string): void {
    const annotation = this.#byId.get(id);
    if (!annotation) return;
    this.#slot.showRegion(annotation.bounds);
    this.highlight(id);
  }

  destroy(): void {
    this.#slot.removeEventListener('viewport-change', this.#cull);
    this.#overlay.remove();
  }
}
