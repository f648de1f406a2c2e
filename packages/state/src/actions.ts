import type { AdjustmentName, Adjustments, PresetName } from './adjustments.js';
import type { LayoutKind, PanelName, SyncMode, VellumState, ViewMode, Viewport, WindowState } from './model.js';
import type { MosaicPath, MosaicSide } from './mosaic.js';

export type Action =
  | { type: 'window/add'; window: WindowState; targetId?: string; side?: MosaicSide }
  | { type: 'window/remove'; windowId: string }
  | { type: 'window/set-manifest'; windowId: string; manifestUrl: string | null }
  | { type: 'window/set-canvas'; windowId: string; canvasId: string | null }
  | { type: 'window/set-view-mode'; windowId: string; viewMode: ViewMode }
  | { type: 'window/set-book-offset'; windowId: string; bookOffset: boolean }
  | { type: 'window/set-navigator'; windowId: string; showNavigator: boolean }
  | { type: 'window/set-viewport'; windowId: string; viewport: Viewport | null }
  | { type: 'window/set-view'; windowId: string; viewport: Viewport; rotation: number }
  | { type: 'window/rotate-by'; windowId: string; degrees: number }
  | { type: 'window/set-rotation'; windowId: string; rotation: number }
  | { type: 'window/set-flipped'; windowId: string; flipped: boolean }
  | { type: 'window/set-adjustment'; windowId: string; name: AdjustmentName; value: number }
  | { type: 'window/set-adjustments'; windowId: string; adjustments: Partial<Adjustments> }
  | { type: 'window/reset-adjustments'; windowId: string }
  | { type: 'window/apply-preset'; windowId: string; preset: PresetName }
  | { type: 'window/toggle-panel'; windowId: string; panel: PanelName; open?: boolean }
  | { type: 'layout/set-kind'; kind: LayoutKind }
  | { type: 'layout/focus'; windowId: string | null }
  | { type: 'layout/maximise'; windowId: string | null }
  | { type: 'layout/move-window'; windowId: string; targetId: string; side: MosaicSide }
  | { type: 'layout/set-split-ratio'; path: MosaicPath; ratio: number }
  | { type: 'sync/link'; windowIds: string[]; mode: SyncMode }
  | { type: 'sync/unlink'; windowId: string }
  | { type: 'sync/share-adjustments'; windowId: string; share: boolean }
  | { type: 'state/replace'; state: VellumState };

/** Action creators, so callers never spell action objects by hand. */
export const actions = {
  /** Adds a window to the mosaic: beside `targetId` on `side`, or where the tiles stay balanced. */
  addWindow: (window: WindowState, targetId?: string, side?: MosaicSide): Action => ({ type: 'window/add', window, targetId, side }),
  removeWindow: (windowId: string): Action => ({ type: 'window/remove', windowId }),
  setManifest: (windowId: string, manifestUrl: string | null): Action => ({
    type: 'window/set-manifest',
    windowId,
    manifestUrl,
  }),
  setCanvas: (windowId: string, canvasId: string | null): Action => ({ type: 'window/set-canvas', windowId, canvasId }),
  /** Switches the window's view mode; the current canvas stays. */
  setViewMode: (windowId: string, viewMode: ViewMode): Action => ({ type: 'window/set-view-mode', windowId, viewMode }),
  setBookOffset: (windowId: string, bookOffset: boolean): Action => ({ type: 'window/set-book-offset', windowId, bookOffset }),
  setNavigator: (windowId: string, showNavigator: boolean): Action => ({ type: 'window/set-navigator', windowId, showNavigator }),
  setViewport: (windowId: string, viewport: Viewport | null): Action => ({
    type: 'window/set-viewport',
    windowId,
    viewport,
  }),
  /** What a window's surface shows after the user moved it (pan, zoom, turn, resize); its sync group follows. */
  setView: (windowId: string, viewport: Viewport, rotation: number): Action => ({ type: 'window/set-view', windowId, viewport, rotation }),
  rotateBy: (windowId: string, degrees: number): Action => ({ type: 'window/rotate-by', windowId, degrees }),
  setRotation: (windowId: string, rotation: number): Action => ({ type: 'window/set-rotation', windowId, rotation }),
  setFlipped: (windowId: string, flipped: boolean): Action => ({ type: 'window/set-flipped', windowId, flipped }),
  /** Sets one adjustment; out-of-range values are clamped, non-numbers become the default. */
  setAdjustment: (windowId: string, name: AdjustmentName, value: number): Action => ({
    type: 'window/set-adjustment',
    windowId,
    name,
    value,
  }),
  /** Replaces every adjustment (missing ones take their defaults, all are clamped): copies one window's settings to another. */
  setAdjustments: (windowId: string, adjustments: Partial<Adjustments>): Action => ({ type: 'window/set-adjustments', windowId, adjustments }),
  resetAdjustments: (windowId: string): Action => ({ type: 'window/reset-adjustments', windowId }),
  applyPreset: (windowId: string, preset: PresetName): Action => ({ type: 'window/apply-preset', windowId, preset }),
  togglePanel: (windowId: string, panel: PanelName, open?: boolean): Action => ({
    type: 'window/toggle-panel',
    windowId,
    panel,
    open,
  }),
  setLayoutKind: (kind: LayoutKind): Action => ({ type: 'layout/set-kind', kind }),
  focusWindow: (windowId: string | null): Action => ({ type: 'layout/focus', windowId }),
  /** Shows one window over the whole workspace; null restores the mosaic. */
  maximiseWindow: (windowId: string | null): Action => ({ type: 'layout/maximise', windowId }),
  moveWindow: (windowId: string, targetId: string, side: MosaicSide): Action => ({ type: 'layout/move-window', windowId, targetId, side }),
  /** Sets the first subtree's share of the split at `path` (clamped to [0.1, 0.9]). */
  setSplitRatio: (path: MosaicPath, ratio: number): Action => ({ type: 'layout/set-split-ratio', path, ratio }),
  /** Links windows into one sync group (leaving their former groups); offsets are taken from the current views. */
  linkWindows: (windowIds: string[], mode: SyncMode = 'same-coordinates'): Action => ({ type: 'sync/link', windowIds, mode }),
  unlinkWindow: (windowId: string): Action => ({ type: 'sync/unlink', windowId }),
  /** Makes the group of `windowId` share colour adjustments (starting from this window's) or stop sharing them. */
  shareAdjustments: (windowId: string, share: boolean): Action => ({ type: 'sync/share-adjustments', windowId, share }),
  replaceState: (state: VellumState): Action => ({ type: 'state/replace', state }),
};
