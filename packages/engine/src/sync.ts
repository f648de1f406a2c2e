import { followView, type SyncGroup } from '@vellum/state';
import type { Slot, Viewport } from './slot.js';

export type Unlink = () => void;

const TOLERANCE = 1e-6;

function near(a: Viewport, b: Viewport): boolean {
  const scale = Math.max(a.width, b.width, 1) * TOLERANCE;
  return (
    Math.abs(a.x - b.x) <= scale &&
    Math.abs(a.y - b.y) <= scale &&
    Math.abs(a.width - b.width) <= scale &&
    Math.abs(a.height - b.height) <= scale &&
    Math.abs(a.rotation - b.rotation) <= TOLERANCE
  );
}

/**
 * Makes the slots of a sync group follow each other's pan, zoom and rotation, by the group's mode and
 * offsets. A slot's change reaches the others in the same task (before the next frame), and they move
 * with the same animation; the changes they report back are recognised and not sent round again.
 */
export function linkSlots(group: SyncGroup, slots: ReadonlyMap<string, Slot>): Unlink {
  const echoes = new Map<string, Viewport>();
  const follow = (fromId: string, view: Viewport) => {
    for (const [toId, slot] of slots) {
      if (toId === fromId || !group.windowIds.includes(toId)) continue;
      const { viewport, rotation } = followView(group, fromId, toId, { viewport: view, rotation: view.rotation });
      if (near(slot.viewport, { ...viewport, rotation, flipped: false })) continue;
      slot.setViewport({ ...viewport, rotation });
      echoes.set(toId, slot.viewport);
    }
  };
  const listeners = [...slots].map(([id, slot]) => {
    const listener = () => {
      const view = slot.viewport;
      const echo = echoes.get(id);
      if (echo && near(echo, view)) return;
      echoes.delete(id);
      follow(id, view);
    };
    slot.addEventListener('viewport-change', listener);
    return () => slot.removeEventListener('viewport-change', listener);
  });
  return () => {
    for (const remove of listeners) remove();
  };
}
