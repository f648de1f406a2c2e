import { ADJUSTMENT_NAMES, clampAdjustments } from './adjustments.js';
import { PANEL_NAMES, STATE_VERSION, SYNC_MODES, VIEW_MODES, type LayoutState, type SyncGroup, type VellumState, type WindowState } from './model.js';
import { isMosaicNode, mosaicLeaves, mosaicOf } from './mosaic.js';

export type StateErrorKind = 'not-json' | 'invalid-state' | 'future-version';

export class StateError extends Error {
  override readonly name = 'StateError';
  constructor(
    readonly kind: StateErrorKind,
    message: string,
  ) {
    super(message);
  }
}

export function serialize(state: VellumState): string {
  return JSON.stringify(state);
}

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

const isStringArray = (value: unknown): value is string[] =>
  Array.isArray(value) && value.every((item) => typeof item === 'string');

const isNullableString = (value: unknown) => value === null || typeof value === 'string';

/** The largest saved state read (in characters), and the deepest mosaic: a workspace of hundreds of windows fits in both. */
const MAX_STATE_LENGTH = 2_000_000;
const MAX_MOSAIC_DEPTH = 64;

/**
 * A window id as the workspace makes them (`window-3`): letters, digits, `-` and `_`, starting with a letter, and
 * never the name of something every object has (`constructor`, `toString`), so that ids are safe as keys and in selectors.
 */
const isWindowId = (value: unknown): value is string =>
  typeof value === 'string' && /^[A-Za-z][A-Za-z0-9_-]{0,99}$/.test(value) && !(value in Object.prototype);

const isDistinct = (ids: readonly string[]) => new Set(ids).size === ids.length;

/** Whether a mosaic is no deeper than the limit, found without recursion so that no depth can overflow the stack. */
function isShallow(mosaic: unknown): boolean {
  let level: unknown[] = [mosaic];
  for (let depth = 0; level.length; depth++) {
    if (depth > MAX_MOSAIC_DEPTH) return false;
    level = level.flatMap((node) => (typeof node === 'object' && node !== null ? [(node as Record<string, unknown>).first, (node as Record<string, unknown>).second] : []));
  }
  return true;
}

function isViewport(value: unknown): boolean {
  return (
    value === null ||
    (isRecord(value) && ['x', 'y', 'width', 'height'].every((key) => Number.isFinite(value[key])))
  );
}

/** Adjustments may be absent (states saved before they existed); when present, every value is a number. */
function isAdjustments(value: unknown): boolean {
  return value === undefined || (isRecord(value) && ADJUSTMENT_NAMES.every((name) => value[name] === undefined || typeof value[name] === 'number'));
}

function isWindow(id: string, value: unknown): boolean {
  return (
    isWindowId(id) &&
    isRecord(value) &&
    value.id === id &&
    isNullableString(value.manifestUrl) &&
    isNullableString(value.canvasId) &&
    (VIEW_MODES as readonly unknown[]).includes(value.viewMode) &&
    (value.bookOffset === undefined || typeof value.bookOffset === 'boolean') &&
    (value.showNavigator === undefined || typeof value.showNavigator === 'boolean') &&
    isViewport(value.viewport) &&
    Number.isFinite(value.rotation) &&
    typeof value.flipped === 'boolean' &&
    isAdjustments(value.adjustments) &&
    isStringArray(value.panels) &&
    value.panels.every((panel) => (PANEL_NAMES as readonly string[]).includes(panel))
  );
}

const sameMembers = (a: readonly string[], b: readonly string[]) => a.length === b.length && a.every((id) => b.includes(id));

/** The mosaic and maximised window may be absent (states saved before them); when present they name the layout's windows. */
function isLayoutExtension(layout: Record<string, unknown>, windowIds: string[]): boolean {
  const { mosaic, maximisedWindowId } = layout;
  const mosaicOk =
    mosaic === undefined ||
    (mosaic === null ? windowIds.length === 0 : isShallow(mosaic) && isMosaicNode(mosaic) && isDistinct(mosaicLeaves(mosaic)) && sameMembers(mosaicLeaves(mosaic), windowIds));
  const maximisedOk = maximisedWindowId === undefined || maximisedWindowId === null || (typeof maximisedWindowId === 'string' && windowIds.includes(maximisedWindowId));
  return mosaicOk && maximisedOk;
}

function isOffsets(value: unknown): boolean {
  return (
    value === undefined ||
    (isRecord(value) &&
      Object.values(value).every((offset) => isRecord(offset) && ['x', 'y', 'scale', 'rotation'].every((key) => Number.isFinite(offset[key])) && Number(offset.scale) > 0))
  );
}

function isSyncGroup(group: unknown): boolean {
  return (
    isRecord(group) &&
    typeof group.id === 'string' &&
    isStringArray(group.windowIds) &&
    (group.mode === undefined || (SYNC_MODES as readonly unknown[]).includes(group.mode)) &&
    isOffsets(group.offsets) &&
    (group.shareAdjustments === undefined || typeof group.shareAdjustments === 'boolean')
  );
}

function isState(value: Record<string, unknown>): value is Record<string, unknown> & VellumState {
  const { windows, layout, syncGroups } = value;
  return (
    isRecord(windows) &&
    Object.entries(windows).every(([id, window]) => isWindow(id, window)) &&
    isRecord(layout) &&
    (layout.kind === 'single' || layout.kind === 'mosaic') &&
    isStringArray(layout.windowIds) &&
    isDistinct(layout.windowIds) &&
    layout.windowIds.every((id) => Object.hasOwn(windows, id)) &&
    isNullableString(layout.focusedWindowId) &&
    isLayoutExtension(layout, layout.windowIds) &&
    Array.isArray(syncGroups) &&
    syncGroups.every((group) => isSyncGroup(group) && group.windowIds.every((id: string) => Object.hasOwn(windows, id)))
  );
}

/** Fills in adjustments and view options left out by older states and clamps the saved adjustments. */
function withWindowDefaults(window: WindowState): WindowState {
  return {
    ...window,
    bookOffset: window.bookOffset ?? false,
    showNavigator: window.showNavigator ?? false,
    adjustments: clampAdjustments(window.adjustments ?? {}),
  };
}

function withMosaic(layout: LayoutState): LayoutState {
  const mosaic = layout.mosaic === undefined ? mosaicOf(layout.windowIds) : layout.mosaic;
  const windowIds = mosaicLeaves(mosaic);
  const focusedWindowId = layout.focusedWindowId !== null && windowIds.includes(layout.focusedWindowId) ? layout.focusedWindowId : null;
  return { ...layout, mosaic, windowIds, focusedWindowId, maximisedWindowId: layout.maximisedWindowId ?? null };
}

function withSyncDefaults(group: SyncGroup): SyncGroup {
  return { ...group, mode: group.mode ?? 'same-coordinates', offsets: group.offsets ?? {}, shareAdjustments: group.shareAdjustments ?? false };
}

/** Parses and validates serialised state; throws a StateError that says what is wrong. */
export function deserialize(json: string): VellumState {
  if (json.length > MAX_STATE_LENGTH) throw new StateError('invalid-state', `The saved state is larger than ${MAX_STATE_LENGTH} characters.`);
  let value: unknown;
  try {
    value = JSON.parse(json);
  } catch {
    throw new StateError('not-json', 'The saved state is not valid JSON.');
  }

  if (!isRecord(value) || typeof value.version !== 'number') {
    throw new StateError('invalid-state', 'The saved state has no version.');
  }
  if (value.version > STATE_VERSION) {
    throw new StateError(
      'future-version',
      `The saved state is version ${value.version}; this build reads up to version ${STATE_VERSION}.`,
    );
  }
  if (value.version !== STATE_VERSION || !isState(value)) {
    throw new StateError('invalid-state', 'The saved state does not have the expected shape.');
  }
  return {
    ...value,
    windows: Object.fromEntries(Object.entries(value.windows).map(([id, window]) => [id, withWindowDefaults(window)])),
    layout: withMosaic(value.layout),
    syncGroups: value.syncGroups.map(withSyncDefaults),
  };
}
