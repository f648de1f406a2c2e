import type { ViewerCollection } from '@vellum/iiif';

/** The user chose a manifest in a collection browser. `collection` is the collection that lists it. */
export class VellumCollectionOpenEvent extends Event {
  static readonly type = 'vellum-collection-open';
  readonly detail: { manifestId: string; collection: ViewerCollection };
  constructor(manifestId: string, collection: ViewerCollection) {
    super(VellumCollectionOpenEvent.type, { bubbles: true, composed: true });
    this.detail = { manifestId, collection };
  }
}

/** A collection was loaded where a manifest was expected, and its browser is shown. */
export class VellumCollectionLoadEvent extends Event {
  static readonly type = 'vellum-collection-load';
  readonly detail: { collection: ViewerCollection };
  constructor(collection: ViewerCollection) {
    super(VellumCollectionLoadEvent.type, { bubbles: true, composed: true });
    this.detail = { collection };
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'vellum-collection-open': VellumCollectionOpenEvent;
    'vellum-collection-load': VellumCollectionLoadEvent;
  }
}
