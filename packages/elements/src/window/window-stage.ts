import { html, nothing } from 'lit';
import type { ViewerManifest } from '@vellum/iiif';
import type { ViewMode } from '@vellum/state';
import { isViewModeAvailable } from '../view-menu/view-modes.js';

/** The mode a window can show: the one it asks for, or detail while that mode's element is not registered. */
export function effectiveMode(mode: ViewMode): ViewMode {
  return isViewModeAvailable(mode) ? mode : 'detail';
}

/** The element of a grid or strip mode (portfolio, medium, continuous); nothing for the deep-zoom modes. */
export function modeElement(mode: ViewMode, windowId: string, manifest: ViewerManifest) {
  switch (mode) {
    case 'portfolio':
      return html`<vellum-portfolio part="view" window-id=${windowId} .manifest=${manifest}></vellum-portfolio>`;
    case 'medium':
      return html`<vellum-medium-view part="view" window-id=${windowId} .manifest=${manifest}></vellum-medium-view>`;
    case 'continuous':
      return html`<vellum-continuous-view part="view" window-id=${windowId} .manifest=${manifest}></vellum-continuous-view>`;
    default:
      return nothing;
  }
}
