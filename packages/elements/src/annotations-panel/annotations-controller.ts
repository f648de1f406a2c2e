import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { AnnotationSet, AnnotationSources, AnnotationStore, ImportParse, TagColours, W3CAnnotation } from '@vellum/annotations';
import type { Slot } from '@vellum/engine';
import { getText, type ViewerCanvas } from '@vellum/iiif';
import type { VellumSlotChangeEvent } from '../deep-zoom/deep-zoom-events.js';
import { fileStem, saveBlob } from '../downloads/save-blob.js';
import type { MessageKey, MessageParams } from '../i18n/index.js';
import { AnnotationsOverlay } from './annotations-overlay.js';
import { mayHaveAnnotations } from './annotations-presence.js';

type AnnotationsModule = typeof import('@vellum/annotations');

/** A message for the panel: what an action did, or why it failed. */
export interface AnnotationsNotice {
  tone: 'info' | 'error';
  key: MessageKey;
  params?: MessageParams;
}

export interface AnnotationsContext {
  manifestId?: string;
  /** Whether the annotations panel is open: opening it loads the annotations even of a canvas without any. */
  open: boolean;
  languages: readonly string[];
  /** The store of the user's own annotations, when an editor provides one; else the browser's IndexedDB store. */
  store?: AnnotationStore;
  /** Whether an editor draws the user's own annotations (then this display leaves them out). */
  editing: boolean;
}

const samePages = (a: readonly ViewerCanvas[], b: readonly ViewerCanvas[]) => a.length === b.length && a.every((page, index) => page === b[index]);

/**
 * The annotations of the canvases a window shows (one, or a book spread's pages): loads @vellum/annotations only
 * once a canvas has annotations, the user keeps annotations of their own or the panel opens, draws them over the
 * deep zoom's slot where each page sits, and keeps the panel and the overlay in step (highlight, zoom to, show or
 * hide). Pages added from a URL or imported stay for every canvas of the window.
 */
export class AnnotationsController implements ReactiveController {
  readonly overlay: AnnotationsOverlay;
  /** The annotations on show, once loaded. */
  set?: AnnotationSet;
  /** The colours the user gave tags, from the store. */
  tagColours: TagColours = {};
  /** The label of each page on show, when there are several (a book spread). */
  pageLabels = new Map<string, string>();
  notice?: AnnotationsNotice;

  #module?: AnnotationsModule;
  #slot?: Slot;
  /** The canvases on show, left to right on screen. */
  #pages: readonly ViewerCanvas[] = [];
  #requested?: readonly ViewerCanvas[];
  /** The annotation pages of the canvases on show, the pages added to the window and the user's own annotations. */
  #sources: AnnotationSources = { manifestPages: new Map(), addedPages: [], own: new Map() };
  /** Whether an editor drew the user's own annotations at the last show. */
  #editing = false;
  #generation = 0;

  constructor(
    private readonly host: ReactiveControllerHost & HTMLElement,
    private readonly context: () => AnnotationsContext,
  ) {
    this.overlay = new AnnotationsOverlay(host);
    host.addController(this);
  }

  hostConnected() {
    this.host.addEventListener('vellum-slot-change', this.#onSlotChange);
    this.host.addEventListener('vellum-annotation-store-change', this.#onStoreChange);
  }

  hostDisconnected() {
    this.host.removeEventListener('vellum-slot-change', this.#onSlotChange);
    this.host.removeEventListener('vellum-annotation-store-change', this.#onStoreChange);
    this.overlay.destroy();
    this.#requested = undefined;
  }

  hostUpdated() {
    const { open, editing } = this.context();
    if (open && this.#pages !== this.#requested) void this.#load();
    else if (editing !== this.#editing && this.#module) this.#show(this.#module);
  }

  readonly #onSlotChange = (event: VellumSlotChangeEvent) => {
    if (!samePages(event.detail.pages, this.#pages)) this.overlay.clear();
    this.#slot = event.detail.slot;
    this.#pages = event.detail.pages;
    void this.#load();
  };

  readonly #onStoreChange = async () => {
    const module = this.#module;
    if (!module) return;
    const generation = this.#generation;
    const [own, tagColours] = await Promise.all([this.#listOwn(module), this.#readTagColours(module)]);
    if (generation !== this.#generation) return;
    this.#sources = { ...this.#sources, own };
    this.tagColours = tagColours;
    this.#editor()?.setTagColours(tagColours);
    this.#show(module);
  };

  /** The editor's store, else the browser's (once the package is loaded). */
  async #store(): Promise<AnnotationStore | undefined> {
    const { store } = this.context();
    return store || !this.#module ? store : this.#module.browserAnnotationStore().catch(() => undefined);
  }

  async #readTagColours(module: AnnotationsModule): Promise<TagColours> {
    return module.tagColoursIn(await this.#store());
  }

  async #listOwn(module: AnnotationsModule): Promise<Map<string, W3CAnnotation[]>> {
    return module.listByCanvas(await this.#store(), this.#pages.map((page) => page.id));
  }

  #editor(): (HTMLElement & { selectAnnotation(id: string): void; deleteAnnotation(id: string): void; setTagColours(colours: TagColours): void }) | null {
    return (this.host.shadowRoot ?? this.host).querySelector('vellum-annotation-editor');
  }

  async #load() {
    const { manifestId, open } = this.context();
    const pages = this.#pages;
    if (!manifestId || pages.length === 0) return;
    this.#requested = pages;
    const generation = ++this.#generation;
    if (!this.#module && !open && !(await mayHaveAnnotations(manifestId, pages.map((page) => page.id)))) {
      // Not loaded after all: opening the panel loads it.
      if (generation === this.#generation) this.#requested = undefined;
      return;
    }
    const module = await this.#loadModule();
    const canvasPages = await Promise.all(pages.map(async (page) => module.loadCanvasPages(await module.canvasJsonFromVault(manifestId, page.id))));
    const [own, tagColours] = await Promise.all([this.#listOwn(module), this.#readTagColours(module)]);
    if (generation !== this.#generation) return;
    this.#sources = { ...this.#sources, manifestPages: new Map(pages.map((page, index) => [page.id, canvasPages[index]])), own };
    this.tagColours = tagColours;
    this.overlay.reset();
    this.#show(module);
  }

  async #loadModule(): Promise<AnnotationsModule> {
    return (this.#module ??= await import('@vellum/annotations'));
  }

  #show(module: AnnotationsModule) {
    const pages = this.#pages;
    const slot = this.#slot;
    if (pages.length === 0 || !slot) return;
    const { languages, editing } = this.context();
    this.#editing = editing;
    this.set = module.shownAnnotationSet(pages, this.#sources, { languages, tagColours: this.tagColours });
    this.pageLabels = new Map(pages.length > 1 ? pages.map((page, index) => [page.id, getText(page.label, languages) || String(index + 1)]) : []);
    // The editor, when there is one, draws the user's own.
    this.overlay.draw(module, slot, { ...this.set, annotations: this.set.annotations.filter((annotation) => !(annotation.own && editing)) }, pages);
    this.host.requestUpdate();
  }

  #say(tone: AnnotationsNotice['tone'], key: MessageKey, params?: MessageParams) {
    this.notice = { tone, key, params };
    this.host.requestUpdate();
  }

  /** Selects one of the user's own annotations in the editor, whose form then edits it. */
  editOwn(id: string) {
    this.#editor()?.selectAnnotation(id);
  }

  /** Deletes one of the user's own annotations (through the editor, so that it can be undone). */
  deleteOwn(id: string) {
    this.#editor()?.deleteAnnotation(id);
    this.overlay.select(undefined);
  }

  /** Shows a link body's target when it is a canvas of the window's manifest; false when the browser should follow it. */
  followLink(url: string): boolean {
    const host = this.host as HTMLElement & { goTo?(target: string): boolean };
    return host.goTo?.(url.split('#')[0]) ?? false;
  }

  /** Gives a tag a colour (or takes it away) in the store: every annotation carrying it without a colour of its own takes it. */
  async setTagColour(tag: string, colour: string | undefined): Promise<void> {
    const module = await this.#loadModule();
    const store = await this.#store();
    if (!store || !module.hasTagColours(store)) return;
    try {
      await store.setTagColour(tag, colour);
    } catch {
      this.#say('error', 'annotations.tagColourFailed');
      return;
    }
    this.tagColours = await this.#readTagColours(module);
    this.#show(module);
    this.#editor()?.setTagColours(this.tagColours);
  }

  /** Adds the annotation page at a URL to every canvas of the window; says how many are on this canvas, or why it failed. */
  async addPage(url: string): Promise<void> {
    const module = await this.#loadModule();
    try {
      const page = await module.fetchAnnotationPage(new URL(url, document.baseURI).href);
      this.#sources = { ...this.#sources, addedPages: [...this.#sources.addedPages, page] };
      this.#show(module);
      this.#say('info', 'annotations.added', { count: module.countOnCanvases(page, this.#pages, { languages: this.context().languages }) });
    } catch (error) {
      const kind = error instanceof module.AnnotationPageError ? error.kind : 'network';
      this.#say('error', `annotations.page.${kind}`, { status: error instanceof module.AnnotationPageError ? (error.status ?? '') : '' });
    }
  }

  /** Imports a W3C or IIIF annotation file into the store, or into this window when there is none; a refused file changes nothing. */
  async importFile(file: Blob): Promise<void> {
    const module = await this.#loadModule();
    const store = await this.#store();
    let parsed: ImportParse;
    try {
      const text = await file.text();
      parsed = store ? await module.importAnnotationFile(store, text) : module.parseAnnotationFile(text);
    } catch {
      this.#say('error', 'annotations.import.unreadable');
      return;
    }
    if (!('annotations' in parsed)) {
      const key = parsed.reason === 'invalid-annotation' ? parsed.problem : parsed.reason;
      this.#say('error', `annotations.import.${key}`, { index: 'index' in parsed ? parsed.index + 1 : '' });
      return;
    }
    if (!store) this.#sources = { ...this.#sources, addedPages: [...this.#sources.addedPages, { type: 'AnnotationPage', items: parsed.annotations }] };
    else this.#sources = { ...this.#sources, own: await this.#listOwn(module) };
    this.#show(module);
    this.#say('info', 'annotations.imported', { count: parsed.annotations.length });
  }

  /** Downloads the annotations of the canvases on show (the manifest's, those added, and the user's own) as a IIIF AnnotationPage. */
  async exportCanvas(label: string): Promise<void> {
    if (this.#pages.length === 0) return;
    const module = await this.#loadModule();
    const sources = { ...this.#sources, own: await this.#listOwn(module) };
    const { json, count } = module.exportShownAnnotations(this.#pages.map((page) => page.id), sources);
    saveBlob(new Blob([json], { type: 'application/json' }), `${fileStem(label)}-annotations.json`);
    this.#say('info', 'annotations.exported', { count });
  }
}
