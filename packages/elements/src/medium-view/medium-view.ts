import { consume } from '@lit/context';
import { html, LitElement } from 'lit';
import { property, state } from 'lit/decorators.js';
import { getText, type ViewerManifest } from '@vellum/iiif';
import { selectWindow, type Store, type Unsubscribe } from '@vellum/state';
import { localizerContext, storeContext } from '../context/contexts.js';
import { Localizer } from '../i18n/index.js';
import { mediumViewStyles } from './medium-view.styles.js';

/**
 * @summary The medium-resolution view: the window's current canvas as one static image of about
 * 1000–1600 pixels (no tiles, no deep zoom), fitted to the element and to the printed page.
 * Previous and next go through the window, which updates the store.
 *
 * @csspart image - The canvas's images (a vellum-medium-image; forwards its `error` as `image-error`).
 * @csspart message - The message shown when there is no canvas.
 *
 * @cssprop --vellum-canvas-background - Colour around the image.
 * @cssprop --vellum-canvas-color - Text colour of the message.
 */
export class VellumMediumView extends LitElement {
  static override styles = mediumViewStyles;

  @consume({ context: storeContext })
  store?: Store;

  @consume({ context: localizerContext, subscribe: true })
  localizer = new Localizer();

  @state() private canvasId: string | null = null;
  @state() private stage = { width: 0, height: 0 };

  @property({ attribute: 'window-id' }) windowId = '';
  @property({ attribute: false }) manifest?: ViewerManifest;

  #unsubscribe?: Unsubscribe;
  readonly #resizeObserver = new ResizeObserver(([entry]) => {
    this.stage = { width: entry.contentRect.width, height: entry.contentRect.height };
  });

  override connectedCallback() {
    super.connectedCallback();
    const select = selectWindow(this.windowId);
    this.canvasId = (this.store && select(this.store.state)?.canvasId) ?? null;
    this.#unsubscribe = this.store?.select(select, (window) => (this.canvasId = window?.canvasId ?? null));
    this.#resizeObserver.observe(this);
  }

  override disconnectedCallback() {
    super.disconnectedCallback();
    this.#unsubscribe?.();
    this.#resizeObserver.disconnect();
  }

  override render() {
    const canvases = this.manifest?.canvases ?? [];
    const canvas = canvases.find((candidate) => candidate.id === this.canvasId) ?? canvases[0];
    if (!canvas) return html`<div class="stage"><p part="message">${this.localizer.msg('viewer.empty')}</p></div>`;
    const label = getText(canvas.label, this.localizer.languages) || String(canvas.index + 1);
    const ratio = canvas.width / canvas.height;
    const fitted = Math.min(this.stage.width / canvas.width, this.stage.height / canvas.height);
    return html`<div class="stage">
      <vellum-medium-image
        part="image"
        exportparts="error: image-error"
        style="--_ratio: ${ratio}"
        .canvas=${canvas}
        long-side=${Math.max(canvas.width, canvas.height) * fitted}
        label=${label}
      ></vellum-medium-image>
    </div>`;
  }
}
