import { VellumEvent } from './vellum-event.js';

/** The user's stored annotations changed, or became readable when the editor opened. */
export class VellumAnnotationStoreChangeEvent extends VellumEvent {
  static readonly type = 'vellum-annotation-store-change';
  constructor() {
    super(VellumAnnotationStoreChangeEvent.type, undefined);
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'vellum-annotation-store-change': VellumAnnotationStoreChangeEvent;
  }
}
