import { html, nothing } from 'lit';
import type { ViewerManifest } from '@vellum/iiif';
import type { ViewMode } from '@vellum/state';
import { iconButton } from '../controls/icon-button.js';
import type { Localizer } from '../i18n/index.js';
import { icons } from '../icons/icons.js';
import type { Highlight } from '../search-panel/search-controller.js';
import { isViewModeAvailable } from '../view-menu/view-modes.js';

export interface ImageActions {
  zoomIn: () => void;
  zoomOut: () => void;
  home: () => void;
  rotate: () => void;
  toggleNavigator: () => void;
}

/** The mode a window can show: the one it asks for, or detail while that mode's element is not registered. */
export function effectiveMode(mode: ViewMode): ViewMode {
  return isViewModeAvailable(mode) ? mode : 'detail';
}

/** The element of a grid or strip mode (portfolio, medium, continuous), with the search hits to highlight; nothing for the deep-zoom modes. */
export function modeElement(mode: ViewMode, windowId: string, manifest: ViewerManifest, highlights: readonly Highlight[] = []) {
  switch (mode) {
    case 'portfolio':
      return html`<vellum-portfolio part="view" window-id=${windowId} .manifest=${manifest}></vellum-portfolio>`;
    case 'medium':
      return html`<vellum-medium-view part="view" window-id=${windowId} .manifest=${manifest} .highlights=${highlights}></vellum-medium-view>`;
    case 'continuous':
      return html`<vellum-continuous-view part="view" window-id=${windowId} .manifest=${manifest}></vellum-continuous-view>`;
    default:
      return nothing;
  }
}

/** The image controls over the deep zoom: zoom, home, rotate and the navigator switch. */
export function imageToolbar(msg: Localizer['msg'], showNavigator: boolean, on: ImageActions) {
  return html`<div part="toolbar" class="toolbar" role="toolbar" aria-label=${msg('controls.label')}>
    ${iconButton(msg('controls.zoomIn'), icons.zoomIn, on.zoomIn)}
    ${iconButton(msg('controls.zoomOut'), icons.zoomOut, on.zoomOut)}
    ${iconButton(msg('controls.home'), icons.home, on.home)}
    ${iconButton(msg('controls.rotate'), icons.rotate, on.rotate)}
    ${iconButton(msg('view.navigator'), icons.navigator, on.toggleNavigator, showNavigator)}
  </div>`;
}
