import { html, nothing } from 'lit';
import { property, state } from 'lit/decorators.js';
import { getText, parseCatalog, targetOfInput, type CatalogItem, type ResourceTarget } from '@vellum/iiif';
import { actions, createWindow, deserialize, type SyncMode, type Unsubscribe } from '@vellum/state';
import { StoreRoot } from '../context/store-root.js';
import { VellumWorkspaceErrorEvent, type VellumErrorEvent, type VellumManifestLoadEvent } from '../events/events.js';
import type { MessageKey } from '../i18n/index.js';
import { AddPanel } from './add-panel.js';
import { DropZones } from './drop-zones.js';
import { moveByKey } from './keyboard-move.js';
import { Linking } from './linking.js';
import { renderMosaic } from './mosaic-view.js';
import { OpenChecks } from './open-checks.js';
import { OpenErrors } from './open-errors.js';
import { PersistenceController } from './persistence-controller.js';
import { Sharing } from './sharing.js';
import { windowControls } from './window-controls.js';
import { workspaceStyles } from './workspace.styles.js';

/**
 * @summary A workspace of many windows in a resizable mosaic: add resources by URL, content state, catalog or
 * drag and drop; maximise, close and link windows so that pan, zoom and rotation follow together.
 *
 * @attr iiif-content - A content state (base64url, JSON or URI) to open; the page's `?iiif-content=` is read otherwise.
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
  readonly #drops = new DropZones(this, (read, windowId) => this.#tryOpen(read, windowId));
  readonly #sharing = new Sharing(this, (windowId, message) => this.#announce(windowId, message));
  readonly #links = new Linking(this);
  readonly #addPanel = new AddPanel(this, (error) => this.#errors.report(error));
  readonly #openChecks = new OpenChecks(this, (error) => this.#errors.report(error));

  @state() private labels: Record<string, string> = {};
  /** The last message about one window's controls ("Link copied", "Window moved"). */
  @state() private notice?: { windowId: string; text: string };
  /** The last change to the workspace as a whole (a window opened or closed, windows linked), for screen readers. */
  @state() private announcement = '';
  #unsubscribe?: Unsubscribe;
  #nextId = 1;

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
    const content = this.iiifContent ?? new URLSearchParams(location.search).get('iiif-content');
    if (content) this.#tryOpen(() => targetOfInput(content));
  }

  #tryOpen(read: () => ResourceTarget | Promise<ResourceTarget>, windowId?: string) {
    Promise.resolve()
      .then(read)
      .then((target) => this.open(target, windowId))
      .catch((error: unknown) => this.#errors.report(error));
  }

  #onManifestLoad(windowId: string, event: VellumManifestLoadEvent) {
    const { manifest } = event.detail;
    const label = getText(manifest.label, this.localizer.languages) || manifest.id;
    if (!this.labels[windowId]) this.announcement = this.localizer.msg('workspace.opened', { label, count: this.store.state.layout.windowIds.length });
    this.labels = { ...this.labels, [windowId]: label };
    const url = this.store.state.windows[windowId]?.manifestUrl;
    if (this.#openChecks.settle(windowId, manifest) && url) this.#addPanel.remember({ url, label });
  }

  /** A manifest opened into a window failed to load: the window shows why, and the workspace reports it too. */
  #onWindowError(windowId: string, event: VellumErrorEvent) {
    if (!this.#openChecks.abandon(windowId)) return;
    this.dispatchEvent(new VellumWorkspaceErrorEvent(event.detail.kind, event.detail.message));
  }

  #announce(windowId: string, message: MessageKey) {
    this.notice = { windowId, text: this.localizer.msg(message) };
  }

  /**
   * Opens a URL, a content state or a resolved target in a new window (its panels closed, so the image has the room),
   * or in place of `windowId`. Returns the window id.
   */
  open(input: string | ResourceTarget, windowId?: string): string {
    const target = typeof input === 'string' ? targetOfInput(input) : input;
    const previous = windowId ? this.store.state.windows[windowId] : undefined;
    const id = previous ? previous.id : `window-${this.#nextId++}`;
    const viewport = target.region ?? null;
    if (id === windowId) {
      this.store.dispatch(actions.setManifest(id, target.manifestUrl));
      if (target.canvasId) this.store.dispatch(actions.setCanvas(id, target.canvasId));
      if (viewport) this.store.dispatch(actions.setViewport(id, viewport));
    } else {
      const window = createWindow(id, { manifestUrl: target.manifestUrl, canvasId: target.canvasId ?? null, viewport, panels: [] });
      this.store.dispatch(actions.addWindow(window));
    }
    this.store.dispatch(actions.focusWindow(id));
    this.#openChecks.expect(id, target, previous);
    this.#errors.dismiss();
    return id;
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
    this.#nextId = Math.max(this.#nextId, ...Object.keys(state.windows).map((id) => Number(/(\d+)$/.exec(id)?.[1] ?? 0) + 1));
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
            notice: this.notice?.windowId === windowId ? this.notice.text : undefined,
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
