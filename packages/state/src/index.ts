export { actions, type Action } from './actions.js';
export {
  ADJUSTMENT_NAMES,
  ADJUSTMENT_RANGES,
  DEFAULT_ADJUSTMENTS,
  PRESETS,
  PRESET_NAMES,
  clampAdjustment,
  clampAdjustments,
  isDefaultAdjustments,
  type AdjustmentName,
  type AdjustmentRange,
  type Adjustments,
  type Preset,
  type PresetName,
} from './adjustments.js';
export {
  PANEL_NAMES,
  STATE_VERSION,
  createInitialState,
  createWindow,
  type LayoutKind,
  type LayoutState,
  type PanelName,
  type SyncGroup,
  type VellumState,
  type ViewMode,
  type Viewport,
  type WindowState,
} from './model.js';
export { normaliseRotation, reduce } from './reducer.js';
export { selectFocusedWindow, selectIsPanelOpen, selectWindow, selectWindowIds } from './selectors.js';
export { StateError, deserialize, serialize, type StateErrorKind } from './serialize.js';
export { Store, type Listener, type Selector, type Unsubscribe } from './store.js';
