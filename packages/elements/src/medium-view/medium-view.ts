import { html } from 'lit';
import { property } from 'lit/decorators.js';
import { getText } from '@vellum/iiif';
import { mediumViewStyles } from './medium-view.styles.js';
import type { Highlight } from '../search-panel/search-controller.js';
import { WindowView } from '../window-view/window-view.js';

/**
 * @summary The medium-resolution view: the window's current canvas as one static image of about
 * 1000–1600 pixels (no tiles, no deep zoom), fitted to the element and to the printed page.
 * Previous and next go through the window, which updates the store.
 *
 * @csspart image - The canvas's images (a vellum-medium-image; forwards its `error` as `image-error`).
 * @csspart message - The message shown when there is no canvas, or the canvas has no size (audio, video, text).
 *
 * @cssprop --vellum-canvas-background - Colour around the image.
 * @cssprop --vellum-canvas-color - Text colour of the message.
 */
export class VellumMediumView extends WindowView {
  static override styles = mediumViewStyles;

  /** Boxes to highlight on the canvas on show (search hits), in canvas units. */
  @property({ attribute: false }) highlights: readonly Highlight[] = [];

  override render() {
    const canvases = this.manifest?.canvases ?? [];
    const canvas = canvases.find((candidate) => candidate.id === this.canvasId) ?? canvases[0];
    if (!canvas) return html`<div class="stage"><p part="message">${this.windowState.localizer.msg('viewer.empty')}</p></div>`;
    if (!canvas.width || !canvas.height) return html`<div class="stage"><p part="message">${this.windowState.localizer.msg('surface.noImage')}</p></div>`;
    const label = getText(canvas.label, this.windowState.localizer.languages) || String(canvas.index + 1);
    const ratio = canvas.width / canvas.height;
    const fitted = Math.min(this.box.width / canvas.width, this.box.height / canvas.height);
    return html`<div class="stage">
      <vellum-medium-image
        part="image"
        exportparts="error: image-error"
        style="--_ratio: ${ratio}"
        .canvas=${canvas}
        .highlights=${this.highlights}
        long-side=${Math.max(canvas.width, canvas.height) * fitted}
        label=${label}
      ></vellum-medium-image>
    </div>`;
  }
}
