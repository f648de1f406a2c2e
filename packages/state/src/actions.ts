import type { AdjustmentName, Adjustments, PresetName } from './adjustments.js';
import type { LayoutKind, PanelName, VellumState, Viewport, WindowState } from './model.js';

export type Action =
  | { type: 'window/add'; window: WindowState }
  | { type: 'window/remove'; windowId: string }
  | { type: 'window/set-manifest'; windowId: string; manifestUrl: string | null }
  | { type: 'window/set-canvas'; windowId: string; canvasId: string | null }
  | { type: 'window/set-viewport'; windowId: string; viewport: Viewport | null }
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
  | { type: 'state/replace'; state: VellumState };

/** Action creators, so callers never spell action objects by hand. */
export const actions = {
  addWindow: (window: WindowState): Action => ({ type: 'window/add', window }),
  removeWindow: (windowId: string): Action => ({ type: 'window/remove', windowId }),
  setManifest: (windowId: string, manifestUrl: string | null): Action => ({
    type: 'window/set-manifest',
    windowId,
    manifestUrl,
  }),
  setCanvas: (windowId: string, canvasId: string | null): Action => ({ type: 'window/set-canvas', windowId, canvasId }),
  setViewport: (windowId: string, viewport: Viewport | null): Action => ({
    type: 'window/set-viewport',
    windowId,
    viewport,
  }),
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
  replaceState: (state: VellumState): Action => ({ type: 'state/replace', state }),
};
