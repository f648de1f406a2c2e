import { createContext } from '@lit/context';
import type { WindowBinding } from '@vellum/engine';
import type { Store } from '@vellum/state';

/** What elements need from the tile engine; a page may provide another one (a decorated or instrumented engine). */
export interface VellumEngine {
  /** A deep-zoom slot in `container`, bound to one window of the store: it shows that window's state and reports its view. */
  bindSlot(container: HTMLElement, store: Store, windowId: string): Promise<WindowBinding>;
}

let engineModule: Promise<typeof import('@vellum/engine')> | undefined;

/**
 * Loads the tile engine, and OpenSeadragon with it: a chunk of its own beside the bundle. Viewers call
 * this as they connect, so the chunk arrives while the manifest is still loading.
 */
export function loadEngine() {
  engineModule ??= import('@vellum/engine');
  return engineModule;
}

export const defaultEngine: VellumEngine = {
  bindSlot: async (container, store, windowId) => {
    const { Slot, WindowBinding } = await loadEngine();
    return new WindowBinding(new Slot(container), store, windowId);
  },
};

export const engineContext = createContext<VellumEngine>(Symbol('vellum-engine'));
