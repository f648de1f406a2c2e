import type { Slot } from '@vellum/engine';
import type { AnnotationSet, ViewerAnnotation } from './model.js';
import { AnnotationShapes, type ShapeHandlers } from './shapes.js';

/** What the display needs of an engine slot. */
export type AnnotatedSlot = Pick<Slot, 'addOverlay' | 'showRegion'>;

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
  }

  show(set: AnnotationSet): void {
    this.#byId = new Map(set.annotations.map((annotation) => [annotation.id, annotation]));
    this.#shapes.show(set.annotations);
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
    this.#overlay.remove();
  }
}
