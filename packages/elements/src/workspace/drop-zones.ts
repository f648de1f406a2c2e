import type { ReactiveControllerHost } from 'lit';
import { targetsOfDrop, type ResourceTarget } from '@vellum/iiif';
import { actions, type Store } from '@vellum/state';
import { nearestSide } from './sides.js';

/** The drag type that carries a window's id, so that a drop inside the same workspace moves the window. */
export const WINDOW_DRAG_TYPE = 'application/x-vellum-window';

/** What handling drops needs of a workspace. */
export interface DropHost extends ReactiveControllerHost {
  readonly store: Store;
}

/** Opens a drop's target, in place of `windowId` when it is given. */
export type OpenDropped = (read: () => Promise<ResourceTarget[]>, windowId?: string) => void;

/**
 * Drops on the workspace or on one of its windows. A window dragged by its handle moves to the side of the window it
 * lands on; anything else opens, in a new window or in place of the window it lands on.
 */
export class DropZones {
  /** What a drag hovers over: a window's id, `'workspace'`, or nothing. */
  over?: string;

  constructor(
    private readonly host: DropHost,
    private readonly open: OpenDropped,
  ) {}

  onDragOver(event: DragEvent, windowId?: string) {
    event.preventDefault();
    if (windowId) event.stopPropagation();
    this.#hover(windowId ?? 'workspace');
  }

  onDragLeave() {
    this.#hover(undefined);
  }

  onDrop(event: DragEvent, windowId?: string) {
    event.preventDefault();
    event.stopPropagation();
    this.#hover(undefined);
    const data = event.dataTransfer;
    const moved = data?.getData(WINDOW_DRAG_TYPE);
    const { store } = this.host;
    if (windowId && moved && store.state.windows[moved]) {
      if (moved !== windowId) {
        const side = nearestSide((event.currentTarget as HTMLElement).getBoundingClientRect(), event.clientX, event.clientY);
        store.dispatch(actions.moveWindow(moved, windowId, side));
      }
      return;
    }
    if (data) this.open(() => targetsOfDrop(data), windowId);
  }

  #hover(over: string | undefined) {
    if (over === this.over) return;
    this.over = over;
    this.host.requestUpdate();
  }
}
