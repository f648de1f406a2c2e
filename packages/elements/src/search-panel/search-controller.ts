import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { Slot } from '@vellum/engine';
import type { Rect, SearchService, Size, ViewerCanvas, ViewerManifest } from '@vellum/iiif';
import type { SearchHit } from '@vellum/iiif/search';
import { AnnotationsOverlay } from '../annotations-panel/annotations-overlay.js';
import type { VellumSlotChangeEvent } from '../deep-zoom/deep-zoom-events.js';
import { errorKindOf } from '../errors/error-kind.js';
import type { VellumErrorKind } from '../events/events.js';
import { hitAnnotations } from './search-hits.js';

type SearchModule = typeof import('@vellum/iiif/search');
type AnnotationsModule = typeof import('@vellum/annotations');

export type SearchStatus = 'idle' | 'searching' | 'ready' | 'error';

/** A box to highlight on a canvas, in canvas units. */
export interface Highlight {
  rect: Rect;
  current: boolean;
}

/** A hit shown takes a third of the view each way, so that the words around it show too. */
const HIT_CONTEXT = 3;
/** How long typing pauses before the autocomplete is asked. */
const SUGGEST_DELAY_MS = 200;

interface SearchHost extends ReactiveControllerHost, HTMLElement {
  readonly manifest: ViewerManifest | undefined;
  goTo(target: string): boolean;
}

/**
 * A window's full-text search (IIIF Content Search 2.0 and 1.0, loaded on first use): the query and its hits, page by
 * page; the hits of the canvases on show drawn over the deep zoom; the current hit, which the window shows and zooms
 * to, stepping across canvases. A new query aborts the one before, and so does closing the window.
 */
export class SearchController implements ReactiveController {
  readonly overlay: AnnotationsOverlay;
  query = '';
  status: SearchStatus = 'idle';
  error?: VellumErrorKind;
  hits: SearchHit[] = [];
  total?: number;
  /** Where the next page of results is, when there is one. */
  next?: string;
  loadingMore = false;
  /** The index in `hits` of the hit on show. */
  current?: number;
  suggestions: string[] = [];

  #modules?: Promise<[SearchModule, AnnotationsModule]>;
  /** The manifest searched: another manifest in the window ends the search. */
  #searched?: ViewerManifest;
  #slot?: Slot;
  #pages: readonly ViewerCanvas[] = [];
  #request?: AbortController;
  #suggesting?: AbortController;
  #suggestTimer?: ReturnType<typeof setTimeout>;

  constructor(
    private readonly host: SearchHost,
    private readonly shown: () => boolean,
    /** The service to search: the manifest's, else that of the canvas on show. */
    private readonly service: () => SearchService | undefined,
  ) {
    this.overlay = new AnnotationsOverlay(host);
    host.addController(this);
  }

  hostConnected() {
    this.host.addEventListener('vellum-slot-change', this.#onSlotChange);
  }

  hostDisconnected() {
    this.host.removeEventListener('vellum-slot-change', this.#onSlotChange);
    this.#request?.abort();
    this.#suggesting?.abort();
    clearTimeout(this.#suggestTimer);
    this.overlay.destroy();
  }

  hostUpdated() {
    if (this.#searched && this.#searched !== this.host.manifest) void this.run('');
    if (this.overlay.shown !== this.shown()) this.overlay.setShown(this.shown());
  }

  readonly #onSlotChange = (event: VellumSlotChangeEvent) => {
    this.#slot = event.detail.slot;
    this.#pages = event.detail.pages;
    void this.#draw();
  };

  #modulesLoaded(): Promise<[SearchModule, AnnotationsModule]> {
    return (this.#modules ??= Promise.all([import('@vellum/iiif/search'), import('@vellum/annotations')]));
  }

  #canvasSizes(): Map<string, Size> {
    return new Map((this.host.manifest?.canvases ?? []).map((canvas) => [canvas.id, { width: canvas.width, height: canvas.height }]));
  }

  /** Draws the hits of the canvases on show, and zooms to the current hit when it is among them. */
  async #draw() {
    const slot = this.#slot;
    if (!slot || !this.hits.length) return this.overlay.clear();
    const [, annotations] = await this.#modulesLoaded();
    const pageIds = new Set(this.#pages.map((page) => page.id));
    const onShow = hitAnnotations(this.hits.filter((hit) => pageIds.has(hit.canvasId)));
    this.overlay.draw(annotations, slot, { annotations: onShow, skipped: {} }, this.#pages);
    const hit = this.current === undefined ? undefined : this.hits[this.current];
    if (hit && pageIds.has(hit.canvasId)) this.overlay.activate(hit.id, HIT_CONTEXT);
    else this.overlay.select(undefined);
  }

  #changed() {
    this.host.requestUpdate();
    void this.#draw();
  }

  /** Searches the manifest's service for `query`; an empty query clears the results. */
  async run(query: string): Promise<void> {
    this.#searched = this.host.manifest;
    const service = this.service();
    this.#request?.abort();
    this.query = query.trim();
    Object.assign(this, { hits: [], total: undefined, next: undefined, current: undefined, error: undefined, suggestions: [] });
    if (!service || !this.query) {
      this.status = 'idle';
      return this.#changed();
    }
    this.status = 'searching';
    this.host.requestUpdate();
    await this.#fetch(async (search, signal) => search.search(service, this.query, this.#canvasSizes(), signal));
  }

  /** Fetches the next page of results and adds its hits. */
  async more(): Promise<void> {
    const next = this.next;
    if (!next || this.loadingMore) return;
    this.loadingMore = true;
    this.host.requestUpdate();
    await this.#fetch((search, signal) => search.fetchResults(next, this.#canvasSizes(), signal));
    this.loadingMore = false;
    this.host.requestUpdate();
  }

  async #fetch(request: (search: SearchModule, signal: AbortSignal) => Promise<{ hits: SearchHit[]; total?: number; next?: string }>) {
    const controller = (this.#request = new AbortController());
    try {
      const [search] = await this.#modulesLoaded();
      const results = await request(search, controller.signal);
      if (controller.signal.aborted) return;
      const known = new Set(this.hits.map((hit) => hit.id));
      this.hits = [...this.hits, ...results.hits.filter((hit) => !known.has(hit.id))];
      Object.assign(this, { total: results.total, next: results.next !== this.next ? results.next : undefined, status: 'ready' });
    } catch (error) {
      if (controller.signal.aborted) return;
      Object.assign(this, { status: 'error', error: errorKindOf(error) });
    }
    this.#changed();
  }

  /** The boxes of the hits on a canvas, the current one marked, for a view that draws them itself (the medium view). */
  highlightsOn(canvasId: string): Highlight[] {
    if (!this.shown()) return [];
    return this.hits.flatMap((hit, index) => (hit.canvasId === canvasId ? hit.rects.map((rect) => ({ rect, current: index === this.current })) : []));
  }

  /** Shows a hit: its canvas, zoomed to where it is. */
  show(index: number) {
    const hit = this.hits[index];
    if (!hit) return;
    this.current = index;
    if (this.#pages.some((page) => page.id === hit.canvasId)) this.#changed();
    else if (!this.host.goTo(hit.canvasId)) this.#changed();
    else this.host.requestUpdate();
  }

  /** Shows the next (1) or previous (-1) hit, fetching the next page at the end of those loaded; false when there is none. */
  async step(direction: 1 | -1): Promise<boolean> {
    const index = this.current === undefined ? (direction === 1 ? 0 : this.hits.length - 1) : this.current + direction;
    if (index >= this.hits.length && this.next) await this.more();
    if (index < 0 || index >= this.hits.length) return false;
    this.show(index);
    return true;
  }

  /** Asks the autocomplete for terms once typing pauses. */
  suggest(typed: string) {
    const service = this.service();
    clearTimeout(this.#suggestTimer);
    this.#suggesting?.abort();
    if (!service?.autocomplete || !typed.trim()) {
      this.suggestions = [];
      return this.host.requestUpdate();
    }
    this.#suggestTimer = setTimeout(async () => {
      const controller = (this.#suggesting = new AbortController());
      const [search] = await this.#modulesLoaded();
      const suggestions = await search.suggest(service, typed.trim(), controller.signal).catch(() => []);
      if (controller.signal.aborted) return;
      this.suggestions = suggestions;
      this.host.requestUpdate();
    }, SUGGEST_DELAY_MS);
  }
}
