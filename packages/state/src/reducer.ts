import type { Action } from './actions.js';
import { clampAdjustment, clampAdjustments, DEFAULT_ADJUSTMENTS, PRESETS, type AdjustmentName, type Preset } from './adjustments.js';
import type { PanelName, VellumState, WindowState } from './model.js';

export function normaliseRotation(degrees: number): number {
  return ((degrees % 360) + 360) % 360;
}

function updateWindow(
  state: VellumState,
  windowId: string,
  update: (window: WindowState) => WindowState,
): VellumState {
  const current = state.windows[windowId];
  if (!current) return state;
  const next = update(current);
  if (next === current) return state;
  return { ...state, windows: { ...state.windows, [windowId]: next } };
}

function withAdjustment(window: WindowState, name: AdjustmentName, value: number): WindowState {
  const clamped = clampAdjustment(name, value);
  return window.adjustments[name] === clamped ? window : { ...window, adjustments: { ...window.adjustments, [name]: clamped } };
}

function withoutAdjustments(window: WindowState): WindowState {
  const unchanged = window.adjustments === DEFAULT_ADJUSTMENTS && window.rotation === 0 && !window.flipped;
  return unchanged ? window : { ...window, adjustments: DEFAULT_ADJUSTMENTS, rotation: 0, flipped: false };
}

function togglePanel(panels: PanelName[], panel: PanelName, open = !panels.includes(panel)): PanelName[] {
  if (open === panels.includes(panel)) return panels;
  return open ? [...panels, panel] : panels.filter((name) => name !== panel);
}

function withoutWindow(state: VellumState, windowId: string): VellumState {
  if (!state.windows[windowId]) return state;
  const windows = { ...state.windows };
  delete windows[windowId];
  const windowIds = state.layout.windowIds.filter((id) => id !== windowId);
  const focusedWindowId = state.layout.focusedWindowId === windowId ? (windowIds[0] ?? null) : state.layout.focusedWindowId;
  const syncGroups = state.syncGroups.map((group) => ({
    ...group,
    windowIds: group.windowIds.filter((id) => id !== windowId),
  }));
  return { ...state, windows, layout: { ...state.layout, windowIds, focusedWindowId }, syncGroups };
}

/** Pure: returns the same object when nothing changed, a new one otherwise. */
export function reduce(state: VellumState, action: Action): VellumState {
  switch (action.type) {
    case 'window/add': {
      const { window } = action;
      const known = Boolean(state.windows[window.id]);
      return {
        ...state,
        windows: { ...state.windows, [window.id]: window },
        layout: {
          ...state.layout,
          windowIds: known ? state.layout.windowIds : [...state.layout.windowIds, window.id],
          focusedWindowId: state.layout.focusedWindowId ?? window.id,
        },
      };
    }
    case 'window/remove':
      return withoutWindow(state, action.windowId);
    case 'window/set-manifest':
      return updateWindow(state, action.windowId, (w) =>
        w.manifestUrl === action.manifestUrl
          ? w
          : { ...withoutAdjustments(w), manifestUrl: action.manifestUrl, canvasId: null, viewport: null },
      );
    case 'window/set-canvas':
      return updateWindow(state, action.windowId, (w) =>
        w.canvasId === action.canvasId ? w : { ...w, canvasId: action.canvasId, viewport: null },
      );
    case 'window/set-viewport':
      return updateWindow(state, action.windowId, (w) => ({ ...w, viewport: action.viewport }));
    case 'window/rotate-by':
      return updateWindow(state, action.windowId, (w) => ({ ...w, rotation: normaliseRotation(w.rotation + action.degrees) }));
    case 'window/set-rotation':
      return updateWindow(state, action.windowId, (w) => ({ ...w, rotation: normaliseRotation(action.rotation) }));
    case 'window/set-flipped':
      return updateWindow(state, action.windowId, (w) =>
        w.flipped === action.flipped ? w : { ...w, flipped: action.flipped },
      );
    case 'window/set-adjustment':
      return updateWindow(state, action.windowId, (w) => withAdjustment(w, action.name, action.value));
    case 'window/set-adjustments':
      return updateWindow(state, action.windowId, (w) => ({ ...w, adjustments: clampAdjustments(action.adjustments) }));
    case 'window/reset-adjustments':
      return updateWindow(state, action.windowId, withoutAdjustments);
    case 'window/apply-preset': {
      const preset: Preset = PRESETS[action.preset];
      return updateWindow(state, action.windowId, (w) => ({
        ...w,
        adjustments: clampAdjustments(preset.adjustments),
        flipped: preset.flipped ?? w.flipped,
      }));
    }
    case 'window/toggle-panel':
      return updateWindow(state, action.windowId, (w) => {
        const panels = togglePanel(w.panels, action.panel, action.open);
        return panels === w.panels ? w : { ...w, panels };
      });
    case 'layout/set-kind':
      return state.layout.kind === action.kind ? state : { ...state, layout: { ...state.layout, kind: action.kind } };
    case 'layout/focus':
      return { ...state, layout: { ...state.layout, focusedWindowId: action.windowId } };
    case 'state/replace':
      return action.state;
  }
}
