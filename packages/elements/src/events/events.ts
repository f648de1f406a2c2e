import type { EngineErrorKind } from '@vellum/engine/errors';
import type { IIIFErrorKind, ViewerManifest } from '@vellum/iiif';

const init: EventInit = { bubbles: true, composed: true };

/** A manifest finished loading and is shown. */
export class VellumManifestLoadEvent extends Event {
  static readonly type = 'vellum-manifest-load';
  readonly detail: { manifest: ViewerManifest };
  constructor(manifest: ViewerManifest) {
    super(VellumManifestLoadEvent.type, init);
    this.detail = { manifest };
  }
}

/** The user (or a navigation method) moved to another canvas. */
export class VellumCanvasChangeEvent extends Event {
  static readonly type = 'vellum-canvas-change';
  readonly detail: { canvasId: string; index: number };
  constructor(canvasId: string, index: number) {
    super(VellumCanvasChangeEvent.type, init);
    this.detail = { canvasId, index };
  }
}

/** Why a viewer shows an error: a IIIF load failure, an engine failure, or one of the viewer's own. */
export type VellumErrorKind = IIIFErrorKind | EngineErrorKind | 'collection' | 'unknown';

/** Loading or showing something failed; the viewer shows the message too. */
export class VellumErrorEvent extends Event {
  static readonly type = 'vellum-error';
  readonly detail: { kind: VellumErrorKind; message: string };
  constructor(kind: VellumErrorKind, message: string) {
    super(VellumErrorEvent.type, init);
    this.detail = { kind, message };
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'vellum-manifest-load': VellumManifestLoadEvent;
    'vellum-canvas-change': VellumCanvasChangeEvent;
    'vellum-error': VellumErrorEvent;
  }
}
