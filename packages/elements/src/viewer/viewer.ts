import { html, nothing, type PropertyValues } from 'lit';
import { property, query, state } from 'lit/decorators.js';
import { loadCollection, type ViewerCollection, type ViewerManifest } from '@vellum/iiif';
import { actions, createWindow, VIEW_MODES, type ViewMode } from '@vellum/state';
import type { VellumCollectionBrowser } from '../collection-browser/collection-browser.js';
import { VellumCollectionLoadEvent, type VellumCollectionOpenEvent } from '../collection-browser/collection-events.js';
import { StoreRoot } from '../context/store-root.js';
import type { VellumWindow } from '../window/window.js';
import { WINDOW_PARTS } from '../window/window-part-names.js';
import { collectionControls } from './collection-controls.js';
import { viewerStyles } from './viewer.styles.js';

const WINDOW_ID = 'main';
const COLLECTION_PARTS = ['breadcrumb', 'crumb', 'up', 'heading', 'summary', 'list', 'item', 'message'].map((part) => `${part}: collection-${part}`).join(', ');

/**
 * @summary The one-line embed: a IIIF viewer for one manifest, with deep zoom, thumbnails and information. Given a
 * collection, it shows a collection browser first, and the manifest chosen there with a way back and between volumes.
 *
 * @csspart window - The window inside the viewer; every part of VellumWindow is exported too.
 * @csspart collection - The collection browser; its parts are exported as `collection-<part>`.
 * @csspart collection-back - The title bar button back to the collection.
 * @csspart collection-choice - The title bar choice among the collection's manifests (volumes).
 * @csspart loading - The message while the viewer finds out whether it was given a manifest or a collection.
 *
 * @cssprop --vellum-accent - Accent colour.
 * @cssprop --vellum-accent-background - Background of a button under the pointer.
 * @cssprop --vellum-background - Background.
 * @cssprop --vellum-border - Border colour.
 * @cssprop --vellum-border-width - Width of the outer border (1px by default).
 * @cssprop --vellum-color - Text colour.
 * @cssprop --vellum-font - Font family.
 * @cssprop --vellum-font-size - Base font size (16px by default); every size inside scales with it.
 * @cssprop --vellum-height - Height of the viewer (600px by default).
 *
 * @fires vellum-manifest-load - When the manifest has loaded. detail: { manifest }
 * @fires vellum-collection-load - When `manifest` is a collection and its browser is shown. detail: { collection }
 * @fires vellum-collection-open - When a manifest is chosen in the collection browser. detail: { manifestId, collection }
 * @fires vellum-canvas-change - When the user or a navigation method changes the canvas. detail: { canvasId, index }
 * @fires vellum-error - When the manifest or a canvas cannot be shown. detail: { kind, message }
 * @fires vellum-search - When the user searches the manifest's full text. detail: { query }
 */
export class VellumViewer extends StoreRoot {
  static override styles = viewerStyles;

  @query('vellum-window') private window!: VellumWindow;
  @query('vellum-collection-browser') private browser?: VellumCollectionBrowser;

  /** The collection `manifest` names, when it is one. */
  @state() private collection?: ViewerCollection;
  /** The collection that lists the manifest on show, and that manifest, when it was chosen in the browser. */
  @state() private opened?: { from: ViewerCollection; current: string };
  @state() private browsing = false;
  @state() private resolving = false;
  /** The JSON the window shows: `manifestJson` once it is known to be a manifest. */
  @state() private windowJson?: object;
  #resolution = 0;

  /** URL of a IIIF Presentation 2 or 3 manifest, or of a collection to browse. */
  @property({ reflect: true }) manifest = '';
  /** A manifest (or collection) given as parsed JSON; it wins over `manifest`. */
  @property({ attribute: false }) manifestJson?: object;
  /** The canvas to show: its id, or its 0-based index. */
  @property() canvas?: string;
  /** The view mode (`detail`, `book`, `portfolio`, `medium` or `continuous`); unset, the manifest's behavior chooses. */
  @property({ reflect: true }) view?: ViewMode;
  /** Words to search for in the manifest's full text once it loads (when it offers a IIIF Content Search service). */
  @property({ attribute: 'search' }) searchQuery?: string;

  constructor() {
    super();
    this.store.dispatch(actions.addWindow(createWindow(WINDOW_ID)));
    this.addEventListener('vellum-manifest-load', () => {
      this.#applyView();
      if (this.searchQuery) void this.search(this.searchQuery);
    });
  }

  override willUpdate(changed: PropertyValues<this>) {
    super.willUpdate(changed);
    if (changed.has('manifest') || changed.has('manifestJson')) this.#resolve();
    if (changed.has('view')) this.#applyView();
  }

  override updated(changed: PropertyValues<this>) {
    if (changed.has('canvas') && !this.resolving) void this.#goToCanvas();
    if (changed.has('searchQuery') && this.searchQuery !== undefined && this.loadedManifest) void this.search(this.searchQuery);
  }

  #applyView() {
    if (this.view && VIEW_MODES.includes(this.view)) this.store.dispatch(actions.setViewMode(WINDOW_ID, this.view));
  }

  async #goToCanvas() {
    await this.updateComplete;
    await this.window.updateComplete;
    if (this.canvas) this.window.goTo(this.canvas, { notify: false });
  }

  /** Finds out whether the source is a collection (to browse) or a manifest (to show); the request is shared with the window's. */
  #resolve() {
    const source = this.manifestJson ?? (this.manifest || undefined);
    const resolution = ++this.#resolution;
    this.collection = this.opened = undefined;
    this.browsing = false;
    this.resolving = Boolean(source);
    if (!source) return this.#show(undefined);
    const settle = (collection?: ViewerCollection) => {
      if (resolution !== this.#resolution) return;
      this.resolving = false;
      if (!collection) return this.#show(source);
      this.collection = collection;
      this.browsing = true;
      this.#show(undefined);
      this.dispatchEvent(new VellumCollectionLoadEvent(collection));
    };
    // A source that fails to load goes to the window, which shows why.
    loadCollection(source, { languages: this.localizer.languages }).then(settle, () => settle());
  }

  #show(source: string | object | undefined) {
    this.windowJson = typeof source === 'object' ? source : undefined;
    this.store.dispatch(actions.setManifest(WINDOW_ID, typeof source === 'string' ? source : null));
    if (source && this.canvas) void this.#goToCanvas();
  }

  #openFromCollection(event: VellumCollectionOpenEvent) {
    const { manifestId, collection } = event.detail;
    this.#openManifest(manifestId, collection);
    this.browsing = false;
    void this.#focus('[part="collection-back"]');
  }

  #openManifest(id: string, from: ViewerCollection) {
    this.opened = { from, current: id };
    this.store.dispatch(actions.setManifest(WINDOW_ID, id));
  }

  /** Shows the collection browser again, where it was left. */
  backToCollection() {
    if (!this.collection) return;
    this.browsing = true;
    void this.updateComplete.then(() => this.browser?.focus());
  }

  async #focus(selector: string) {
    await this.updateComplete;
    this.renderRoot.querySelector<HTMLElement>(selector)?.focus();
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

  /** Opens the search panel and searches the manifest's full text; see `search`. */
  search(query: string): Promise<void> {
    return this.window.search(query);
  }

  override render() {
    const opened = this.opened;
    return html`<vellum-window
        part="window"
        exportparts=${WINDOW_PARTS}
        window-id=${WINDOW_ID}
        .manifestJson=${this.windowJson}
        .fullscreenTarget=${this}
        ?inert=${this.browsing || this.resolving}
      >
        ${opened && !this.browsing
          ? collectionControls(this.localizer, opened, {
              back: () => this.backToCollection(),
              choose: (id) => this.#openManifest(id, opened.from),
            })
          : nothing}
      </vellum-window>
      ${this.collection
        ? html`<vellum-collection-browser
            part="collection"
            exportparts=${COLLECTION_PARTS}
            ?hidden=${!this.browsing}
            .collection=${this.collection}
            @vellum-collection-open=${this.#openFromCollection}
          ></vellum-collection-browser>`
        : nothing}
      ${this.resolving ? html`<p part="loading" class="loading" role="status">${this.localizer.msg('viewer.loading')}</p>` : nothing}`;
  }
}
