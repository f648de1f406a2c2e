import type { ViewerCollection } from '@vellum/iiif';
import { VellumEvent } from '../events/vellum-event.js';

/** The user chose a manifest in a collection browser. `collection` is the collection that lists it. */
export class VellumCollectionOpenEvent extends VellumEvent<{ manifestId: string; collection: ViewerCollection }> {
  static readonly type = 'vellum-collection-open';
  constructor(manifestId: string, collection: ViewerCollection) {
    super(VellumCollectionOpenEvent.type, { manifestId, collection });
  }
}

/** A collection was loaded where a manifest was expected, and its browser is shown. */
export class VellumCollectionLoadEvent extends VellumEvent<{ collection: ViewerCollection }> {
  static readonly type = 'vellum-collection-load';
  constructor(collection: ViewerCollection) {
    super(VellumCollectionLoadEvent.type, { collection });
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'vellum-collection-open': VellumCollectionOpenEvent;
    'vellum-collection-load': VellumCollectionLoadEvent;
  }
}
