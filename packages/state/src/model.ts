/** The serialisable shapes of the workspace state. */
import { DEFAULT_ADJUSTMENTS, type Adjustments } from './adjustments.js';
import type { MosaicNode } from './mosaic.js';

export const STATE_VERSION = 1;

/** The visible region of a canvas, in canvas units. */
export interface Viewport {
  x: number;
  y: number;
  width: number;
  height: number;
}

export const VIEW_MODES = ['detail', 'book', 'portfolio', 'medium', 'continuous'] as const;

/** detail: one canvas, deep zoom; book: spreads; portfolio: a grid; medium: static medium-size images; continuous: one strip. */
export type ViewMode = (typeof VIEW_MODES)[number];

export const PANEL_NAMES = ['thumbnails', 'info', 'adjustments', 'contents', 'layers', 'annotations', 'search'] as const;

export type PanelName = (typeof PANEL_NAMES)[number];

export interface WindowState {
  id: string;
  manifestUrl: string | null;
  canvasId: string | null;
  viewMode: ViewMode;
  /** Book mode: pair pages one later than usual (the first spread starts at the second canvas). */
  bookOffset: boolean;
  /** Detail mode: show the navigator (overview). */
  showNavigator: boolean;
  viewport: Viewport | null;
  /** Degrees, normalised to [0, 360). */
  rotation: number;
  flipped: boolean;
  /** Colour adjustments; rotation and flip are kept apart, as they move the view. */
  adjustments: Adjustments;
  panels: PanelName[];
}

export type LayoutKind = 'single' | 'mosaic';

export interface LayoutState {
  kind: LayoutKind;
  /** Windows in display order. */
  windowIds: string[];
  focusedWindowId: string | null;
  /** The tiling of the windows; its leaves are `windowIds`. */
  mosaic: MosaicNode | null;
  /** The window shown alone over the whole workspace, if any. */
  maximisedWindowId: string | null;
}

/** `same-coordinates`: every window shows the same canvas region; `relative-offset`: each keeps its offset from link time. */
export type SyncMode = 'same-coordinates' | 'relative-offset';

export const SYNC_MODES: readonly SyncMode[] = ['same-coordinates', 'relative-offset'];

/** A window's view relative to its group's first window: centre offset in canvas units, width ratio, rotation difference. */
export interface ViewportOffset {
  x: number;
  y: number;
  scale: number;
  rotation: number;
}

export interface SyncGroup {
  id: string;
  windowIds: string[];
  mode: SyncMode;
  /** Per window, for `relative-offset`; the first window's offset is the identity. */
  offsets: Record<string, ViewportOffset>;
  /** Whether a change of colour adjustments in one window applies to every window of the group. */
  shareAdjustments: boolean;
}

export interface VellumState {
  version: typeof STATE_VERSION;
  windows: Record<string, WindowState>;
  layout: LayoutState;
  syncGroups: SyncGroup[];
}

export function createInitialState(): VellumState {
  return {
    version: STATE_VERSION,
    windows: {},
    layout: { kind: 'single', windowIds: [], focusedWindowId: null, mosaic: null, maximisedWindowId: null },
    syncGroups: [],
  };
}

export function createWindow(id: string, overrides: Partial<Omit<WindowState, 'id'>> = {}): WindowState {
  return {
    id,
    manifestUrl: null,
    canvasId: null,
    viewMode: 'detail',
    bookOffset: false,
    showNavigator: false,
    viewport: null,
    rotation: 0,
    flipped: false,
    adjustments: DEFAULT_ADJUSTMENTS,
    panels: ['thumbnails'],
    ...overrides,
  };
}
