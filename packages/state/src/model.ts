/** The serialisable shapes of the workspace state. */

export const STATE_VERSION = 1;

/** The visible region of a canvas, in canvas units. */
export interface Viewport {
  x: number;
  y: number;
  width: number;
  height: number;
}

export type ViewMode = 'detail';

export type PanelName = 'thumbnails' | 'info';

export interface WindowState {
  id: string;
  manifestUrl: string | null;
  canvasId: string | null;
  viewMode: ViewMode;
  viewport: Viewport | null;
  /** Degrees, normalised to [0, 360). */
  rotation: number;
  flipped: boolean;
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
    panels: ['thumbnails'],
    ...overrides,
  };
}
