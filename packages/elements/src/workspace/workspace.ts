import { html, nothing } from 'lit';
import { property, state } from 'lit/decorators.js';
import { getText, parseCatalog, targetsOfInput, type CatalogItem, type ResourceTarget } from '@vellum/iiif';
import { actions, deserialize, type SyncMode, type Unsubscribe } from '@vellum/state';
import { StoreRoot } from '../context/store-root.js';
import { VellumWorkspaceErrorEvent, type VellumContentStateEvent, type VellumErrorEvent, type VellumManifestLoadEvent } from '../events/events.js';
import type { MessageKey } from '../i18n/index.js';
import { AddPanel } from './add-panel.js';
import { DropZones } from './drop-zones.js';
import { moveByKey } from './keyboard-move.js';
import { Linking } from './linking.js';
import { renderMosaic } from './mosaic-view.js';
import { OpenErrors } from './open-errors.js';
import { Opening } from './opening.js';
import { PersistenceController } from './persistence-controller.js';
import { Sharing } from './sharing.js';
import { windowControls } from './window-controls.js';
import { workspaceStyles } from './workspace.styles.js';

/**
 * @summary A workspace of many windows in a resizable mosaic: add resources by URL, content state, catalog or
 * drag and drop; maximise, close and link windows so that pan, zoom and rotation follow together.
 *
 * @attr iiif-content - A content state (base64url, JSON or URI) to open; also read from `data-iiif-content`, and from the
 *   page's `?iiif-content=` otherwise. A URI is loaded: a Manifest or Collection opens, an Annotation or a Canvas, Range or
 *   part of one is followed to what it names, and each of several targets opens in a window of its own.
 * @attr catalog - Suggested resources: a JSON array of URLs or `{ url, label }` objects, or URLs separated by spaces.
 * @attr sync-mode - How newly linked windows follow: `same-coordinates` (default) or `relative-offset`.
 * @attr url-sync - Keeps the whole workspace in the page URL's `#vellum-workspace=` fragment, and opens it from there.
 * @attr persist - A storage key: the workspace is saved in localStorage under it and restored on reload.
 *
 * @cssprop --vellum-accent - Accent colour (focus rings, drop targets).
 * @cssprop --vellum-accent-background - Background of a window button under the pointer.
 * @cssprop --vellum-background - Background of the workspace and its menus.
 * @cssprop --vellum-border - Borders of the mosaic and of the windows, and the splits between them.
 * @cssprop --vellum-color - Text colour.
 * @cssprop --vellum-error-background - Background of the message of what could not be opened.
 * @cssprop --vellum-error-color - Text colour of that message.
 * @cssprop --vellum-font - Font family.
 * @cssprop --vellum-font-size - Base font size (16px by default).
 * @cssprop --vellum-height - Height of the workspace (600px by default).
 * @cssprop --vellum-surface - Background of the add panel's form.
 *
 * @fires vellum-workspace-error - When something cannot be opened: the input, or the manifest it names. detail: { kind, message }
 */
export class VellumWorkspace extends StoreRoot {
  static override styles = workspaceStyles;

  readonly #errors = new OpenErrors(this);
  readonly #persistence = new PersistenceController(this);
  readonly #opening = new Opening(this, this.#errors, (windowId, message) => this.#announce(windowId, message));
  readonly #drops = new DropZones(this, (read, windowId) => this.#opening.tryOpen(read, windowId));
  readonly #sharing = new Sharing(this, (windowId, message) => this.#announce(windowId, message));
  readonly #links = new Linking(this);
  readonly #addPanel = new AddPanel(this, (targets) => this.#opening.open(targets), (error) => this.#errors.report(error));

  @state() private labels: Record<string, string> = {};
  /** The last message about one window's controls ("Link copied", "Window moved"). */
  @state() private notice?: { windowId: string; message: MessageKey };
  /** The last change to the workspace as a whole (a window opened or closed, windows linked), for screen readers. */
  @state() private announcement = '';
  #unsubscribe?: Unsubscribe;

  @property({ attribute: 'iiif-content' }) iiifContent?: string;
  @property({ attribute: 'sync-mode' }) syncMode: SyncMode = 'same-coordinates';
  @property() persist?: string;
  @property({ type: Boolean, attribute: 'url-sync' }) urlSync = false;
  @property({ attribute: 'catalog', converter: { fromAttribute: parseCatalog } }) catalog: CatalogItem[] = [];

  override connectedCallback() {
    super.connectedCallback();
    this.#unsubscribe = this.store.subscribe((next, previous) => {
      if (next.layout !== previous.layout || next.syncGroups !== previous.syncGroups) this.requestUpdate();
    });
  }

  override disconnectedCallback() {
    super.disconnectedCallback();
    this.#unsubscribe?.();
  }

  override firstUpdated() {
    this.#persistence.restore();
    const content = this.iiifContent ?? this.dataset.iiifContent ?? new URLSearchParams(location.search).get('iiif-content');
    if (content) this.#opening.tryOpen(() => targetsOfInput(content));
  }

  #onManifestLoad(windowId: string, event: VellumManifestLoadEvent) {
    const { manifest } = event.detail;
    const label = getText(manifest.label, this.localizer.languages) || manifest.id;
    if (!this.labels[windowId]) this.announcement = this.localizer.msg('workspace.opened', { label, count: this.store.state.layout.windowIds.length });
    this.labels = { ...this.labels, [windowId]: label };
    const url = this.store.state.windows[windowId]?.manifestUrl;
    if (this.#opening.checks.settle(windowId, manifest) && url) this.#addPanel.remember({ url, label });
  }

  /** A manifest opened into a window failed to load: the window shows why, and the workspace reports it too. */
  #onWindowError(windowId: string, event: VellumErrorEvent) {
    if (!this.#opening.checks.abandon(windowId)) return;
    this.dispatchEvent(new VellumWorkspaceErrorEvent(event.detail.kind, event.detail.message));
  }

  #announce(windowId: string, message: MessageKey) {
    this.notice = { windowId, message };
  }

  /**
   * Opens a URL, a content state or a resolved target in a new window (its panels closed, so the image has the room),
   * or in place of `windowId`; a content state's further targets open in windows of their own. Returns the id of the
   * window of the first target. Throws an InputError for input that cannot be read.
   */
  open(input: string | ResourceTarget, windowId?: string): string {
    return this.#opening.open(typeof input === 'string' ? targetsOfInput(input) : [input], windowId)[0];
  }

  removeWindow(windowId: string): void {
    const label = this.#titleOf(windowId);
    this.store.dispatch(actions.removeWindow(windowId));
    this.announcement = this.localizer.msg('workspace.closed', { label, count: this.store.state.layout.windowIds.length });
  }

  /** The whole workspace as versioned JSON. */
  exportState(): string {
    return this.store.serialize();
  }

  /** Replaces the workspace from JSON; throws a StateError (and changes nothing) when it cannot be read. */
  importState(json: string): void {
    const state = deserialize(json);
    this.#opening.continueAfter(Object.keys(state.windows));
    this.store.dispatch(actions.replaceState(state));
  }

  /** Links windows into one sync group in the workspace's sync mode. */
  link(windowIds: string[]): void {
    this.store.dispatch(actions.linkWindows(windowIds, this.syncMode));
    this.announcement = this.localizer.msg('workspace.linked', { group: this.#links.groupNumberOf(windowIds[0]) });
  }

  /** The content state of a window's current view (manifest, canvas, visible region), or undefined before it has a manifest. */
  contentStateOf(windowId: string): object | undefined {
    return this.#sharing.contentStateOf(windowId);
  }

  /** A link to this page that reopens a window's current view (`?iiif-content=`). */
  shareLink(windowId: string): string | undefined {
    return this.#sharing.shareLink(windowId);
  }

  #titleOf(windowId: string): string {
    return this.labels[windowId] ?? this.localizer.msg('workspace.window', { index: this.store.state.layout.windowIds.indexOf(windowId) + 1 });
  }

  #renderTile(windowId: string) {
    const { msg } = this.localizer;
    const { layout } = this.store.state;
    const group = this.#links.groupNumberOf(windowId);
    const maximised = layout.maximisedWindowId === windowId;
    const dropping = this.#drops.over === windowId;
    return html`<section
      class="tile ${group ? `linked group-${group % 4}` : ''} ${dropping ? 'drop' : ''} ${layout.focusedWindowId === windowId ? 'focused' : ''}"
      part="tile"
      data-window-id=${windowId}
      aria-label=${msg('workspace.window', { index: layout.windowIds.indexOf(windowId) + 1 })}
      @focusin=${() => this.store.dispatch(actions.focusWindow(windowId))}
      @dragover=${(event: DragEvent) => this.#drops.onDragOver(event, windowId)}
      @dragleave=${() => this.#drops.onDragLeave()}
      @drop=${(event: DragEvent) => this.#drops.onDrop(event, windowId)}
      @vellum-manifest-load=${(event: VellumManifestLoadEvent) => this.#onManifestLoad(windowId, event)}
      @vellum-error=${(event: VellumErrorEvent) => this.#onWindowError(windowId, event)}
      @vellum-content-state=${(event: VellumContentStateEvent) => this.#opening.onContentState(windowId, event)}
    >
      ${dropping ? html`<div class="drop-hint">${msg('workspace.dropReplace')}</div>` : nothing}
      <vellum-window window-id=${windowId}>
        ${windowControls(
          msg,
          {
            group,
            linkPending: this.#links.pending === windowId,
            maximised,
            shareOpen: this.#sharing.openFor === windowId,
            notice: this.notice?.windowId === windowId ? msg(this.notice.message) : undefined,
          },
          {
            dragStart: (event) => this.#sharing.onDragStart(event, windowId),
            gripKey: (event) => void moveByKey(this, event, windowId, (id, message) => this.#announce(id, message)),
            toggleShare: () => void this.#sharing.toggle(windowId),
            copy: (what) => void this.#sharing.copy(windowId, what),
            toggleLink: () => this.#links.toggle(windowId),
            toggleMaximised: () => this.store.dispatch(actions.maximiseWindow(maximised ? null : windowId)),
            close: () => this.removeWindow(windowId),
          },
        )}
      </vellum-window>
    </section>`;
  }

  override render() {
    const { msg } = this.localizer;
    const { mosaic, maximisedWindowId } = this.store.state.layout;
    const dropping = this.#drops.over === 'workspace';
    const content = maximisedWindowId
      ? this.#renderTile(maximisedWindowId)
      : mosaic
        ? renderMosaic(mosaic, {
            leaf: (id) => this.#renderTile(id),
            ratio: (path, ratio) => this.store.dispatch(actions.setSplitRatio(path, ratio)),
            splitLabel: msg('workspace.split'),
          })
        : html`<div class="empty" part="empty"><h2>${msg('workspace.emptyTitle')}</h2><p>${msg('workspace.emptyHelp')}</p></div>`;
    return html`<div
      class="workspace ${dropping ? 'drop' : ''}"
      tabindex="-1"
      @paste=${(event: ClipboardEvent) => this.#opening.onPaste(event)}
      @dragover=${(event: DragEvent) => this.#drops.onDragOver(event)}
      @dragleave=${() => this.#drops.onDragLeave()}
      @drop=${(event: DragEvent) => this.#drops.onDrop(event)}
    >
      <div class="toolbar" part="toolbar">${this.#links.renderSyncMode()}</div>
      ${this.#errors.render()}
      <div class="mosaic">${content}</div>
      ${dropping ? html`<div class="drop-hint">${msg('workspace.dropHere')}</div>` : nothing}
      ${this.#addPanel.render()}
      <p class="visually-hidden" role="status">${this.announcement}</p>
    </div>`;
  }
}
