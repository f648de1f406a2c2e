import { consume } from '@lit/context';
import { html, LitElement, nothing, type PropertyValues } from 'lit';
import { property, query, state } from 'lit/decorators.js';
import type { ExportInfo } from '@vellum/engine';
import { EngineError } from '@vellum/engine/errors';
import { localizerContext } from '../context/contexts.js';
import type { VellumDeepZoom } from '../deep-zoom/deep-zoom.js';
import { Localizer, type MessageKey } from '../i18n/index.js';
import { icons } from '../icons/icons.js';
import { exportMenuStyles } from './export-menu.styles.js';
import { fileStem, saveBlob } from '../downloads/save-blob.js';

/** What the menu exports from: a deep-zoom surface. */
export type ViewExporter = Pick<VellumDeepZoom, 'exportInfo' | 'viewReadable' | 'exportView' | 'exportRegion'>;

type Status = 'working' | 'done' | 'copied' | 'copyFailed' | 'failed' | 'noImage';

const STATUS_TEXT: Record<Status, MessageKey> = {
  working: 'export.working',
  done: 'export.done',
  copied: 'export.copied',
  copyFailed: 'export.copyFailed',
  failed: 'export.failed',
  noImage: 'export.noImage',
};

/**
 * @summary Saves what a window shows: the view as a PNG with its adjustments, the visible region at a chosen
 * resolution, the full image at each size the server offers, and the links to the region and its Image API URL.
 * When the image server forbids reading its pixels (no CORS), it says so and offers the Image API URL instead.
 *
 * @csspart notice - The explanation shown when pixels cannot be exported.
 * @csspart status - The result of the last action.
 *
 * @cssprop --vellum-accent - Links and focus rings.
 * @cssprop --vellum-border - Border of the buttons.
 * @cssprop --vellum-error-color - Colour of the notice.
 */
export class VellumExportMenu extends LitElement {
  static override styles = exportMenuStyles;

  @consume({ context: localizerContext, subscribe: true })
  localizer = new Localizer();

  @state() private info?: ExportInfo;
  @state() private status?: Status;
  @state() private viewReadable = true;
  @state() private resolution = 0;

  @query('#image-url') private imageUrlField?: HTMLInputElement;

  /** What the menu exports from: the window's deep zoom. */
  @property({ attribute: false }) exporter?: ViewExporter;
  /** The start of the saved files' names, usually the canvas label. */
  @property() filename = '';
  /** The window's viewport: the menu reads again what the view offers whenever it changes. */
  @property({ attribute: false }) viewport?: unknown;

  override willUpdate(changed: PropertyValues<this>) {
    if (changed.has('exporter') || changed.has('viewport')) void this.refresh();
  }

  async #save(make: () => Promise<Blob>, name: string) {
    this.status = 'working';
    try {
      saveBlob(await make(), `${fileStem(this.filename)}-${name}.png`);
      this.status = 'done';
    } catch (error) {
      this.#explain(error);
    }
  }

  #explain(error: unknown) {
    if (error instanceof EngineError && error.kind === 'no-cors') {
      this.viewReadable = false;
      this.info = this.info?.image ? { ...this.info, image: { ...this.info.image, readable: false } } : this.info;
      this.status = undefined;
    } else {
      this.status = 'failed';
    }
  }

  async #copy(text: string) {
    try {
      await navigator.clipboard.writeText(text);
      this.status = 'copied';
    } catch {
      this.status = 'copyFailed';
      this.imageUrlField?.select();
    }
  }

  /** Reads again what the view offers (call after the view changes). */
  async refresh(): Promise<void> {
    try {
      this.info = await this.exporter?.exportInfo();
      this.viewReadable = this.exporter?.viewReadable ?? false;
      this.status = this.info?.image ? undefined : 'noImage';
    } catch (error) {
      this.info = undefined;
      this.#explain(error);
    }
  }

  #sizeText(size: { width: number; height: number }) {
    return this.localizer.msg('export.size', size);
  }

  #renderImage(image: NonNullable<ExportInfo['image']>) {
    const { msg } = this.localizer;
    const chosen = image.resolutions[this.resolution] ?? image.resolutions[0];
    const imageUrl = image.regionUrl ?? image.sizes[image.sizes.length - 1].url;
    return html`
      <div class="row">
        <label for="resolution">${msg('export.resolution')}</label>
        <select id="resolution" @change=${(event: Event) => (this.resolution = Number((event.target as HTMLSelectElement).value))}>
          ${image.resolutions.map((size, i) => html`<option value=${i} ?selected=${i === this.resolution}>${this.#sizeText(size)}</option>`)}
        </select>
      </div>
      <button type="button" ?disabled=${!image.readable}
        @click=${() => this.#save(() => this.exporter!.exportRegion(chosen.width), `${chosen.width}x${chosen.height}`)}>
        ${icons.download}<span>${msg('export.region')}</span>
      </button>
      <h4>${msg('export.fullImage')}</h4>
      <ul>
        ${image.sizes.map((size) => html`<li><a href=${size.url} target="_blank" rel="noopener noreferrer" download>${icons.download}${this.#sizeText(size)}</a></li>`)}
      </ul>
      <label for="image-url">${msg('export.imageUrl')}</label>
      <input id="image-url" readonly .value=${imageUrl} @focus=${(event: Event) => (event.target as HTMLInputElement).select()} />
      ${image.service?.level === 0 ? html`<p class="hint">${msg('export.levelZero')}</p>` : nothing}
      <button type="button" @click=${() => this.#copy(imageUrl)}>${icons.copy}<span>${msg('export.copyImageUrl')}</span></button>
    `;
  }

  override render() {
    const { msg } = this.localizer;
    const info = this.info;
    const blocked = !this.viewReadable || info?.image?.readable === false;
    return html`
      ${blocked ? html`<p part="notice" class="notice" role="alert">${msg('export.noCors')}</p>` : nothing}
      <button type="button" ?disabled=${!info || !this.viewReadable} @click=${() => this.#save(() => this.exporter!.exportView(), 'view')}>
        ${icons.download}<span>${msg('export.view')}</span>
      </button>
      ${info?.image ? this.#renderImage(info.image) : nothing}
      ${info ? html`<button type="button" @click=${() => this.#copy(info.regionLink)}>${icons.copy}<span>${msg('export.copyLink')}</span></button>` : nothing}
      <p part="status" class="status" role="status">${this.status ? msg(STATUS_TEXT[this.status]) : ''}</p>
    `;
  }
}
