/** The tile that holds a window in a workspace's shadow root. */
export function tileOf(root: ParentNode, windowId: string): HTMLElement | null {
  return root.querySelector<HTMLElement>(`.tile[data-window-id="${windowId}"]`);
}
