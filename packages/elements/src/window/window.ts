import { html, LitElement, nothing, type PropertyValues } from 'lit';
import { property, query, state } from 'lit/decorators.js';
import { keyed } from 'lit/directives/keyed.js';
import { getText, type ViewerManifest } from '@vellum/iiif';
import { actions, type PanelName, type ViewMode, type WindowState } from '@vellum/state';
import type { AnnotationStore } from '@vellum/annotations';
import { AuthController } from '../auth/auth-controller.js';
import { authPrompt, logoutButtons } from '../auth/auth-prompt.js';
import { AnnotationsController } from '../annotations-panel/annotations-controller.js';
import { annotationEditor, annotationsPanel } from '../annotations-panel/annotations-parts.js';
import type { VellumDeepZoom } from '../deep-zoom/deep-zoom.js';
import type { Localizer } from '../i18n/index.js';
import { NO_LAYER_SETTINGS, type LayerSettings } from '../layers-panel/layers.js';
import { WindowStateController, windowIdsOf, windowOf } from '../window-state/window-state-controller.js';
import { FullscreenController } from './fullscreen-controller.js';
import { KeyboardController } from './keyboard.js';
import { runCommand } from './window-commands.js';
import { ManifestController } from './manifest-controller.js';
import { MoreDisclosure } from './more-disclosure.js';
import { NarrowController } from './narrow-controller.js';
import { NavigationController } from './navigation-controller.js';
import { groupOf, ShownPages } from './pages.js';
import { SearchController } from '../search-panel/search-controller.js';
import { searchPanel, windowSearchService } from '../search-panel/search-parts.js';
import { contentsPanel, sidePanels } from './side-panels.js';
import { statusMessage } from './status-message.js';
import { FocusReturn } from './focus-return.js';
import { headerButtons, windowHeader } from './window-header.js';
import { navBar, thumbnailStrip } from './window-nav.js';
import { exportPopup, helpPopup, type WindowPopup } from './window-popups.js';
import { effectiveMode, imageToolbar, modeElement } from './window-stage.js';
import { windowStyles } from './window.styles.js';

const ZOOM_STEP = 1.5;

/**
 * @summary One viewer window: it renders a window of the store (manifest, canvas, panels) with deep zoom,
 * navigation, thumbnails and the information panel.
 *
 * @csspart header - The bar with the title and the window buttons.
 * @csspart title - The manifest label.
 * @csspart toolbar - The image controls over the image.
 * @csspart button - Every icon button.
 * @csspart more-button - In a narrow window, the button that shows the window's own buttons; also a `button`.
 * @csspart more - In a narrow window, the box of the window's own buttons that the more button shows.
 * @csspart nav - The previous/next bar.
 * @csspart position - The "n of N" text.
 * @csspart canvas-label - The current canvas label.
 * @csspart help - The keyboard shortcut popup.
 * @csspart status - The loading and empty messages.
 * @csspart error - The error message when the manifest cannot be shown.
 * @csspart deep-zoom - The image area; forwards `surface`, `canvas-error` and `notice`.
 * @csspart thumbnails - The thumbnail strip; forwards `thumbnail-list`, `thumbnail` and `current-thumbnail`.
 * @csspart adjustments - The image adjustments panel.
 * @csspart export - The export popup; forwards `export-notice` and `export-status`.
 * @csspart info - The information panel; forwards `info-heading`, `info-close`, `info-label`, `metadata` and `rights`.
 * @csspart view-menu - The view mode menu button; forwards `view-menu-list` and `view-menu-item`.
 * @csspart view - The portfolio, medium-resolution or continuous view, in those modes.
 * @csspart contents - The table of contents panel.
 * @csspart layers - The layers panel (choices and opacity).
 * @csspart annotations - The annotations panel.
 * @csspart auth - In place of a restricted image: the access service's heading, note and login button.
 * @csspart auth-substitute - Within `auth`, the degraded image the probe offers meanwhile.
 * @csspart logout - Over an image shown after a login: the button that logs out of its access service.
 * @csspart search - The search panel, when the manifest offers a search service.
 * @csspart annotation-editor - The annotation editing layer over the image, when an editor is registered.
 *
 * @cssprop --vellum-accent - Accent colour (focus rings, pressed buttons).
 * @cssprop --vellum-accent-background - Background of a button under the pointer.
 * @cssprop --vellum-background - Window background.
 * @cssprop --vellum-border - Dividers beside the side panels.
 * @cssprop --vellum-canvas-background - Background of the message shown in place of a restricted image.
 * @cssprop --vellum-canvas-color - Text colour of the message shown in place of a restricted image.
 * @cssprop --vellum-color - Text colour.
 * @cssprop --vellum-control-background - Background of the controls over the image.
 * @cssprop --vellum-error-color - Text colour of the error message.
 * @cssprop --vellum-font - Font family.
 * @cssprop --vellum-font-size - Base font size; every size inside scales with it.
 * @cssprop --vellum-surface - Background of the bars.
 * @cssprop --vellum-thumbnail-background - Colour of the placeholder shimmering while a manifest loads.
 *
 * @slot header-start - Controls before the title, such as a host's drag handle.
 * @slot header-end - Controls after the window buttons, such as a host's close button.
 *
 * @fires vellum-manifest-load - When a manifest has loaded. detail: { manifest }
 * @fires vellum-canvas-change - When the user or a navigation method changes the canvas. detail: { canvasId, index }
 * @fires vellum-error - When the manifest or a canvas cannot be shown. detail: { kind, message }
 * @fires vellum-search - When the user searches the manifest's full text. detail: { query }
 * @fires vellum-content-state - When its URL answers with a content state (cancel it to open the targets yourself). detail: { targets }
 */
export class VellumWindow extends LitElement {
  static override styles = windowStyles;

  readonly #windowState = new WindowStateController(this, {
    watch: [windowOf, windowIdsOf],
    onChange: (window, previous) => {
      if (window?.canvasId !== previous?.canvasId) this.layers = NO_LAYER_SETTINGS;
      this.#navigation.notifyCanvasChange(window, previous);
      if (previous) this.#followPanels(window?.panels ?? [], previous.panels);
    },
  });
  readonly #focusReturn = new FocusReturn(this);
  readonly #navigation = new NavigationController(this, this.#windowState);
  readonly #manifest = new ManifestController(this, (manifest) => this.#navigation.openStart(manifest), (targets) => this.#navigation.follow(targets));
  readonly #fullscreen = new FullscreenController(this, () => this.fullscreenTarget);
  readonly #narrow = new NarrowController(this);
  readonly #more = new MoreDisclosure(this);
  readonly #annotations = new AnnotationsController(this, () => ({
    manifestId: this.manifest?.id,
    open: this.#window?.panels.includes('annotations') ?? false,
    languages: this.localizer.languages,
    store: this.renderRoot.querySelector<HTMLElement & { store?: AnnotationStore }>('vellum-annotation-editor')?.store,
    editing: this.renderRoot.querySelector('vellum-annotation-editor') !== null,
  }));
  readonly #auth = new AuthController(this);
  readonly #search = new SearchController(this, () => this.#window?.panels.includes('search') ?? false, () => windowSearchService(this.manifest, this.canvasIndex));

  readonly #shownPages = new ShownPages();
  /** The choices and opacities of the current canvas's layers; reset when the canvas changes. */
  @state() private layers: LayerSettings = NO_LAYER_SETTINGS;
  /** The popup over the image, if any. */
  @state() private popup: WindowPopup = 'none';

  @query('vellum-deep-zoom') private deepZoom?: VellumDeepZoom;

  /** The window of the store this element shows: its manifest, canvas, view and panels. */
  @property({ attribute: 'window-id' }) windowId = '';
  /** A manifest given as JSON; it wins over the window's manifest URL. */
  @property({ attribute: false }) manifestJson?: object;
  /** The element full screen applies to; the window itself by default. */
  @property({ attribute: false }) fullscreenTarget: HTMLElement = this;

  constructor() {
    super();
    new KeyboardController(this, (command) => runCommand(command, { window: this, deepZoom: this.deepZoom, search: this.#search }));
  }

  override willUpdate() {
    const source = this.manifestJson ?? this.#window?.manifestUrl ?? undefined;
    void this.#manifest.load(source, this.localizer.languages);
  }

  /** A popup that opens takes the focus, so that its keys (Escape) and its contents come next. */
  override updated(changed: PropertyValues) {
    if (changed.has('popup') && this.popup !== 'none') this.renderRoot.querySelector<HTMLElement>('.popup')?.focus();
  }

  get #window(): WindowState | undefined {
    return this.#windowState.window;
  }

  /** The localizer of the window's workspace or viewer. */
  get localizer(): Localizer {
    return this.#windowState.localizer;
  }

  /** The manifest on show, once loaded. */
  get manifest(): ViewerManifest | undefined {
    return this.#manifest.manifest;
  }

  /** The index of the canvas on show (0 before a manifest loads). */
  get canvasIndex(): number {
    return this.#navigation.canvasIndex;
  }

  /**
   * Shows a canvas by id or by 0-based index (a string of digits counts as an index). Before the manifest
   * loads, the target is kept and applied on load. Returns false for an unknown canvas.
   */
  goTo(target: string | number, { notify = true } = {}): boolean {
    return this.#navigation.goTo(target, notify);
  }

  /** Shows the next canvas, or the next spread in book mode. */
  next(): boolean {
    return this.#navigation.step(1);
  }

  previous(): boolean {
    return this.#navigation.step(-1);
  }

  zoomIn() {
    this.deepZoom?.zoomBy(ZOOM_STEP);
  }

  zoomOut() {
    this.deepZoom?.zoomBy(1 / ZOOM_STEP);
  }

  home() {
    this.deepZoom?.home();
  }

  /** Rotates by `degrees` (clockwise, 90 by default). */
  rotate(degrees = 90) {
    this.#windowState.dispatch(actions.rotateBy(this.windowId, degrees));
  }

  toggleFullscreen(): Promise<void> {
    return this.#fullscreen.toggle();
  }

  /** Opens the search panel and searches the manifest's full text (when it offers a search service). */
  search(query: string): Promise<void> {
    if (!this.#window?.panels.includes('search')) this.#windowState.dispatch(actions.togglePanel(this.windowId, 'search'));
    return this.#search.run(query);
  }

  #setPopup(popup: WindowPopup) {
    if (this.popup !== 'none') this.#focusReturn.closed(this.popup);
    if (popup !== 'none') this.#focusReturn.opened(popup);
    this.popup = popup;
  }

  /** A panel that closes gives the focus back to the control that opened it. */
  #followPanels(panels: readonly PanelName[], previous: readonly PanelName[]) {
    for (const panel of panels) if (!previous.includes(panel)) this.#focusReturn.opened(panel);
    for (const panel of previous) if (!panels.includes(panel)) this.#focusReturn.closed(panel);
  }

  #renderHeaderButtons(manifest: ViewerManifest, window: WindowState, mode: ViewMode) {
    const { windowId } = this;
    const { dispatch } = this.#windowState;
    const buttons = headerButtons({
      msg: this.localizer.msg, manifest, window, mode, canvasIndex: this.canvasIndex, popup: this.popup, fullscreen: this.#fullscreen.active,
      on: {
        togglePanel: (panel) => dispatch(actions.togglePanel(windowId, panel)),
        toggleBookOffset: () => dispatch(actions.setBookOffset(windowId, !window.bookOffset)),
        togglePopup: (popup) => this.#setPopup(this.popup === popup ? 'none' : popup),
        toggleFullscreen: () => void this.toggleFullscreen(),
      },
    });
    return html`<vellum-view-menu part="view-menu" exportparts="menu: view-menu-list, item: view-menu-item" window-id=${windowId}></vellum-view-menu>
      ${this.#narrow.narrow ? this.#more.render(this.localizer.msg('controls.more'), buttons) : buttons}`;
  }

  #renderStage(manifest: ViewerManifest, window: WindowState, mode: ViewMode, canvasLabel: string) {
    const deepZoom = mode === 'detail' || mode === 'book';
    const pages = deepZoom ? this.#shownPages.of(manifest, { ...window, viewMode: mode }, this.canvasIndex, this.layers) : [manifest.canvases[this.canvasIndex]];
    // The portfolio shows every page at once: it is not held back for one.
    const lock = mode === 'portfolio' ? undefined : this.#auth.lockOf(pages);
    if (lock) return html`<div class="stage">${authPrompt(this.localizer, lock, () => lock.state === 'denied' && void this.#auth.requestAccess(lock.probe, lock.access))}</div>`;
    if (!deepZoom) return html`<div class="stage">${modeElement(mode, this.windowId, manifest, this.#search.highlightsOn(pages[0].id))}</div>`;
    return html`<div class="stage">
      ${logoutButtons(this.localizer, this.#auth.logoutsOf(pages), (access) => this.#auth.logout(access))}
      <vellum-deep-zoom
        part="deep-zoom"
        exportparts="surface, error: canvas-error, notice"
        window-id=${this.windowId} .canvas=${pages[0]} .pages=${pages} .opacities=${this.layers.opacity} label=${canvasLabel}></vellum-deep-zoom>
      ${window.panels.includes('annotations') && mode === 'detail' ? annotationEditor(this.windowId, this.deepZoom, pages[0]) : nothing}
      ${imageToolbar(this.localizer.msg, window.showNavigator, {
        zoomIn: () => this.zoomIn(),
        zoomOut: () => this.zoomOut(),
        home: () => this.home(),
        rotate: () => this.rotate(),
        toggleNavigator: () => this.#windowState.dispatch(actions.setNavigator(this.windowId, !window.showNavigator)),
      })}
    </div>`;
  }

  #renderViewer(manifest: ViewerManifest, window: WindowState) {
    const { msg, languages } = this.localizer;
    const mode = effectiveMode(window.viewMode);
    const index = this.canvasIndex;
    const canvas = manifest.canvases[index];
    const canvasLabel = getText(canvas.label, languages) || String(index + 1);
    const closePopup = () => this.#setPopup('none');
    const rightToLeft = manifest.viewingDirection === 'right-to-left';
    const group = groupOf(manifest, { ...window, viewMode: mode }, index);
    return html`
      ${windowHeader(getText(manifest.label, languages) || msg('viewer.untitled'), this.#renderHeaderButtons(manifest, window, mode))}
      ${this.popup === 'help' ? helpPopup(msg, closePopup) : nothing}
      ${this.popup === 'export' ? exportPopup(msg, this.deepZoom, canvasLabel, window.viewport, closePopup) : nothing}
      <div class="body">
        ${contentsPanel(this.windowId, manifest, window.panels)}
        ${this.#renderStage(manifest, window, mode, canvasLabel)}
        ${sidePanels(this.windowId, manifest, canvas, window.panels, mode === 'detail', this.layers, (layers) => (this.layers = layers))}
        ${window.panels.includes('annotations') ? annotationsPanel(this.#annotations, canvasLabel) : nothing}
        ${window.panels.includes('search') && windowSearchService(manifest, index) ? searchPanel(this.#search, manifest) : nothing}
      </div>
      ${navBar(msg, { label: this.#windowState.landmark(msg('nav.label')), group, total: manifest.canvases.length, canvasLabel, rightToLeft, onPrevious: () => this.previous(), onNext: () => this.next() })}
      ${window.panels.includes('thumbnails') && mode !== 'portfolio' ? keyed(this.#auth.generation, thumbnailStrip(this.windowId, manifest, index)) : nothing}
    `;
  }

  override render() {
    const manifest = this.manifest;
    const window = this.#window;
    const ready = this.#manifest.status === 'ready' && manifest && window?.canvasId;
    return html`<div class="window" aria-busy=${this.#manifest.status === 'loading' ? 'true' : 'false'}>
      ${ready
        ? this.#renderViewer(manifest, window)
        : html`${windowHeader('')}${statusMessage(this.localizer.msg, this.#manifest.status, this.#manifest.errorKind)}`}
    </div>`;
  }
}
