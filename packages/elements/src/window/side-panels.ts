import { html, nothing } from 'lit';
import type { ViewerCanvas, ViewerManifest } from '@vellum/iiif';
import type { PanelName } from '@vellum/state';
import { hasLayers, type LayerSettings, type VellumLayersChangeEvent } from '../layers-panel/layers.js';

/** The table of contents before the image, when the window has it open and the manifest has one. */
export function contentsPanel(windowId: string, manifest: ViewerManifest, panels: readonly PanelName[]) {
  if (!panels.includes('contents') || !manifest.structures?.length) return nothing;
  return html`<vellum-contents-panel part="contents" window-id=${windowId} .manifest=${manifest}></vellum-contents-panel>`;
}

/** The panels beside the image: layers (detail mode only), adjustments and information, as the window has them open. */
export function sidePanels(
  windowId: string,
  manifest: ViewerManifest,
  canvas: ViewerCanvas,
  panels: readonly PanelName[],
  layersAllowed: boolean,
  layers: LayerSettings,
  onLayersChange: (layers: LayerSettings) => void,
) {
  return html`${layersAllowed && panels.includes('layers') && hasLayers(canvas)
      ? html`<vellum-layers-panel
          part="layers"
          window-id=${windowId}
          .canvas=${canvas}
          .settings=${layers}
          @vellum-layers-change=${(event: VellumLayersChangeEvent) => onLayersChange(event.detail.settings)}
        ></vellum-layers-panel>`
      : nothing}
    ${panels.includes('adjustments') ? html`<vellum-adjustments-panel part="adjustments" window-id=${windowId}></vellum-adjustments-panel>` : nothing}
    ${panels.includes('info')
      ? html`<vellum-info-panel
          part="info"
          exportparts="heading: info-heading, close: info-close, label: info-label, metadata, rights"
          window-id=${windowId} .manifest=${manifest}></vellum-info-panel>`
      : nothing}`;
}
