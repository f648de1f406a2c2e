import type { PanelName, VellumState, WindowState } from './model.js';

export const selectWindowIds = (state: VellumState): string[] => state.layout.windowIds;

export const selectWindow =
  (windowId: string) =>
  (state: VellumState): WindowState | undefined =>
    state.windows[windowId];

export const selectFocusedWindow = (state: VellumState): WindowState | undefined =>
  state.layout.focusedWindowId ? state.windows[state.layout.focusedWindowId] : undefined;

export const selectIsPanelOpen =
  (windowId: string, panel: PanelName) =>
  (state: VellumState): boolean =>
    state.windows[windowId]?.panels.includes(panel) ?? false;
