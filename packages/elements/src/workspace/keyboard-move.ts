import type { ReactiveControllerHost } from 'lit';
import { actions, type Store } from '@vellum/state';
import { neighbourOn, sideOfKey } from './sides.js';
import { tileOf } from './tile.js';
import type { Announce } from './window-controls.js';

/** What moving windows by keyboard needs of their workspace. */
export interface KeyboardMoveHost extends ReactiveControllerHost {
  readonly store: Store;
  readonly renderRoot: ParentNode;
}

/** Arrow keys on a window's drag handle move the window past its neighbour on that side, keeping the focus on the handle. */
export async function moveByKey(host: KeyboardMoveHost, event: KeyboardEvent, windowId: string, announce: Announce) {
  const side = sideOfKey(event.key);
  if (!side) return;
  event.preventDefault();
  const { store, renderRoot } = host;
  const boxes = new Map(store.state.layout.windowIds.map((id) => [id, tileOf(renderRoot, id)?.getBoundingClientRect() ?? new DOMRect()]));
  const neighbour = neighbourOn(boxes, windowId, side);
  if (!neighbour) return;
  store.dispatch(actions.moveWindow(windowId, neighbour, side));
  announce(windowId, 'workspace.moved');
  await host.updateComplete;
  tileOf(renderRoot, windowId)?.querySelector<HTMLElement>('.grip')?.focus();
}
