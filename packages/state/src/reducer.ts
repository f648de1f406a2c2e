import type { Action } from './actions.js';
import { clampAdjustment, clampAdjustments, DEFAULT_ADJUSTMENTS, PRESETS, type AdjustmentName, type Preset } from './adjustments.js';
import type { LayoutState, PanelName, SyncMode, VellumState, WindowState } from './model.js';
import { mosaicInsert, mosaicLeaves, mosaicMove, mosaicRemove, mosaicSetRatio, type MosaicNode } from './mosaic.js';
import { normaliseRotation } from './rotation.js';
import { offsetsOf, sameView, syncGroupOf, withFollowers } from './sync.js';

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
  const layout = withMosaic(state.layout, mosaicRemove(state.layout.mosaic, windowId));
  const focusedWindowId = layout.focusedWindowId === windowId ? (layout.windowIds[0] ?? null) : layout.focusedWindowId;
  const maximisedWindowId = layout.maximisedWindowId === windowId ? null : layout.maximisedWindowId;
  return { ...state, windows, layout: { ...layout, focusedWindowId, maximisedWindowId }, syncGroups: withoutSync(state, windowId).syncGroups };
}

function withMosaic(layout: LayoutState, mosaic: MosaicNode | null): LayoutState {
  return mosaic === layout.mosaic ? layout : { ...layout, mosaic, windowIds: mosaicLeaves(mosaic) };
}

/** Takes a window out of its sync group; a group left with one window is dissolved. */
function withoutSync(state: VellumState, windowId: string): VellumState {
  if (!state.syncGroups.some((group) => group.windowIds.includes(windowId))) return state;
  const syncGroups = state.syncGroups
    .map((group) => ({ ...group, windowIds: group.windowIds.filter((id) => id !== windowId) }))
    .filter((group) => group.windowIds.length > 1);
  return { ...state, syncGroups };
}

function linked(state: VellumState, windowIds: readonly string[], mode: SyncMode): VellumState {
  const ids = [...new Set(windowIds)].filter((id) => state.windows[id]);
  if (ids.length < 2) return state;
  const base = ids.reduce(withoutSync, state);
  const group = { id: ids.join('+'), windowIds: ids, mode, offsets: offsetsOf(ids.map((id) => state.windows[id]), mode), shareAdjustments: false };
  return { ...base, syncGroups: [...base.syncGroups, group] };
}

/** Gives every window of the group of `windowId` that window's colour adjustments, when the group shares them. */
function withGroupAdjustments(state: VellumState, windowId: string): VellumState {
  const group = syncGroupOf(state.syncGroups, windowId);
  const adjustments = state.windows[windowId]?.adjustments;
  if (!group?.shareAdjustments || !adjustments) return state;
  return group.windowIds.reduce((result, id) => updateWindow(result, id, (w) => (w.adjustments === adjustments ? w : { ...w, adjustments })), state);
}

/** A change of one window's colour adjustments, passed on to its group when the group shares them. */
function adjusted(state: VellumState, windowId: string, update: (window: WindowState) => WindowState): VellumState {
  const next = updateWindow(state, windowId, update);
  return next === state ? state : withGroupAdjustments(next, windowId);
}

/** A change of one window's view, followed by the other windows of its sync group. */
function followed(state: VellumState, windowId: string, update: (window: WindowState) => WindowState): VellumState {
  const next = updateWindow(state, windowId, update);
  return next === state ? state : withFollowers(next, windowId);
}

function sharingAdjustments(state: VellumState, windowId: string, share: boolean): VellumState {
  const group = syncGroupOf(state.syncGroups, windowId);
  if (!group || group.shareAdjustments === share) return state;
  const syncGroups = state.syncGroups.map((g) => (g === group ? { ...g, shareAdjustments: share } : g));
  return withGroupAdjustments({ ...state, syncGroups }, windowId);
}

/** Pure: returns the same object when nothing changed, a new one otherwise. */
export function reduce(state: VellumState, action: Action): VellumState {
  switch (action.type) {
    case 'window/add': {
      const { window, targetId, side } = action;
      const known = Boolean(state.windows[window.id]);
      const layout = known ? state.layout : withMosaic(state.layout, mosaicInsert(state.layout.mosaic, window.id, targetId, side));
      return {
        ...state,
        windows: { ...state.windows, [window.id]: window },
        layout: { ...layout, focusedWindowId: state.layout.focusedWindowId ?? window.id },
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
    case 'window/set-view-mode':
      return updateWindow(state, action.windowId, (w) =>
        w.viewMode === action.viewMode ? w : { ...w, viewMode: action.viewMode, viewport: null },
      );
    case 'window/set-book-offset':
      return updateWindow(state, action.windowId, (w) => (w.bookOffset === action.bookOffset ? w : { ...w, bookOffset: action.bookOffset }));
    case 'window/set-navigator':
      return updateWindow(state, action.windowId, (w) =>
        w.showNavigator === action.showNavigator ? w : { ...w, showNavigator: action.showNavigator },
      );
    case 'window/set-viewport':
      return followed(state, action.windowId, (w) => ({ ...w, viewport: action.viewport }));
    case 'window/set-view': {
      const { viewport } = action;
      const rotation = normaliseRotation(action.rotation);
      return followed(state, action.windowId, (w) =>
        w.viewport && sameView(w.viewport, viewport) && w.rotation === rotation ? w : { ...w, viewport, rotation },
      );
    }
    case 'window/rotate-by':
      return followed(state, action.windowId, (w) => ({ ...w, rotation: normaliseRotation(w.rotation + action.degrees) }));
    case 'window/set-rotation': {
      const rotation = normaliseRotation(action.rotation);
      return followed(state, action.windowId, (w) => (w.rotation === rotation ? w : { ...w, rotation }));
    }
    case 'window/set-flipped':
      return updateWindow(state, action.windowId, (w) =>
        w.flipped === action.flipped ? w : { ...w, flipped: action.flipped },
      );
    case 'window/set-adjustment':
      return adjusted(state, action.windowId, (w) => withAdjustment(w, action.name, action.value));
    case 'window/set-adjustments':
      return adjusted(state, action.windowId, (w) => ({ ...w, adjustments: clampAdjustments(action.adjustments) }));
    case 'window/reset-adjustments':
      return adjusted(state, action.windowId, withoutAdjustments);
    case 'window/apply-preset': {
      const preset: Preset = PRESETS[action.preset];
      return adjusted(state, action.windowId, (w) => ({
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
      return state.layout.focusedWindowId === action.windowId ? state : { ...state, layout: { ...state.layout, focusedWindowId: action.windowId } };
    case 'layout/maximise': {
      const windowId = action.windowId && state.windows[action.windowId] ? action.windowId : null;
      return state.layout.maximisedWindowId === windowId ? state : { ...state, layout: { ...state.layout, maximisedWindowId: windowId } };
    }
    case 'layout/move-window': {
      const layout = withMosaic(state.layout, mosaicMove(state.layout.mosaic, action.windowId, action.targetId, action.side));
      return layout === state.layout ? state : { ...state, layout };
    }
    case 'layout/set-split-ratio': {
      const layout = withMosaic(state.layout, mosaicSetRatio(state.layout.mosaic, action.path, action.ratio));
      return layout === state.layout ? state : { ...state, layout };
    }
    case 'sync/link':
      return linked(state, action.windowIds, action.mode);
    case 'sync/unlink':
      return withoutSync(state, action.windowId);
    case 'sync/share-adjustments':
      return sharingAdjustments(state, action.windowId, action.share);
    case 'state/replace':
      return action.state;
  }
}
