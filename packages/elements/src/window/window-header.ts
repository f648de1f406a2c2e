import { html, nothing, type SVGTemplateResult } from 'lit';
import type { ViewerManifest } from '@vellum/iiif';
import type { PanelName, ViewMode, WindowState } from '@vellum/state';
import { iconButton } from '../controls/icon-button.js';
import type { Localizer, MessageKey } from '../i18n/index.js';
import { icons } from '../icons/icons.js';
import { hasLayers } from '../layers-panel/layers.js';
import { windowSearchService } from '../search-panel/search-parts.js';
import type { WindowPopup } from './window-popups.js';

export interface HeaderButtonsOptions {
  msg: Localizer['msg'];
  manifest: ViewerManifest;
  window: WindowState;
  mode: ViewMode;
  canvasIndex: number;
  popup: WindowPopup;
  fullscreen: boolean;
  on: {
    togglePanel: (panel: PanelName) => void;
    toggleBookOffset: () => void;
    togglePopup: (popup: Exclude<WindowPopup, 'none'>) => void;
    toggleFullscreen: () => void;
  };
}

/** The window's own buttons in its title bar: the panels it can open, the book offset, export, help and full screen. */
export function headerButtons({ msg, manifest, window, mode, canvasIndex, popup, fullscreen, on }: HeaderButtonsOptions) {
  const panelButton = (panel: PanelName, label: MessageKey, icon: SVGTemplateResult) =>
    iconButton(msg(label), icon, () => on.togglePanel(panel), window.panels.includes(panel));
  return html`${mode === 'book' ? iconButton(msg('view.offset'), icons.offset, on.toggleBookOffset, window.bookOffset) : nothing}
    ${manifest.structures?.length ? panelButton('contents', 'contents.title', icons.contents) : nothing}
    ${hasLayers(manifest.canvases[canvasIndex]) && mode === 'detail' ? panelButton('layers', 'layers.title', icons.layers) : nothing}
    ${panelButton('thumbnails', 'controls.thumbnails', icons.thumbnails)}
    ${panelButton('info', 'controls.info', icons.info)}
    ${panelButton('adjustments', 'controls.adjustments', icons.adjustments)}
    ${panelButton('annotations', 'controls.annotations', icons.annotations)}
    ${windowSearchService(manifest, canvasIndex) ? panelButton('search', 'controls.search', icons.search) : nothing}
    ${iconButton(msg('controls.export'), icons.download, () => on.togglePopup('export'), popup === 'export')}
    ${iconButton(msg('controls.help'), icons.help, () => on.togglePopup('help'), popup === 'help')}
    ${iconButton(
      msg(fullscreen ? 'controls.exitFullscreen' : 'controls.fullscreen'),
      fullscreen ? icons.exitFullscreen : icons.fullscreen,
      on.toggleFullscreen,
    )}`;
}

/** The title bar; a host such as the workspace adds its own controls through the `header-start` and `header-end` slots. */
export function windowHeader(title: string, buttons: unknown = nothing) {
  return html`<header part="header">
    <slot name="header-start"></slot>
    ${title ? html`<h2 part="title" class="title" title=${title}>${title}</h2>` : nothing}
    ${buttons}
    <slot name="header-end"></slot>
  </header>`;
}
