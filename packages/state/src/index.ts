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
  SYNC_MODES,
  VIEW_MODES,
  type SyncGroup,
  type SyncMode,
  type ViewportOffset,
  type VellumState,
  type ViewMode,
  type Viewport,
  type WindowState,
} from './model.js';
export { reduce } from './reducer.js';
export { normaliseRotation } from './rotation.js';
export {
  MIN_RATIO,
  clampRatio,
  mosaicInsert,
  mosaicLeaves,
  mosaicOf,
  mosaicMove,
  mosaicRemove,
  mosaicSetRatio,
  type MosaicDirection,
  type MosaicNode,
  type MosaicPath,
  type MosaicSide,
  type MosaicSplit,
} from './mosaic.js';
export { followView, offsetsOf, sameView, syncGroupOf, type SyncedView } from './sync.js';
export { selectFocusedWindow, selectIsPanelOpen, selectWindow, selectWindowIds } from './selectors.js';
export { StateError, deserialize, serialize, type StateErrorKind } from './serialize.js';
export { Store, type Listener, type Selector, type Unsubscribe } from './store.js';
