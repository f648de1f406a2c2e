import type { Slot } from '@vellum/engine';
import type { ViewerCanvas } from '@vellum/iiif';

/** A deep zoom's slot shows a new canvas (or a new slot shows one), for layers drawn over the image. */
export class VellumSlotChangeEvent extends Event {
  static readonly type = 'vellum-slot-change';
  /** `pages`: the canvases on show, left to right on screen (the canvas alone, or a book spread's pages). */
  readonly detail: { slot: Slot; canvas: ViewerCanvas; pages: readonly ViewerCanvas[] };
  constructor(slot: Slot, canvas: ViewerCanvas, pages: readonly ViewerCanvas[] = [canvas]) {
    super(VellumSlotChangeEvent.type, { bubbles: true, composed: true });
    this.detail = { slot, canvas, pages };
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'vellum-slot-change': VellumSlotChangeEvent;
  }
}
