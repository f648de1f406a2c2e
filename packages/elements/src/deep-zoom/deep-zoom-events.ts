import type { Slot } from '@vellum/engine';
import type { ViewerCanvas } from '@vellum/iiif';
import { VellumEvent } from '../events/vellum-event.js';

/**
 * A deep zoom's slot shows a new canvas (or a new slot shows one), for layers drawn over the image.
 * `pages`: the canvases on show, left to right on screen (the canvas alone, or a book spread's pages).
 */
export class VellumSlotChangeEvent extends VellumEvent<{ slot: Slot; canvas: ViewerCanvas; pages: readonly ViewerCanvas[] }> {
  static readonly type = 'vellum-slot-change';
  constructor(slot: Slot, canvas: ViewerCanvas, pages: readonly ViewerCanvas[] = [canvas]) {
    super(VellumSlotChangeEvent.type, { slot, canvas, pages });
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'vellum-slot-change': VellumSlotChangeEvent;
  }
}
