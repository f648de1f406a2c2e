import { createContext } from '@lit/context';
import type { Slot } from '@vellum/engine';

/** What elements need from the tile engine; a workspace may share or decorate it. */
export interface VellumEngine {
  createSlot(container: HTMLElement): Promise<Slot>;
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
  createSlot: async (container) => new (await loadEngine()).Slot(container),
};

export const engineContext = createContext<VellumEngine>(Symbol('vellum-engine'));
