import type { Slot } from '@vellum/engine';
import type { SyncGroup } from '@vellum/state';
import { loadEngine, type VellumEngine } from '../context/engine.js';

/** The window a slot's container belongs to: the `window-id` of the deep-zoom element around it. */
function windowIdOf(container: HTMLElement): string | undefined {
  let node: Node | null = container;
  while (node) {
    if (node instanceof HTMLElement && node.localName === 'vellum-deep-zoom') return node.getAttribute('window-id') ?? undefined;
    node = node.parentNode ?? (node instanceof ShadowRoot ? node.host : null);
  }
  return undefined;
}

/** Decorates the engine so the workspace knows each window's slot, and keeps the sync groups' slots linked. */
export class SlotRegistry {
  readonly #slots = new Map<string, Slot>();
  #groups: readonly SyncGroup[] = [];
  #unlinks: (() => void)[] = [];

  readonly engine: VellumEngine = {
    createSlot: async (container) => {
      const engine = await loadEngine();
      const slot = new engine.Slot(container);
      const windowId = windowIdOf(container);
      if (windowId) {
        this.#slots.set(windowId, slot);
        this.#relink();
      }
      return slot;
    },
  };

  slotOf(windowId: string): Slot | undefined {
    return this.#slots.get(windowId);
  }

  /** Links the slots of every group anew (on a change of groups or windows). */
  link(groups: readonly SyncGroup[], windowIds: readonly string[]): void {
    for (const id of [...this.#slots.keys()]) if (!windowIds.includes(id)) this.#slots.delete(id);
    this.#groups = groups;
    this.#relink();
  }

  #relink(): void {
    this.#unlinks.splice(0).forEach((unlink) => unlink());
    void loadEngine().then(({ linkSlots }) => {
      this.#unlinks.splice(0).forEach((unlink) => unlink());
      for (const group of this.#groups) {
        const slots = new Map(group.windowIds.flatMap((id) => (this.#slots.has(id) ? [[id, this.#slots.get(id)!] as const] : [])));
        if (slots.size > 1) this.#unlinks.push(linkSlots(group, slots));
      }
    });
  }

  destroy(): void {
    this.#unlinks.splice(0).forEach((unlink) => unlink());
    this.#slots.clear();
  }
}
