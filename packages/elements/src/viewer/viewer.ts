import { provide } from '@lit/context';
import { html, LitElement, type PropertyValues } from 'lit';
import { property, query } from 'lit/decorators.js';
import type { ViewerManifest } from '@vellum/iiif';
import { actions, createWindow, Store, VIEW_MODES, type ViewMode } from '@vellum/state';
import { localizerContext, storeContext } from '../context/contexts.js';
import { defaultEngine, engineContext, loadEngine, type VellumEngine } from '../context/engine.js';
import { Localizer, preferredLanguages } from '../i18n/index.js';
import type { VellumWindow } from '../window/window.js';
import { WINDOW_PARTS } from '../window/window-parts.js';
import { viewerStyles } from './viewer.styles.js';

const WINDOW_ID = 'main';

/**
 * @summary The one-line embed: a IIIF viewer for one manifest, with deep zoom, thumbnails and information.
 *
 * @csspart window - The window inside the viewer; every part of VellumWindow is exported too.
 *
 * @cssprop --vellum-height - Height of the viewer (600px by default).
 * @cssprop --vellum-background - Background.
 * @cssprop --vellum-color - Text colour.
 * @cssprop --vellum-accent - Accent colour.
 * @cssprop --vellum-font - Font family.
 * @cssprop --vellum-font-size - Base font size (16px by default); every size inside scales with it.
 * @cssprop --vellum-surface - Background of the bars and thumbnail strip.
 * @cssprop --vellum-border - Border colour.
 * @cssprop --vellum-canvas-background - Colour behind the image.
 *
 * @fires vellum-manifest-load - When the manifest has loaded. detail: { manifest }
 * @fires vellum-canvas-change - When the user or a navigation method changes the canvas. detail: { canvasId, index }
 * @fires vellum-error - When the manifest or a canvas cannot be shown. detail: { kind, message }
 */
export class VellumViewer extends LitElement {
  static override styles = viewerStyles;

  @provide({ context: storeContext })
  readonly store = new Store();

  @provide({ context: engineContext })
  engine: VellumEngine = defaultEngine;

  @provide({ context: localizerContext })
  localizer = new Localizer(preferredLanguages());

  @query('vellum-window') private window!: VellumWindow;

  /** URL of a IIIF Presentation 2 or 3 manifest (or of a collection: its first manifest is shown). */
  @property({ reflect: true }) manifest = '';
  /** A manifest given as parsed JSON; it wins over `manifest`. */
  @property({ attribute: false }) manifestJson?: object;
  /** The canvas to show: its id, or its 0-based index. */
  @property() canvas?: string;
  /** The UI language and the first choice for IIIF language maps; the browser's languages follow. */
  @property({ reflect: true }) language?: string;
  /** The view mode (`detail`, `book`, `portfolio`, `medium` or `continuous`); unset, the manifest's behavior chooses. */
  @property({ reflect: true }) view?: ViewMode;

  constructor() {
    super();
    this.store.dispatch(actions.addWindow(createWindow(WINDOW_ID)));
    this.addEventListener('vellum-manifest-load', () => this.#applyView());
  }

  #applyView() {
    if (this.view && VIEW_MODES.includes(this.view)) this.store.dispatch(actions.setViewMode(WINDOW_ID, this.view));
  }

  override connectedCallback() {
    super.connectedCallback();
    void loadEngine().catch(() => undefined);
  }

  override willUpdate(changed: PropertyValues<this>) {
    if (changed.has('language')) this.localizer = new Localizer(preferredLanguages(this.language));
    if (changed.has('manifest')) this.store.dispatch(actions.setManifest(WINDOW_ID, this.manifest || null));
    if (changed.has('view')) this.#applyView();
  }

  override async updated(changed: PropertyValues<this>) {
    const sourceChanged = changed.has('canvas') || changed.has('manifest') || changed.has('manifestJson');
    if (!this.canvas || !sourceChanged) return;
    await this.window.updateComplete;
    this.window.goTo(this.canvas, { notify: false });
  }

  /** The manifest on show, once loaded. */
  get loadedManifest(): ViewerManifest | undefined {
    return this.window?.manifest;
  }

  /** The 0-based index of the canvas on show. Setting it shows that canvas. */
  get canvasIndex(): number {
    return this.window?.canvasIndex ?? 0;
  }
  set canvasIndex(index: number) {
    if (this.hasUpdated) this.window.goTo(index, { notify: false });
    else this.canvas = String(index);
  }

  /** Shows a canvas by id or 0-based index; fires vellum-canvas-change. Returns false for an unknown canvas. */
  goTo(target: string | number): boolean {
    return this.window.goTo(target);
  }

  next(): boolean {
    return this.window.next();
  }

  previous(): boolean {
    return this.window.previous();
  }

  zoomIn() {
    this.window.zoomIn();
  }

  zoomOut() {
    this.window.zoomOut();
  }

  home() {
    this.window.home();
  }

  /** Rotates clockwise by `degrees` (90 by default). */
  rotate(degrees = 90) {
    this.window.rotate(degrees);
  }

  toggleFullscreen(): Promise<void> {
    return this.window.toggleFullscreen();
  }

  override render() {
    return html`<vellum-window
      part="window"
      exportparts=${WINDOW_PARTS}
      window-id=${WINDOW_ID}
      .manifestJson=${this.manifestJson}
      .fullscreenTarget=${this}
    ></vellum-window>`;
  }
}
