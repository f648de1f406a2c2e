import type { ReactiveControllerHost } from 'lit';
import type { AnnotationDisplay, AnnotationSet } from '@vellum/annotations';
import type { Slot } from '@vellum/engine';
import type { ViewerCanvas } from '@vellum/iiif';

type AnnotationsModule = typeof import('@vellum/annotations');

/**
 * The annotations drawn over a window's deep zoom, and what the user points them out by: the one highlighted (the
 * pointer is over it, on the image or in the panel), the one selected, and whether they are shown at all.
 */
export class AnnotationsOverlay {
  highlighted?: string;
  /** The annotation last activated, in the panel or on the image. */
  selected?: string;
  shown = true;

  #display?: AnnotationDisplay;
  #slot?: Slot;

  constructor(private readonly host: ReactiveControllerHost) {}

  /**
   * Draws a set over the slot, each annotation where its page sits among the pages shown; a new slot gets a display
   * of its own, and a slot destroyed while the set loaded (the view changed meanwhile) gets nothing.
   */
  draw(module: AnnotationsModule, slot: Slot, set: AnnotationSet, pages: readonly ViewerCanvas[]) {
    if (slot.destroyed) return;
    if (this.#slot !== slot || !this.#display) {
      this.#display?.destroy();
      this.#slot = slot;
      this.#display = new module.AnnotationDisplay(slot, { hover: (id) => this.highlight(id), activate: (id) => this.select(id) });
    }
    this.#display.show({ ...set, annotations: module.placeOnPages(set.annotations, pages) });
    this.#display.visible = this.shown;
    this.#display.highlight(this.highlighted);
  }

  /** Takes the annotations off the image (other pages are coming). */
  clear() {
    this.#display?.show({ annotations: [], skipped: {} });
  }

  /** Forgets the highlighted and selected annotations. */
  reset() {
    this.highlighted = this.selected = undefined;
  }

  /** Highlights an annotation on the image and in the panel, or none. */
  highlight(id: string | undefined) {
    this.highlighted = id;
    this.#display?.highlight(id);
    this.host.requestUpdate();
  }

  select(id: string | undefined) {
    this.selected = id;
    if (id) this.highlight(id);
    else this.host.requestUpdate();
  }

  /** Zooms the image to an annotation (with `context` times its size in view), highlights it and selects it (the panel shows its bodies). */
  activate(id: string, context = 1) {
    this.select(id);
    this.#display?.zoomTo(id, context);
  }

  setShown(shown: boolean) {
    this.shown = shown;
    if (this.#display) this.#display.visible = shown;
    this.host.requestUpdate();
  }

  destroy() {
    this.#display?.destroy();
    this.#display = this.#slot = undefined;
  }
}
