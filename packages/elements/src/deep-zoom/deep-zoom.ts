import { consume } from '@lit/context';
import { html, LitElement, nothing, type PropertyValues } from 'lit';
import { property, query, state } from 'lit/decorators.js';
import type { ExportInfo, Slot, WindowBinding } from '@vellum/engine';
import { EngineError } from '@vellum/engine/errors';
import type { ViewerCanvas } from '@vellum/iiif';
import type { Store } from '@vellum/state';
import { defaultEngine, engineContext, type VellumEngine } from '../context/engine.js';
import { localizerContext, storeContext } from '../context/contexts.js';
import { errorKindOf, errorMessageOf } from '../errors/error-kind.js';
import { VellumErrorEvent, type VellumErrorKind } from '../events/events.js';
import { Localizer } from '../i18n/index.js';
import { icons } from '../icons/icons.js';
import { VellumSlotChangeEvent } from './deep-zoom-events.js';
import { deepZoomStyles } from './deep-zoom.styles.js';
import { ZoomAnnouncer } from './zoom-announcer.js';

/** 'drawn' once the first tile is on screen; 'settled' once every tile the view needs is. */
type SurfaceStatus = 'empty' | 'loading' | 'drawn' | 'settled' | 'error';

/**
 * @summary One deep-zoom surface (an engine slot) showing a canvas, with its loading, error and tile notices.
 *
 * @csspart surface - The focusable area the image is drawn in; aria-busy until every tile in view is drawn.
 * @csspart error - The message shown when the canvas cannot be drawn.
 * @csspart message - The message shown when the canvas has no image.
 * @csspart notice - The non-blocking notice shown when some tiles fail.
 *
 * @cssprop --vellum-accent - The focus ring and the loading spinner.
 * @cssprop --vellum-annotation-color - Colour of the annotations drawn on the image that have no colour of their own or of their tags.
 * @cssprop --vellum-annotation-highlight - Colour of the highlighted annotation.
 * @cssprop --vellum-canvas-background - Colour behind the image.
 * @cssprop --vellum-canvas-color - Text colour over the image area.
 * @cssprop --vellum-color - Text colour of the message.
 * @cssprop --vellum-error-background - Background of the error.
 * @cssprop --vellum-error-color - Text colour of the error.
 * @cssprop --vellum-notice-background - Background of the notice.
 * @cssprop --vellum-notice-color - Text colour of the notice.
 * @cssprop --vellum-surface - Background of the message.
 *
 * @fires vellum-error - When the canvas cannot be shown (info.json, tiles, invalid canvas).
 * @fires vellum-slot-change - When the slot shows a new canvas, for layers over the image. detail: { slot, canvas, pages } (pages: the canvases on show, left to right)
 */
export class VellumDeepZoom extends LitElement {
  static override styles = deepZoomStyles;

  readonly #zoom = new ZoomAnnouncer(this, () => this.surface.clientWidth);

  @consume({ context: engineContext })
  engine: VellumEngine = defaultEngine;

  @consume({ context: storeContext })
  store?: Store;

  @consume({ context: localizerContext, subscribe: true })
  localizer = new Localizer();

  @state() private errorKind?: VellumErrorKind;
  /** 'dismissed' keeps the notice away for the rest of this canvas. */
  @state() private tileNotice: 'none' | 'shown' | 'dismissed' = 'none';

  @query('.surface') private surface!: HTMLElement;
  #binding?: WindowBinding;
  #pendingBinding?: Promise<WindowBinding>;

  /** Reflected, so pages and tests can tell when the image is on screen. */
  @property({ reflect: true }) status: SurfaceStatus = 'empty';
  /** The window this surface shows: the engine binds the surface to that window's state in the store. */
  @property({ attribute: 'window-id' }) windowId = '';
  /** The canvas to show, unless `pages` is set. */
  @property({ attribute: false }) canvas?: ViewerCanvas;
  /** Pages to show side by side, left to right (a book spread); when set, they replace `canvas`. */
  @property({ attribute: false }) pages?: ViewerCanvas[];
  /** Opacity (0 to 1) of the painted images by their index; images left out are opaque. */
  @property({ attribute: false }) opacities: Record<number, number> = {};
  /** The accessible name of the image, usually the canvas label. */
  @property() label = '';

  override connectedCallback() {
    super.connectedCallback();
    if (this.hasUpdated) this.#createSlot();
  }

  override disconnectedCallback() {
    super.disconnectedCallback();
    this.#pendingBinding = undefined;
    this.#binding?.destroy();
    this.#binding = undefined;
  }

  override firstUpdated() {
    this.#createSlot();
  }

  override willUpdate(changed: PropertyValues<this>) {
    if ((changed.has('canvas') || changed.has('pages')) && this.#slot) void this.#show();
    else if (changed.has('opacities')) this.#applyOpacities();
  }

  get #slot(): Slot | undefined {
    return this.#binding?.slot;
  }

  async #createSlot() {
    if (!this.store) return;
    const pending = (this.#pendingBinding = this.engine.bindSlot(this.surface, this.store, this.windowId));
    this.status = 'loading';
    let binding: WindowBinding;
    try {
      binding = await pending;
    } catch (error) {
      this.#fail(error);
      return;
    }
    if (pending !== this.#pendingBinding) {
      binding.destroy();
      return;
    }
    this.#binding = binding;
    const { slot } = binding;
    slot.addEventListener('first-tile-drawn', () => {
      if (this.status === 'loading') this.status = 'drawn';
    });
    slot.addEventListener('fully-loaded', () => {
      // Every tile came back and none drew: a blank window must not call itself settled (a proxied id, say).
      if (this.status === 'loading' && slot.tileErrorCount > 0) this.#fail(new EngineError('tiles', `None of the ${slot.tileErrorCount} tiles of the image could be loaded`));
      else if (this.status === 'loading' || this.status === 'drawn') this.status = 'settled';
    });
    slot.addEventListener('tile-error', () => {
      if (this.tileNotice === 'none') this.tileNotice = 'shown';
    });
    slot.addEventListener('viewport-change', () => this.#zoom.moved(slot));
    void this.#show();
  }

  async #show() {
    const binding = this.#binding;
    const { canvas, pages } = this;
    this.tileNotice = 'none';
    this.errorKind = undefined;
    if (!binding || !canvas) {
      this.status = 'empty';
      return;
    }
    const onShow = pages && pages.length > 1 ? pages : [canvas];
    const invalid = onShow.find((page) => page.invalid);
    if (invalid) {
      this.#fail(new EngineError('invalid-canvas', invalid.invalid!));
      return;
    }
    this.status = 'loading';
    const current = () => binding === this.#binding && canvas === this.canvas && pages === this.pages;
    try {
      await binding.show(onShow);
      if (!current()) return;
      if (onShow.every((page) => page.images.length === 0)) this.status = 'empty';
      else this.#applyOpacities();
      this.#zoom.shown(binding.slot);
      this.dispatchEvent(new VellumSlotChangeEvent(binding.slot, canvas, onShow));
    } catch (error) {
      if (current()) this.#fail(error);
    }
  }

  #applyOpacities() {
    this.canvas?.images.forEach((_, index) => this.#slot?.setImageOpacity(index, this.opacities[index] ?? 1));
  }

  #fail(error: unknown) {
    this.status = 'error';
    this.errorKind = errorKindOf(error);
    this.dispatchEvent(new VellumErrorEvent(this.errorKind, errorMessageOf(error)));
  }

  /**
   * The engine slot the canvas is drawn in, once created; layers over the image attach to it.
   * (Named so because HTMLElement already has a `slot` property, the name of the light-DOM slot.)
   */
  get engineSlot(): Slot | undefined {
    return this.#slot;
  }

  /** Multiplies the zoom by `factor` (above 1 zooms in). */
  zoomBy(factor: number) {
    this.#slot?.zoomBy(factor);
  }

  /** Moves the view by fractions of its size. */
  panBy(dx: number, dy: number) {
    this.#slot?.panBy(dx, dy);
  }

  /** Shows the whole canvas. */
  home() {
    this.#slot?.home();
  }

  /** What the current view can be exported as; undefined while nothing is on show. */
  async exportInfo(): Promise<ExportInfo | undefined> {
    return this.#slot?.exportInfo();
  }

  /** Whether the pixels on screen can be read back (false when they come from a server without CORS). */
  get viewReadable(): boolean {
    return this.#slot?.viewReadable ?? false;
  }

  /** The view as shown, adjustments included, as a PNG. Rejects with an EngineError. */
  async exportView(): Promise<Blob> {
    return this.#requireSlot().exportView();
  }

  /** The visible image region at `width` pixels across, as a PNG. Rejects with an EngineError. */
  async exportRegion(width: number): Promise<Blob> {
    return this.#requireSlot().exportRegion(width);
  }

  #requireSlot(): Slot {
    if (!this.#slot) throw new EngineError('export', 'Nothing is on show yet');
    return this.#slot;
  }

  #overlay() {
    const { msg } = this.localizer;
    if (this.status === 'loading') return html`<div class="overlay"><div class="spinner" role="presentation"></div></div>`;
    if (this.status === 'empty' && this.canvas) return html`<div class="overlay"><div part="message" class="message">${msg('surface.noImage')}</div></div>`;
    if (this.status === 'error' && this.errorKind) {
      return html`<div class="overlay">
        <div part="error" class="error" role="alert">${msg(`error.${this.errorKind}`)}</div>
      </div>`;
    }
    return nothing;
  }

  override render() {
    const { msg } = this.localizer;
    return html`
      <div
        part="surface"
        class="surface"
        tabindex="0"
        role="img"
        aria-roledescription=${msg('surface.roledescription')}
        aria-label=${msg('surface.label', { label: this.label })}
        aria-busy=${this.status === 'loading' || this.status === 'drawn' ? 'true' : 'false'}
      ></div>
      ${this.#overlay()}
      <span class="visually-hidden" role="status">${this.#zoom.percent === undefined ? '' : msg('surface.zoom', { percent: this.#zoom.percent })}</span>
      ${this.tileNotice === 'shown'
        ? html`<div part="notice" class="notice" role="status">
            ${icons.warning}<span>${msg('notice.tiles')}</span>
            <button type="button" aria-label=${msg('notice.dismiss')} @click=${() => (this.tileNotice = 'dismissed')}>
              ${icons.close}
            </button>
          </div>`
        : nothing}
    `;
  }
}
