import type { Slot } from '@vellum/engine';
import type { ViewerCanvas } from '@vellum/iiif';

/** A deep zoom's slot shows a new canvas (or a new slot shows one), for layers drawn over the image. */
export class VellumSlotChangeEvent extends Event {
  static readonly type = 'vellum-slot-change';
  readonly detail: { slot: Slot; canvas: ViewerCanvas };
  constructor(slot: Slot, canvas: ViewerCanvas) {
    super(VellumSlotChangeEvent.type, { bubbles: true, composed: true });
    this.detail = { slot, canvas };
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'vellum-slot-change': VellumSlotChangeEvent;
  }
}
