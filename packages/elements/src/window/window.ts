import { consume } from '@lit/context';
import { html, LitElement, nothing, type SVGTemplateResult } from 'lit';
import { property, query, state } from 'lit/decorators.js';
import { defaultViewMode, getText, type ViewerCanvas, type ViewerManifest } from '@vellum/iiif';
import { actions, selectWindow, type PanelName, type Store, type Unsubscribe, type ViewMode, type WindowState } from '@vellum/state';
import type { AnnotationStore } from '@vellum/annotations';
import { AnnotationsController } from '../annotations/annotations-controller.js';
import { annotationEditor, annotationsPanel } from '../annotations/annotations-parts.js';
import { localizerContext, storeContext } from '../context/contexts.js';
import type { VellumDeepZoom } from '../deep-zoom/deep-zoom.js';
import { VellumCanvasChangeEvent } from '../events/events.js';
import { Localizer, type MessageKey } from '../i18n/index.js';
import { hasLayers, NO_LAYER_SETTINGS, withLayers, type LayerSettings } from '../layers-panel/layers.js';
import { icons } from '../icons/icons.js';
import { FullscreenController } from './fullscreen-controller.js';
import { commandForKey, type KeyCommand } from './keyboard.js';
import { ManifestController } from './manifest-controller.js';
import { NarrowController } from './narrow-controller.js';
import { resolveCanvasIndex } from './canvas-target.js';
import { groupOf, pagesOnScreen, steppedIndex } from './pages.js';
import { sidePanels } from './side-panels.js';
import { navBar } from './window-nav.js';
import { exportPopup, helpPopup, iconButton, statusMessage } from './window-parts.js';
import { effectiveMode, modeElement } from './window-stage.js';
import { windowStyles } from './window.styles.js';

const ZOOM_STEP = 1.5;
const PAN_STEP = 0.2;

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
 * @csspart annotation-editor - The annotation editing layer over the image, when an editor is registered.
 *
 * @cssprop --vellum-accent - Accent colour (focus rings, pressed buttons).
 * @cssprop --vellum-accent-background - Background of a button under the pointer.
 * @cssprop --vellum-background - Window background.
 * @cssprop --vellum-border - Dividers beside the side panels.
 * @cssprop --vellum-color - Text colour.
 * @cssprop --vellum-control-background - Background of the controls over the image.
 * @cssprop --vellum-error-color - Text colour of the error message.
 * @cssprop --vellum-font - Font family.
 * @cssprop --vellum-font-size - Base font size; every size inside scales with it.
 * @cssprop --vellum-surface - Background of the bars.
 *
 * @slot header-start - Controls before the title, such as a host's drag handle.
 * @slot header-end - Controls after the window buttons, such as a host's close button.
 *
 * @fires vellum-manifest-load - When a manifest has loaded. detail: { manifest }
 * @fires vellum-canvas-change - When the user or a navigation method changes the canvas. detail: { canvasId, index }
 * @fires vellum-error - When the manifest or a canvas cannot be shown. detail: { kind, message }
 */
export class VellumWindow extends LitElement {
  static override styles = windowStyles;

  readonly #manifest = new ManifestController(this, (manifest) => this.#openStartCanvas(manifest));
  readonly #fullscreen = new FullscreenController(this);
  readonly #narrow = new NarrowController(this);
  readonly #annotations = new AnnotationsController(this, () => ({
    manifestId: this.manifest?.id,
    open: this.#window?.panels.includes('annotations') ?? false,
    languages: this.localizer.languages,
    store: this.renderRoot.querySelector<HTMLElement & { store?: AnnotationStore }>('vellum-annotation-editor')?.store,
    editing: this.renderRoot.querySelector('vellum-annotation-editor') !== null,
  }));

  @consume({ context: storeContext })
  store?: Store;

  @consume({ context: localizerContext, subscribe: true })
  localizer = new Localizer();

  /** The choices and opacities of the current canvas's layers; reset when the canvas changes. */
  @state() private layers: LayerSettings = NO_LAYER_SETTINGS;
  /** The popup over the image, if any. */
  @state() private popup: 'help' | 'export' | 'none' = 'none';
  /** Whether a narrow window shows the buttons gathered under its "more" button. */
  @state() private moreOpen = false;

  @query('vellum-deep-zoom') private deepZoom?: VellumDeepZoom;

  /** The window of the store this element shows: its manifest, canvas, view and panels. */
  @property({ attribute: 'window-id' }) windowId = '';
  /** A manifest given as JSON; it wins over the window's manifest URL. */
  @property({ attribute: false }) manifestJson?: object;
  /** The element full screen applies to; the window itself by default. */
  @property({ attribute: false })
  set fullscreenTarget(target: HTMLElement) {
    this.#fullscreen.target = target;
  }
  get fullscreenTarget(): HTMLElement {
    return this.#fullscreen.target;
  }

  #unsubscribe?: Unsubscribe;
  #shown: { key: string; manifest?: ViewerManifest; selected?: LayerSettings['selected']; pages: ViewerCanvas[] } = { key: '', pages: [] };
  #pendingTarget?: string | number;
  #notifyCanvasChange = true;

  override connectedCallback() {
    super.connectedCallback();
    this.#unsubscribe = this.store?.select(selectWindow(this.windowId), (window, previous) => {
      if (window?.canvasId !== previous?.canvasId) this.layers = NO_LAYER_SETTINGS;
      if (window?.canvasId && window.canvasId !== previous?.canvasId && this.#notifyCanvasChange) {
        this.dispatchEvent(new VellumCanvasChangeEvent(window.canvasId, this.canvasIndex));
      }
      this.requestUpdate();
    });
    this.addEventListener('keydown', this.#onKeyDown);
  }

  override disconnectedCallback() {
    super.disconnectedCallback();
    this.#unsubscribe?.();
    this.removeEventListener('keydown', this.#onKeyDown);
  }

  override willUpdate() {
    const source = this.manifestJson ?? this.#window?.manifestUrl ?? undefined;
    void this.#manifest.load(source, this.localizer.languages);
  }

  get #window(): WindowState | undefined {
    return this.store && selectWindow(this.windowId)(this.store.state);
  }

  #openStartCanvas(manifest: ViewerManifest) {
    const window = this.#window;
    const target = this.#pendingTarget ?? window?.canvasId ?? manifest.startCanvasId ?? 0;
    this.#pendingTarget = undefined;
    const index = resolveCanvasIndex(manifest, target) ?? resolveCanvasIndex(manifest, manifest.startCanvasId ?? 0) ?? 0;
    // A window asked to show a region (a shared view) stays in detail; otherwise the manifest's behavior picks the mode.
    const askedRegion = Boolean(window?.viewport);
    if (!askedRegion && (!window?.canvasId || window.viewMode === 'detail')) this.store?.dispatch(actions.setViewMode(this.windowId, effectiveMode(defaultViewMode(manifest))));
    this.#setCanvas(index, false);
    const startRegion = !window?.canvasId && manifest.canvases[index]?.id === manifest.startCanvasId ? manifest.startRegion : undefined;
    if (startRegion) this.store?.dispatch(actions.setViewport(this.windowId, startRegion));
  }

  #setCanvas(index: number, notify: boolean) {
    const canvas = this.manifest?.canvases[index];
    if (!canvas || !this.store) return;
    this.#notifyCanvasChange = notify;
    try {
      this.store.dispatch(actions.setCanvas(this.windowId, canvas.id));
    } finally {
      this.#notifyCanvasChange = true;
    }
  }

  readonly #onKeyDown = (event: KeyboardEvent) => {
    if (!this.manifest || event.defaultPrevented) return;
    const command = commandForKey(event, this.manifest.viewingDirection === 'right-to-left');
    if (!command) return;
    event.preventDefault();
    this.#run(command);
  };

  #run(command: KeyCommand) {
    const last = (this.manifest?.canvases.length ?? 1) - 1;
    const commands: Record<KeyCommand, () => void> = {
      previous: () => this.previous(),
      next: () => this.next(),
      first: () => this.goTo(0),
      last: () => this.goTo(last),
      'pan-up': () => this.deepZoom?.panBy(0, -PAN_STEP),
      'pan-down': () => this.deepZoom?.panBy(0, PAN_STEP),
      'pan-left': () => this.deepZoom?.panBy(-PAN_STEP, 0),
      'pan-right': () => this.deepZoom?.panBy(PAN_STEP, 0),
      'zoom-in': () => this.zoomIn(),
      'zoom-out': () => this.zoomOut(),
      home: () => this.home(),
      rotate: () => this.rotate(),
      fullscreen: () => void this.toggleFullscreen(),
    };
    commands[command]();
  }

  #togglePanel(panel: PanelName) {
    this.store?.dispatch(actions.togglePanel(this.windowId, panel));
  }

  #togglePopup(popup: 'help' | 'export') {
    this.popup = this.popup === popup ? 'none' : popup;
  }

  /** The manifest on show, once loaded. */
  get manifest(): ViewerManifest | undefined {
    return this.#manifest.manifest;
  }

  /** The index of the canvas on show (0 before a manifest loads). */
  get canvasIndex(): number {
    const canvasId = this.#window?.canvasId;
    return Math.max(0, this.manifest?.canvases.findIndex((canvas) => canvas.id === canvasId) ?? 0);
  }

  /**
   * Shows a canvas by id or by 0-based index (a string of digits counts as an index). Before the manifest
   * loads, the target is kept and applied on load. Returns false for an unknown canvas.
   */
  goTo(target: string | number, { notify = true } = {}): boolean {
    if (!this.manifest) {
      this.#pendingTarget = target;
      return true;
    }
    const index = resolveCanvasIndex(this.manifest, target);
    if (index === undefined) return false;
    this.#setCanvas(index, notify);
    return true;
  }

  /** Shows the next canvas, or the next spread in book mode. */
  next(): boolean {
    return this.#step(1);
  }

  previous(): boolean {
    return this.#step(-1);
  }

  #step(delta: number): boolean {
    const window = this.#window;
    if (!this.manifest || !window) return false;
    return this.goTo(steppedIndex(this.manifest, { ...window, viewMode: effectiveMode(window.viewMode) }, this.canvasIndex, delta));
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
    this.store?.dispatch(actions.rotateBy(this.windowId, degrees));
  }

  toggleFullscreen(): Promise<void> {
    return this.#fullscreen.toggle();
  }

  /** The canvases the deep-zoom surface shows, kept the same objects while they stay the same, so it does not reload. */
  #pagesOnShow(manifest: ViewerManifest, window: WindowState, mode: ViewMode): ViewerCanvas[] {
    const onScreen = pagesOnScreen(manifest, groupOf(manifest, { ...window, viewMode: mode }, this.canvasIndex));
    const key = `${mode} ${onScreen.map((page) => page.id).join(' ')}`;
    const shown = this.#shown;
    if (key !== shown.key || manifest !== shown.manifest || this.layers.selected !== shown.selected) {
      const pages = mode === 'book' ? onScreen : [withLayers(onScreen[0], this.layers)];
      this.#shown = { key, manifest, selected: this.layers.selected, pages };
    }
    return this.#shown.pages;
  }

  #headerButtons(manifest: ViewerManifest, window: WindowState, mode: ViewMode) {
    const { msg } = this.localizer;
    const panelButton = (panel: PanelName, label: MessageKey, icon: SVGTemplateResult) =>
      iconButton(msg(label), icon, () => this.#togglePanel(panel), window.panels.includes(panel));
    const fullscreen = this.#fullscreen.active;
    const buttons = html`${mode === 'book'
        ? iconButton(msg('view.offset'), icons.offset, () => this.store?.dispatch(actions.setBookOffset(this.windowId, !window.bookOffset)), window.bookOffset)
        : nothing}
      ${manifest.structures?.length ? panelButton('contents', 'contents.title', icons.contents) : nothing}
      ${hasLayers(manifest.canvases[this.canvasIndex]) && mode === 'detail' ? panelButton('layers', 'layers.title', icons.layers) : nothing}
      ${panelButton('thumbnails', 'controls.thumbnails', icons.thumbnails)}
      ${panelButton('info', 'controls.info', icons.info)}
      ${panelButton('adjustments', 'controls.adjustments', icons.adjustments)}
      ${panelButton('annotations', 'controls.annotations', icons.annotations)}
      ${iconButton(msg('controls.export'), icons.download, () => this.#togglePopup('export'), this.popup === 'export')}
      ${iconButton(msg('controls.help'), icons.help, () => this.#togglePopup('help'), this.popup === 'help')}
      ${iconButton(
        msg(fullscreen ? 'controls.exitFullscreen' : 'controls.fullscreen'),
        fullscreen ? icons.exitFullscreen : icons.fullscreen,
        () => void this.toggleFullscreen(),
      )}`;
    return html`<vellum-view-menu part="view-menu" exportparts="menu: view-menu-list, item: view-menu-item" window-id=${this.windowId}></vellum-view-menu>
      ${this.#narrow.narrow ? this.#renderMore(buttons) : buttons}`;
  }

  /** A narrow window's own buttons, behind one button that shows and hides them (the disclosure pattern). */
  #renderMore(buttons: unknown) {
    const label = this.localizer.msg('controls.more');
    const button = () => this.renderRoot.querySelector<HTMLButtonElement>('[part~="more-button"]');
    const close = () => {
      this.moreOpen = false;
      button()?.focus();
    };
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.key !== 'Escape') return;
      event.stopPropagation();
      close();
    };
    const onFocusOut = (event: FocusEvent) => {
      const to = event.relatedTarget as Node | null;
      if (!this.renderRoot.querySelector('.more')?.contains(to) && to !== button()) this.moreOpen = false;
    };
    const onClick = (event: Event) => {
      if ((event.target as Element).closest('button')) close();
    };
    return html`<button
        part="button more-button"
        type="button"
        aria-label=${label}
        title=${label}
        aria-expanded=${String(this.moreOpen)}
        aria-controls="more"
        @click=${async () => {
          this.moreOpen = !this.moreOpen;
          await this.updateComplete;
          if (this.moreOpen) this.renderRoot.querySelector<HTMLButtonElement>('.more button')?.focus();
        }}
      >
        ${icons.more}
      </button>
      <div id="more" part="more" class="more" role="group" aria-label=${label} ?hidden=${!this.moreOpen} @keydown=${onKeyDown} @focusout=${onFocusOut} @click=${onClick}>
        ${buttons}
      </div>`;
  }

  #renderStage(manifest: ViewerManifest, window: WindowState, mode: ViewMode, canvasLabel: string) {
    const { msg } = this.localizer;
    if (mode !== 'detail' && mode !== 'book') return html`<div class="stage">${modeElement(mode, this.windowId, manifest)}</div>`;
    const pages = this.#pagesOnShow(manifest, window, mode);
    return html`<div class="stage">
      <vellum-deep-zoom
        part="deep-zoom"
        exportparts="surface, error: canvas-error, notice"
        window-id=${this.windowId} .canvas=${pages[0]} .pages=${pages} .opacities=${this.layers.opacity} label=${canvasLabel}></vellum-deep-zoom>
      ${window.panels.includes('annotations') && mode === 'detail' ? annotationEditor(this.windowId, this.deepZoom, pages[0]) : nothing}
      <div part="toolbar" class="toolbar" role="toolbar" aria-label=${msg('controls.label')}>
        ${iconButton(msg('controls.zoomIn'), icons.zoomIn, () => this.zoomIn())}
        ${iconButton(msg('controls.zoomOut'), icons.zoomOut, () => this.zoomOut())}
        ${iconButton(msg('controls.home'), icons.home, () => this.home())}
        ${iconButton(msg('controls.rotate'), icons.rotate, () => this.rotate())}
        ${iconButton(msg('view.navigator'), icons.navigator, () => this.store?.dispatch(actions.setNavigator(this.windowId, !window.showNavigator)), window.showNavigator)}
      </div>
    </div>`;
  }

  #renderViewer(manifest: ViewerManifest, window: WindowState) {
    const { msg, languages } = this.localizer;
    const mode = effectiveMode(window.viewMode);
    const index = this.canvasIndex;
    const canvas = manifest.canvases[index];
    const canvasLabel = getText(canvas.label, languages) || String(index + 1);
    const closePopup = () => (this.popup = 'none');
    const rightToLeft = manifest.viewingDirection === 'right-to-left';
    const group = groupOf(manifest, { ...window, viewMode: mode }, index);
    return html`
      ${this.#renderHeader(getText(manifest.label, languages) || msg('viewer.untitled'), this.#headerButtons(manifest, window, mode))}
      ${this.popup === 'help' ? helpPopup(msg, closePopup) : nothing}
      ${this.popup === 'export' ? exportPopup(msg, this.deepZoom, canvasLabel, window.viewport, closePopup) : nothing}
      <div class="body">
        ${window.panels.includes('contents') && manifest.structures?.length
          ? html`<vellum-contents-panel part="contents" window-id=${this.windowId} .manifest=${manifest}></vellum-contents-panel>`
          : nothing}
        ${this.#renderStage(manifest, window, mode, canvasLabel)}
        ${sidePanels(this.windowId, manifest, canvas, window.panels, mode === 'detail', this.layers, (layers) => (this.layers = layers))}
        ${window.panels.includes('annotations') ? annotationsPanel(this.#annotations, canvasLabel) : nothing}
      </div>
      ${navBar(msg, { group, total: manifest.canvases.length, canvasLabel, rightToLeft, onPrevious: () => this.previous(), onNext: () => this.next() })}
      ${window.panels.includes('thumbnails') && mode !== 'portfolio'
        ? html`<vellum-thumbnail-strip
            part="thumbnails"
            exportparts="list: thumbnail-list, item: thumbnail, current: current-thumbnail"
            window-id=${this.windowId}
            .canvases=${manifest.canvases}
            current-index=${index}
            ?right-to-left=${rightToLeft}
          ></vellum-thumbnail-strip>`
        : nothing}
    `;
  }

  /** The title bar; a host such as the workspace adds its own controls through the `header-start` and `header-end` slots. */
  #renderHeader(title: string, buttons: unknown = nothing) {
    return html`<header part="header">
      <slot name="header-start"></slot>
      <h2 part="title" class="title" title=${title || nothing}>${title}</h2>
      ${buttons}
      <slot name="header-end"></slot>
    </header>`;
  }

  override render() {
    const manifest = this.manifest;
    const window = this.#window;
    const ready = this.#manifest.status === 'ready' && manifest && window?.canvasId;
    return html`<div class="window" aria-busy=${this.#manifest.status === 'loading' ? 'true' : 'false'}>
      ${ready
        ? this.#renderViewer(manifest, window)
        : html`${this.#renderHeader('')}${statusMessage(this.localizer.msg, this.#manifest.status, this.#manifest.errorKind)}`}
    </div>`;
  }
}
