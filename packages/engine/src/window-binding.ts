import { actions, normaliseRotation, sameView, selectWindow, type Store, type Unsubscribe, type WindowState } from '@vellum/state';
import type { Slot, SlotCanvas, Viewport } from './slot.js';

/** The signed turn from one normalised angle to another, between -180 and 180 degrees. */
const shortestTurn = (from: number, to: number) => ((((to - from) % 360) + 540) % 360) - 180;

/**
 * Binds a slot to one window of the store, the only path between them: the slot shows what the window's state
 * says (view, turn, flip, adjustments, navigator), and the views the user moves to go back as actions. Sync
 * groups are applied by the reducer, so a linked partner moves from state in the same task.
 */
export class WindowBinding {
  readonly slot: Slot;
  readonly #store: Store;
  readonly #windowId: string;
  readonly #unsubscribe: Unsubscribe;
  readonly #onViewportChange = (event: Event) => {
    const { x, y, width, height, rotation } = (event as CustomEvent<Viewport>).detail;
    this.#store.dispatch(actions.setView(this.#windowId, { x, y, width, height }, rotation));
  };

  constructor(slot: Slot, store: Store, windowId: string) {
    this.slot = slot;
    this.#store = store;
    this.#windowId = windowId;
    const window = this.#window;
    if (window) slot.setViewport({ rotation: window.rotation, flipped: window.flipped }, true);
    this.#unsubscribe = store.select(selectWindow(windowId), (next, previous) => {
      if (next) this.#apply(next, previous);
    });
    slot.addEventListener('viewport-change', this.#onViewportChange);
  }

  /** Shows one canvas, or pages side by side (a book spread), at the view the window asks for, or whole. */
  async show(pages: readonly SlotCanvas[]): Promise<void> {
    const view = this.#window?.viewport ?? undefined;
    await (pages.length > 1 ? this.slot.showSpread(pages, view) : this.slot.show(pages[0], view));
    const window = this.#window;
    if (!window) return;
    this.slot.setAdjustments(window.adjustments);
    this.slot.setNavigator(window.showNavigator);
  }

  /** Unbinds and destroys the slot. */
  destroy(): void {
    this.#unsubscribe();
    this.slot.removeEventListener('viewport-change', this.#onViewportChange);
    this.slot.destroy();
  }

  get #window(): WindowState | undefined {
    return selectWindow(this.#windowId)(this.#store.state);
  }

  #apply(window: WindowState, previous: WindowState | undefined): void {
    const shown = this.slot.viewport;
    const change: Partial<Viewport> = {};
    const turn = shortestTurn(normaliseRotation(shown.rotation), window.rotation);
    if (turn) change.rotation = shown.rotation + turn;
    if (window.flipped !== shown.flipped) change.flipped = window.flipped;
    if (window.viewport && window.viewport !== previous?.viewport && !sameView(window.viewport, shown)) Object.assign(change, window.viewport);
    this.slot.setViewport(change);
    if (window.adjustments !== previous?.adjustments) this.slot.setAdjustments(window.adjustments);
    if (window.showNavigator !== previous?.showNavigator) this.slot.setNavigator(window.showNavigator);
  }
}
