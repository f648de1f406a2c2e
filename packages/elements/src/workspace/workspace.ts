import { provide } from '@lit/context';
import { html, LitElement, nothing, type PropertyValues } from 'lit';
import { property, state } from 'lit/decorators.js';
import {
  checkTarget,
  contentStateOf,
  decodeContentState,
  encodeContentState,
  getText,
  isInputError,
  loadCollection,
  targetOfDrop,
  targetOfText,
  type InputErrorKind,
  type ResourceTarget,
  type ViewerCollection,
} from '@vellum/iiif';
import { actions, createWindow, deserialize, syncGroupOf, Store, type MosaicSide, type SyncMode, type Unsubscribe, type WindowState } from '@vellum/state';
import type { VellumCollectionOpenEvent } from '../collection-browser/collection-events.js';
import { localizerContext, storeContext } from '../context/contexts.js';
import { engineContext, loadEngine, type VellumEngine } from '../context/engine.js';
import { VellumWorkspaceErrorEvent, type VellumManifestLoadEvent } from '../events/events.js';
import { Localizer, preferredLanguages } from '../i18n/index.js';
import { icons } from '../icons/icons.js';
import { iconButton } from '../controls/icon-button.js';
import { renderMosaic } from './mosaic-view.js';
import { neighbourOn, sideOfKey } from './neighbour.js';
import { readRecent, rememberRecent, type RecentItem } from './recent.js';
import { SlotRegistry } from './slot-registry.js';
import { windowControls } from './window-controls.js';
import { workspaceStyles } from './workspace.styles.js';

/** The drag type that carries a window's id, so that a drop inside the same workspace moves the window. */
const WINDOW_DRAG_TYPE = 'application/x-vellum-window';
const URL_KEY = 'vellum-workspace';

/** The side of a box nearest to a point. */
function nearestSide(box: DOMRect, x: number, y: number): MosaicSide {
  const distances: [MosaicSide, number][] = [
    ['left', x - box.left],
    ['right', box.right - x],
    ['top', y - box.top],
    ['bottom', box.bottom - y],
  ];
  return distances.reduce((best, next) => (next[1] < best[1] ? next : best))[0];
}

/** One suggested resource of the catalog. */
export interface CatalogItem {
  url: string;
  label: string;
}

function parseCatalog(value: string | null): CatalogItem[] {
  if (!value) return [];
  try {
    const items: unknown = JSON.parse(value);
    if (!Array.isArray(items)) return [];
    return items.flatMap((item) => {
      if (typeof item === 'string') return [{ url: item, label: item }];
      return typeof item?.url === 'string' ? [{ url: item.url, label: typeof item.label === 'string' ? item.label : item.url }] : [];
    });
  } catch {
    return value.split(/\s+/).filter(Boolean).map((url) => ({ url, label: url }));
  }
}

/** A URL, content-state JSON or a link opens as it is; anything else is read as base64url content state. */
function targetOfInput(text: string): ResourceTarget {
  const trimmed = text.trim();
  return /^(https?:|\{)/i.test(trimmed) ? targetOfText(trimmed) : decodeContentState(trimmed);
}

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
 * @cssprop --vellum-font - Font family.
 * @cssprop --vellum-font-size - Base font size (16px by default).
 * @cssprop --vellum-height - Height of the workspace (600px by default).
 * @cssprop --vellum-surface - Background of the add panel's form.
 *
 * @fires vellum-workspace-error - When something cannot be opened. detail: { kind, message }
 */
export class VellumWorkspace extends LitElement {
  static override styles = workspaceStyles;

  /** The store of every window, the layout and the sync groups: read `store.state`, subscribe, or dispatch actions. */
  @provide({ context: storeContext })
  readonly store = new Store();

  readonly #registry = new SlotRegistry();

  /** The tile engine of the windows' deep zoom views, given to them through context. */
  @provide({ context: engineContext })
  engine: VellumEngine = this.#registry.engine;

  /** The UI strings in the language `language` and the browser choose, given to the windows through context. */
  @provide({ context: localizerContext })
  localizer = new Localizer(preferredLanguages());

  @property({ attribute: 'iiif-content' }) iiifContent?: string;
  /** The UI language and the first choice for IIIF language maps; the browser's languages follow. */
  @property({ reflect: true }) language?: string;
  @property({ attribute: 'sync-mode' }) syncMode: SyncMode = 'same-coordinates';
  @property() persist?: string;
  @property({ type: Boolean, attribute: 'url-sync' }) urlSync = false;
  @property({ attribute: 'catalog', converter: { fromAttribute: parseCatalog } }) catalog: CatalogItem[] = [];

  @state() private recent: RecentItem[] = readRecent();
  @state() private errorKind?: InputErrorKind | 'unknown';
  @state() private pendingLink?: string;
  @state() private dropTarget?: string;
  @state() private labels: Record<string, string> = {};
  /** The collection the add panel is browsing, if any. */
  @state() private browsing?: ViewerCollection;
  /** The window whose share menu is open, if any. */
  @state() private sharing?: string;
  /** The last message about one window's controls ("Link copied", "Window moved"). */
  @state() private notice?: { windowId: string; text: string };

  #unsubscribe?: Unsubscribe;
  #nextId = 1;
  #saveQueued = false;
  /** Targets whose canvas must be checked once their manifest loads, with what to restore if it is missing. */
  readonly #pending = new Map<string, { target: ResourceTarget; previous?: WindowState }>();

  override connectedCallback() {
    super.connectedCallback();
    void loadEngine().catch(() => undefined);
    this.#unsubscribe = this.store.subscribe((next, previous) => {
      if (next.syncGroups !== previous.syncGroups || next.layout.windowIds !== previous.layout.windowIds) {
        this.#registry.link(next.syncGroups, next.layout.windowIds);
      }
      if (next.layout !== previous.layout || next.syncGroups !== previous.syncGroups) this.requestUpdate();
      this.#queueSave();
    });
  }

  override disconnectedCallback() {
    super.disconnectedCallback();
    this.#unsubscribe?.();
    this.#registry.destroy();
  }

  override willUpdate(changed: PropertyValues<this>) {
    if (changed.has('language')) this.localizer = new Localizer(preferredLanguages(this.language));
  }

  override firstUpdated() {
    this.#restoreSaved();
    const content = this.iiifContent ?? new URLSearchParams(location.search).get('iiif-content');
    if (content) this.#tryOpen(() => targetOfInput(content));
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
    this.#pending.set(id, { target, previous });
    this.errorKind = undefined;
    return id;
  }

  removeWindow(windowId: string): void {
    this.store.dispatch(actions.removeWindow(windowId));
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
  }

  /** The content state of a window's current view (manifest, canvas, visible region), or undefined before it has a manifest. */
  contentStateOf(windowId: string): object | undefined {
    const window = this.store.state.windows[windowId];
    if (!window?.manifestUrl) return undefined;
    return contentStateOf({ manifestUrl: window.manifestUrl, canvasId: window.canvasId ?? undefined, region: window.viewport ?? undefined });
  }

  /** A link to this page that reopens a window's current view (`?iiif-content=`). */
  shareLink(windowId: string): string | undefined {
    const state = this.contentStateOf(windowId);
    if (!state) return undefined;
    const url = new URL(location.href);
    url.searchParams.set('iiif-content', encodeContentState(state));
    return url.href;
  }

  #onDragStart(event: DragEvent, windowId: string) {
    const link = this.shareLink(windowId);
    if (!link || !event.dataTransfer) return;
    event.dataTransfer.setData(WINDOW_DRAG_TYPE, windowId);
    event.dataTransfer.setData('text/uri-list', link);
    event.dataTransfer.setData('text/plain', JSON.stringify(this.contentStateOf(windowId)));
    event.dataTransfer.effectAllowed = 'copy';
  }

  async #toggleShare(windowId: string) {
    this.sharing = this.sharing === windowId ? undefined : windowId;
    await this.updateComplete;
    const menu = this.#tileOf(windowId)?.querySelector<HTMLElement>(this.sharing ? '[role="menuitem"]' : 'button.share');
    menu?.focus();
  }

  /** Copies a window's view to the clipboard: as a link that reopens it, or as content-state JSON. */
  async #copy(windowId: string, what: 'link' | 'json') {
    const state = this.contentStateOf(windowId);
    const text = what === 'link' ? this.shareLink(windowId) : state && JSON.stringify(state, null, 2);
    await this.#toggleShare(windowId);
    if (!text) return;
    const { msg } = this.localizer;
    try {
      await navigator.clipboard.writeText(text);
      this.notice = { windowId, text: msg(what === 'link' ? 'workspace.linkCopied' : 'workspace.jsonCopied') };
    } catch {
      this.notice = { windowId, text: msg('workspace.copyFailed') };
    }
  }

  /** Arrow keys on a window's drag handle move the window past its neighbour on that side. */
  async #onGripKey(event: KeyboardEvent, windowId: string) {
    const side = sideOfKey(event.key);
    if (!side) return;
    event.preventDefault();
    const boxes = new Map(this.store.state.layout.windowIds.map((id) => [id, this.#tileOf(id)?.getBoundingClientRect() ?? new DOMRect()]));
    const neighbour = neighbourOn(boxes, windowId, side);
    if (!neighbour) return;
    this.store.dispatch(actions.moveWindow(windowId, neighbour, side));
    this.notice = { windowId, text: this.localizer.msg('workspace.moved') };
    await this.updateComplete;
    this.#tileOf(windowId)?.querySelector<HTMLElement>('.grip')?.focus();
  }

  #tileOf(windowId: string): HTMLElement | null {
    return this.renderRoot.querySelector<HTMLElement>(`.tile[data-window-id="${windowId}"]`);
  }

  #restoreSaved() {
    const fromUrl = this.urlSync ? new URLSearchParams(location.hash.slice(1)).get(URL_KEY) : null;
    const saved = fromUrl ?? (this.persist && localStorage.getItem(this.persist));
    if (!saved) return;
    try {
      this.importState(saved);
    } catch {
      // A saved workspace this build cannot read is left alone; the workspace starts empty.
    }
  }

  /** Saves at most once a frame, as views move many times a second. */
  #queueSave() {
    if (this.#saveQueued || (!this.urlSync && !this.persist)) return;
    this.#saveQueued = true;
    requestAnimationFrame(() => {
      this.#saveQueued = false;
      this.#save();
    });
  }

  #save() {
    if (this.urlSync) {
      const url = new URL(location.href);
      url.hash = new URLSearchParams({ [URL_KEY]: this.exportState() }).toString();
      history.replaceState(history.state, '', url);
    }
    if (!this.persist) return;
    try {
      localStorage.setItem(this.persist, this.exportState());
    } catch {
      // Storage full or denied: the workspace still works, it just is not kept.
    }
  }

  /** Opens a manifest from the add panel; a collection is listed in the panel to pick from instead. */
  #openOrBrowse(read: () => ResourceTarget) {
    Promise.resolve()
      .then(read)
      .then(async (target) => {
        const collection = target.canvasId ? undefined : await loadCollection(target.manifestUrl, { languages: this.localizer.languages });
        if (collection) this.browsing = collection;
        else this.open(target);
      })
      .catch((error: unknown) => this.#fail(error));
  }

  #tryOpen(read: () => ResourceTarget | Promise<ResourceTarget>, windowId?: string) {
    Promise.resolve()
      .then(read)
      .then((target) => this.open(target, windowId))
      .catch((error: unknown) => this.#fail(error));
  }

  #fail(error: unknown) {
    this.errorKind = isInputError(error) ? error.kind : 'unknown';
    const message = error instanceof Error ? error.message : String(error);
    this.dispatchEvent(new VellumWorkspaceErrorEvent(this.errorKind, message));
  }

  #onManifestLoad(windowId: string, event: VellumManifestLoadEvent) {
    const { manifest } = event.detail;
    const label = getText(manifest.label, this.localizer.languages) || manifest.id;
    this.labels = { ...this.labels, [windowId]: label };
    const pending = this.#pending.get(windowId);
    this.#pending.delete(windowId);
    if (!pending) return;
    try {
      checkTarget(pending.target, manifest);
      const url = this.store.state.windows[windowId]?.manifestUrl;
      if (url) this.recent = rememberRecent({ url, label });
    } catch (error) {
      this.#fail(error);
      this.#restore(windowId, pending.previous);
    }
  }

  /** Puts back what a window showed before a failed open, or removes the window it created. */
  #restore(windowId: string, previous?: WindowState) {
    if (!previous) {
      this.removeWindow(windowId);
      return;
    }
    this.store.dispatch(actions.setManifest(windowId, previous.manifestUrl));
    this.store.dispatch(actions.setCanvas(windowId, previous.canvasId));
    this.store.dispatch(actions.setViewport(windowId, previous.viewport));
  }

  #onDragOver(event: DragEvent, windowId?: string) {
    event.preventDefault();
    if (windowId) event.stopPropagation();
    this.dropTarget = windowId ?? 'workspace';
  }

  #onDrop(event: DragEvent, windowId?: string) {
    event.preventDefault();
    event.stopPropagation();
    this.dropTarget = undefined;
    const data = event.dataTransfer;
    const moved = data?.getData(WINDOW_DRAG_TYPE);
    if (windowId && moved && this.store.state.windows[moved]) {
      if (moved !== windowId) {
        const side = nearestSide((event.currentTarget as HTMLElement).getBoundingClientRect(), event.clientX, event.clientY);
        this.store.dispatch(actions.moveWindow(moved, windowId, side));
      }
      return;
    }
    if (data) this.#tryOpen(() => targetOfDrop(data), windowId);
  }

  #toggleLink(windowId: string) {
    if (syncGroupOf(this.store.state.syncGroups, windowId)) {
      this.store.dispatch(actions.unlinkWindow(windowId));
    } else if (this.pendingLink && this.pendingLink !== windowId && this.store.state.windows[this.pendingLink]) {
      const group = syncGroupOf(this.store.state.syncGroups, this.pendingLink);
      this.link([...(group?.windowIds ?? [this.pendingLink]), windowId]);
      this.pendingLink = undefined;
    } else {
      this.pendingLink = this.pendingLink === windowId ? undefined : windowId;
    }
  }

  #renderTile(windowId: string) {
    const { msg } = this.localizer;
    const { layout, syncGroups } = this.store.state;
    const group = syncGroupOf(syncGroups, windowId);
    const groupNumber = group ? syncGroups.indexOf(group) + 1 : 0;
    const maximised = layout.maximisedWindowId === windowId;
    const title = this.labels[windowId] ?? msg('workspace.window', { index: layout.windowIds.indexOf(windowId) + 1 });
    return html`<section
      class="tile ${group ? `linked group-${groupNumber % 4}` : ''} ${this.dropTarget === windowId ? 'drop' : ''} ${layout.focusedWindowId === windowId ? 'focused' : ''}"
      part="tile"
      data-window-id=${windowId}
      aria-label=${title}
      @focusin=${() => this.store.dispatch(actions.focusWindow(windowId))}
      @dragover=${(event: DragEvent) => this.#onDragOver(event, windowId)}
      @dragleave=${() => (this.dropTarget = undefined)}
      @drop=${(event: DragEvent) => this.#onDrop(event, windowId)}
      @vellum-manifest-load=${(event: VellumManifestLoadEvent) => this.#onManifestLoad(windowId, event)}
    >
      ${this.dropTarget === windowId ? html`<div class="drop-hint">${msg('workspace.dropReplace')}</div>` : nothing}
      <vellum-window window-id=${windowId}>
        ${windowControls(
          msg,
          {
            group: groupNumber,
            linkPending: this.pendingLink === windowId,
            maximised,
            shareOpen: this.sharing === windowId,
            notice: this.notice?.windowId === windowId ? this.notice.text : undefined,
          },
          {
            dragStart: (event) => this.#onDragStart(event, windowId),
            gripKey: (event) => void this.#onGripKey(event, windowId),
            toggleShare: () => void this.#toggleShare(windowId),
            copy: (what) => void this.#copy(windowId, what),
            toggleLink: () => this.#toggleLink(windowId),
            toggleMaximised: () => this.store.dispatch(actions.maximiseWindow(maximised ? null : windowId)),
            close: () => this.removeWindow(windowId),
          },
        )}
      </vellum-window>
    </section>`;
  }

  #renderAddPanel() {
    const { msg } = this.localizer;
    const submit = (event: SubmitEvent) => {
      event.preventDefault();
      const form = event.currentTarget as HTMLFormElement;
      const field = form.elements.namedItem('resource') as HTMLInputElement;
      if (!field.value.trim()) return;
      const value = field.value;
      this.#openOrBrowse(() => targetOfInput(value));
      field.value = '';
    };
    const list = (title: string, items: readonly CatalogItem[], part: string) =>
      items.length === 0
        ? nothing
        : html`<section class="list" part=${part}>
            <h3>${title}</h3>
            <ul>
              ${items.map((item) => html`<li><button type="button" @click=${() => this.#openOrBrowse(() => ({ manifestUrl: item.url }))}>${item.label}</button></li>`)}
            </ul>
          </section>`;
    return html`<div class="add" part="add-panel">
      <form @submit=${submit}>
        <label>${msg('workspace.addField')} <input name="resource" type="text" autocomplete="off" spellcheck="false" /></label>
        <button type="submit">${msg('workspace.add')}</button>
      </form>
      ${this.browsing
        ? html`<vellum-collection-browser
            part="collection"
            .collection=${this.browsing}
            @vellum-collection-open=${(event: VellumCollectionOpenEvent) => this.open({ manifestUrl: event.detail.manifestId })}
          ></vellum-collection-browser>`
        : nothing}
      ${list(msg('workspace.catalog'), this.catalog, 'catalog')} ${list(msg('workspace.recent'), this.recent, 'recent')}
    </div>`;
  }

  override render() {
    const { msg } = this.localizer;
    const { mosaic, maximisedWindowId } = this.store.state.layout;
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
      class="workspace ${this.dropTarget === 'workspace' ? 'drop' : ''}"
      role="region"
      aria-label=${msg('workspace.label')}
      @dragover=${(event: DragEvent) => this.#onDragOver(event)}
      @dragleave=${() => (this.dropTarget = undefined)}
      @drop=${(event: DragEvent) => this.#onDrop(event)}
    >
      <div class="toolbar" part="toolbar">
        <label>${msg('workspace.syncMode')}
          <select @change=${(event: Event) => (this.syncMode = (event.target as HTMLSelectElement).value as SyncMode)}>
            <option value="same-coordinates" ?selected=${this.syncMode === 'same-coordinates'}>${msg('workspace.sameCoordinates')}</option>
            <option value="relative-offset" ?selected=${this.syncMode === 'relative-offset'}>${msg('workspace.relativeOffset')}</option>
          </select>
        </label>
      </div>
      ${this.errorKind
        ? html`<div class="error" part="error" role="alert">
            <span>${msg(`input.${this.errorKind === 'unknown' ? 'not-iiif' : this.errorKind}`)}</span>
            ${iconButton(msg('workspace.dismiss'), icons.close, () => (this.errorKind = undefined))}
          </div>`
        : nothing}
      <div class="mosaic">${content}</div>
      ${this.dropTarget === 'workspace' ? html`<div class="drop-hint">${msg('workspace.dropHere')}</div>` : nothing}
      ${this.#renderAddPanel()}
    </div>`;
  }
}
