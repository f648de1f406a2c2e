import { resolveTarget, type ResourceTarget, type ViewerManifest } from '@vellum/iiif';
import { actions, type Store, type WindowState } from '@vellum/state';

/**
 * The opens whose canvas or range can be checked only once their manifest loads. A range opens at its first canvas.
 * When the canvas or range is missing, the window goes back to what it showed before, or away if the open created it.
 */
export class OpenChecks {
  readonly #pending = new Map<string, { target: ResourceTarget; previous?: WindowState }>();

  constructor(
    private readonly host: { readonly store: Store },
    private readonly fail: (error: unknown) => void,
  ) {}

  /**
   * Notes what an open asked of a window, and what the window showed before (nothing when the open created it). An
   * open that replaces one still pending (a content state followed to its target) keeps what was there before both.
   */
  expect(windowId: string, target: ResourceTarget, previous?: WindowState): void {
    const before = this.#pending.has(windowId) ? this.#pending.get(windowId)!.previous : previous;
    this.#pending.set(windowId, { target, previous: before });
  }

  /** Settles the open waiting on a window once its manifest loads: true when there was one and the manifest has what it asked for. */
  settle(windowId: string, manifest: ViewerManifest): boolean {
    const pending = this.#pending.get(windowId);
    this.#pending.delete(windowId);
    if (!pending) return false;
    try {
      const { canvasId, region } = resolveTarget(pending.target, manifest);
      if (pending.target.rangeId && canvasId) this.#show(windowId, canvasId, region);
      return true;
    } catch (error) {
      this.fail(error);
      this.#restore(windowId, pending.previous);
      return false;
    }
  }

  /** Forgets the open waiting on a window whose manifest failed (the window says why): true when there was one. */
  abandon(windowId: string): boolean {
    return this.#pending.delete(windowId);
  }

  #show(windowId: string, canvasId: string, region?: ResourceTarget['region']) {
    this.host.store.dispatch(actions.setCanvas(windowId, canvasId));
    if (region) this.host.store.dispatch(actions.setViewport(windowId, region));
  }

  #restore(windowId: string, previous?: WindowState) {
    const { store } = this.host;
    if (!previous) {
      store.dispatch(actions.removeWindow(windowId));
      return;
    }
    store.dispatch(actions.setManifest(windowId, previous.manifestUrl));
    store.dispatch(actions.setCanvas(windowId, previous.canvasId));
    store.dispatch(actions.setViewport(windowId, previous.viewport));
  }
}
