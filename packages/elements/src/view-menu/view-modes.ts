import { VIEW_MODES, type ViewMode } from '@vellum/state';

/** The element that renders each view mode other than detail and book, which the window draws itself. */
export const VIEW_MODE_TAGS: Partial<Record<ViewMode, string>> = {
  portfolio: 'vellum-portfolio',
  medium: 'vellum-medium-view',
  continuous: 'vellum-continuous-view',
};

/** A mode can be shown when the window draws it itself or its element is registered. */
export function isViewModeAvailable(mode: ViewMode): boolean {
  const tag = VIEW_MODE_TAGS[mode];
  return !tag || customElements.get(tag) !== undefined;
}

export function availableViewModes(): ViewMode[] {
  return VIEW_MODES.filter(isViewModeAvailable);
}
