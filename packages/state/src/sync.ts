import type { SyncGroup, SyncMode, VellumState, Viewport, ViewportOffset, WindowState } from './model.js';
import { normaliseRotation } from './rotation.js';

const IDENTITY: ViewportOffset = { x: 0, y: 0, scale: 1, rotation: 0 };

const centre = (viewport: Viewport) => ({ x: viewport.x + viewport.width / 2, y: viewport.y + viewport.height / 2 });

function offsetBetween(lead: WindowState, window: WindowState): ViewportOffset {
  if (!lead.viewport || !window.viewport) return IDENTITY;
  const from = centre(lead.viewport);
  const to = centre(window.viewport);
  return {
    x: to.x - from.x,
    y: to.y - from.y,
    scale: window.viewport.width / lead.viewport.width,
    rotation: normaliseRotation(window.rotation - lead.rotation),
  };
}

/** The offsets of every window from the first one, as they are now. */
export function offsetsOf(windows: readonly WindowState[], mode: SyncMode): Record<string, ViewportOffset> {
  if (mode === 'same-coordinates' || windows.length === 0) return {};
  return Object.fromEntries(windows.map((window) => [window.id, offsetBetween(windows[0], window)]));
}

function around(point: { x: number; y: number }, width: number, height: number): Viewport {
  return { x: point.x - width / 2, y: point.y - height / 2, width, height };
}

export interface SyncedView {
  viewport: Viewport;
  rotation: number;
}

/** The view `toId` follows when `fromId` shows `view`, by the group's mode. */
export function followView(group: SyncGroup, fromId: string, toId: string, view: SyncedView): SyncedView {
  if (group.mode === 'same-coordinates') return view;
  const from = group.offsets[fromId] ?? IDENTITY;
  const to = group.offsets[toId] ?? IDENTITY;
  const source = centre(view.viewport);
  const lead = { x: source.x - from.x, y: source.y - from.y };
  const leadWidth = view.viewport.width / from.scale;
  const leadHeight = view.viewport.height / from.scale;
  return {
    viewport: around({ x: lead.x + to.x, y: lead.y + to.y }, leadWidth * to.scale, leadHeight * to.scale),
    rotation: normaliseRotation(view.rotation - from.rotation + to.rotation),
  };
}

export const syncGroupOf = (groups: readonly SyncGroup[], windowId: string): SyncGroup | undefined =>
  groups.find((group) => group.windowIds.includes(windowId));

const TOLERANCE = 1e-6;

/** Whether two views are the same, but for rounding. */
export function sameView(a: Viewport, b: Viewport): boolean {
  const scale = Math.max(a.width, b.width, 1) * TOLERANCE;
  return (['x', 'y', 'width', 'height'] as const).every((key) => Math.abs(a[key] - b[key]) <= scale);
}

/** The state with every partner of `windowId` in its sync group showing what follows from that window's view. */
export function withFollowers(state: VellumState, windowId: string): VellumState {
  const lead = state.windows[windowId];
  const group = syncGroupOf(state.syncGroups, windowId);
  if (!lead?.viewport || !group) return state;
  const view = { viewport: lead.viewport, rotation: lead.rotation };
  let windows = state.windows;
  for (const id of group.windowIds) {
    const partner = windows[id];
    if (id === windowId || !partner) continue;
    const { viewport, rotation } = followView(group, windowId, id, view);
    if (partner.viewport && sameView(partner.viewport, viewport) && partner.rotation === rotation) continue;
    windows = { ...windows, [id]: { ...partner, viewport, rotation } };
  }
  return windows === state.windows ? state : { ...state, windows };
}
