import { createContext } from '@lit/context';
import type { Slot } from '@vellum/engine';

/** What elements need from the tile engine; a workspace may share or decorate it. */
export interface VellumEngine {
  createSlot(container: HTMLElement): Promise<Slot>;
}

/** Loads the tile engine, and OpenSeadragon with it, on first use: a chunk of its own beside the bundle. */
export const defaultEngine: VellumEngine = {
  createSlot: async (container) => {
    const { Slot } = await import('@vellum/engine');
    return new Slot(container);
  },
};

export const engineContext = createContext<VellumEngine>(Symbol('vellum-engine'));
