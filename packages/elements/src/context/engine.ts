import { createContext } from '@lit/context';
import { Slot } from '@vellum/engine';

/** What elements need from the tile engine; a workspace may share or decorate it. */
export interface VellumEngine {
  createSlot(container: HTMLElement): Slot;
}

export const defaultEngine: VellumEngine = {
  createSlot: (container) => new Slot(container),
};

export const engineContext = createContext<VellumEngine>(Symbol('vellum-engine'));
