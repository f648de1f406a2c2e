import type { VellumDeepZoom } from '../deep-zoom/deep-zoom.js';
import type { SearchController } from '../search-panel/search-controller.js';
import type { KeyCommand } from './keyboard.js';

const PAN_STEP = 0.2;

/** What the window's keys act on: the window's own navigation and view methods, its deep zoom and its search. */
export interface CommandTargets {
  window: {
    readonly manifest?: { canvases: readonly unknown[] };
    previous(): boolean;
    next(): boolean;
    goTo(target: number): boolean;
    zoomIn(): void;
    zoomOut(): void;
    home(): void;
    rotate(): void;
    toggleFullscreen(): Promise<void>;
  };
  deepZoom?: VellumDeepZoom;
  search: SearchController;
}

/** Runs the command of a key in a window. */
export function runCommand(command: KeyCommand, { window, deepZoom, search }: CommandTargets) {
  const commands: Record<KeyCommand, () => void> = {
    previous: () => window.previous(),
    next: () => window.next(),
    first: () => window.goTo(0),
    last: () => window.goTo((window.manifest?.canvases.length ?? 1) - 1),
    'pan-up': () => deepZoom?.panBy(0, -PAN_STEP),
    'pan-down': () => deepZoom?.panBy(0, PAN_STEP),
    'pan-left': () => deepZoom?.panBy(-PAN_STEP, 0),
    'pan-right': () => deepZoom?.panBy(PAN_STEP, 0),
    'zoom-in': () => window.zoomIn(),
    'zoom-out': () => window.zoomOut(),
    home: () => window.home(),
    rotate: () => window.rotate(),
    fullscreen: () => void window.toggleFullscreen(),
    'next-hit': () => void search.step(1),
    'previous-hit': () => void search.step(-1),
  };
  commands[command]();
}
