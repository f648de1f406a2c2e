/** The serialisable shapes of the workspace state. */
import { DEFAULT_ADJUSTMENTS, type Adjustments } from './adjustments.js';

export const STATE_VERSION = 1;

/** The visible region of a canvas, in canvas units. */
export interface Viewport {
  x: number;
  y: number;
  width: number;
  height: number;
}

export type ViewMode = 'detail';

export const PANEL_NAMES = ['thumbnails', 'info', 'adjustments'] as const;

export type PanelName = (typeof PANEL_NAMES)[number];

export interface WindowState {
  id: string;
  manifestUrl: string | null;
  canvasId: string | null;
  viewMode: ViewMode;
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
}

export interface SyncGroup {
  id: string;
  windowIds: string[];
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
    layout: { kind: 'single', windowIds: [], focusedWindowId: null },
    syncGroups: [],
  };
}

export function createWindow(id: string, overrides: Partial<Omit<WindowState, 'id'>> = {}): WindowState {
  return {
    id,
    manifestUrl: null,
    canvasId: null,
    viewMode: 'detail',
    viewport: null,
    rotation: 0,
    flipped: false,
    adjustments: DEFAULT_ADJUSTMENTS,
    panels: ['thumbnails'],
    ...overrides,
  };
}
