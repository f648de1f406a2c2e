import type { EngineErrorKind } from '@vellum/engine/errors';
import type { IIIFErrorKind, InputErrorKind, ResourceTarget, ViewerManifest } from '@vellum/iiif';
import { VellumEvent } from './vellum-event.js';

/** A manifest finished loading and is shown. */
export class VellumManifestLoadEvent extends VellumEvent<{ manifest: ViewerManifest }> {
  static readonly type = 'vellum-manifest-load';
  constructor(manifest: ViewerManifest) {
    super(VellumManifestLoadEvent.type, { manifest });
  }
}

/** The user (or a navigation method) moved to another canvas. */
export class VellumCanvasChangeEvent extends VellumEvent<{ canvasId: string; index: number }> {
  static readonly type = 'vellum-canvas-change';
  constructor(canvasId: string, index: number) {
    super(VellumCanvasChangeEvent.type, { canvasId, index });
  }
}

/** Why a viewer shows an error: a IIIF load failure, an engine failure, or one of the viewer's own. */
export type VellumErrorKind = IIIFErrorKind | EngineErrorKind | 'collection' | 'unknown';

/** Loading or showing something failed; the viewer shows the message too. */
export class VellumErrorEvent extends VellumEvent<{ kind: VellumErrorKind; message: string }> {
  static readonly type = 'vellum-error';
  constructor(kind: VellumErrorKind, message: string) {
    super(VellumErrorEvent.type, { kind, message });
  }
}

/**
 * Something given to a workspace (a URL, a file, a drop, a shared state) cannot be opened: the input itself (an
 * InputErrorKind, shown by the workspace too) or the manifest it names (a VellumErrorKind, shown in its window).
 */
export class VellumWorkspaceErrorEvent extends VellumEvent<{ kind: InputErrorKind | VellumErrorKind; message: string }> {
  static readonly type = 'vellum-workspace-error';
  constructor(kind: InputErrorKind | VellumErrorKind, message: string) {
    super(VellumWorkspaceErrorEvent.type, { kind, message });
  }
}

/**
 * A window's URL answered with a content state. Its container may open the targets itself (a workspace opens each in
 * a window) and cancel the event; otherwise the window shows the first target.
 */
export class VellumContentStateEvent extends VellumEvent<{ targets: ResourceTarget[] }> {
  static readonly type = 'vellum-content-state';
  constructor(targets: ResourceTarget[]) {
    super(VellumContentStateEvent.type, { targets }, { cancelable: true });
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'vellum-manifest-load': VellumManifestLoadEvent;
    'vellum-canvas-change': VellumCanvasChangeEvent;
    'vellum-error': VellumErrorEvent;
    'vellum-workspace-error': VellumWorkspaceErrorEvent;
    'vellum-content-state': VellumContentStateEvent;
  }
}
