import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { AnnotationDisplay, AnnotationSet, AnnotationStore, ImportParse, TagColours, W3CAnnotation } from '@vellum/annotations';
import type { Slot } from '@vellum/engine';
import { getText, vault, vaultReady, type ViewerCanvas } from '@vellum/iiif';
import type { VellumSlotChangeEvent } from '../deep-zoom/deep-zoom-events.js';
import { fileStem, saveBlob } from '../downloads/save-blob.js';
import type { MessageKey, MessageParams } from '../i18n/index.js';

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

async function someHasAnnotations(manifestId: string, canvases: readonly ViewerCanvas[]): Promise<boolean> {
  await vaultReady(manifestId);
  return canvases.some((canvas) => (vault.getState().iiif.entities.Canvas[canvas.id]?.annotations.length ?? 0) > 0);
}

/** Whether this browser has ever kept annotations of its user (IndexedDbAnnotationStore's default database), without loading the package. */
async function browserKeepsOwnAnnotations(): Promise<boolean> {
  try {
    return (await indexedDB.databases()).some((database) => database.name === 'vellum-annotations');
  } catch {
    return false;
  }
}

const samePages = (a: readonly ViewerCanvas[], b: readonly ViewerCanvas[]) => a.length === b.length && a.every((page, index) => page === b[index]);

/**
 * The annotations of the canvases a window shows (one, or a book spread's pages): loads @vellum/annotations only
 * once a canvas has annotations, the user keeps annotations of their own or the panel opens, draws them over the
 * deep zoom's slot where each page sits, and keeps the panel and the overlay in step (highlight, zoom to, show or
 * hide). Pages added from a URL or imported stay for every canvas of the window.
 */
export class AnnotationsController implements ReactiveController {
  /** The annotations on show, once loaded. */
  set?: AnnotationSet;
  highlighted?: string;
  /** The annotation last activated, in the panel or on the image. */
  selected?: string;
  /** The colours the user gave tags, from the store. */
  tagColours: TagColours = {};
  /** The label of each page on show, when there are several (a book spread). */
  pageLabels = new Map<string, string>();
  shown = true;
  notice?: AnnotationsNotice;

  #module?: AnnotationsModule;
  #display?: AnnotationDisplay;
  #displaySlot?: Slot;
  #slot?: Slot;
  /** The canvases on show, left to right on screen. */
  #pages: readonly ViewerCanvas[] = [];
  #requested?: readonly ViewerCanvas[];
  /** The manifest's annotation pages of each canvas on show. */
  #canvasPages = new Map<string, unknown[]>();
  /** The user's own annotations of each canvas on show. */
  #own = new Map<string, W3CAnnotation[]>();
  #browserStore?: Promise<AnnotationStore | undefined>;
  /** Whether an editor drew the user's own annotations at the last show. */
  #editing = false;
  #addedPages: unknown[] = [];
  #generation = 0;

  constructor(
    private readonly host: ReactiveControllerHost & HTMLElement,
    private readonly context: () => AnnotationsContext,
  ) {
    host.addController(this);
  }

  hostConnected() {
    this.host.addEventListener('vellum-slot-change', this.#onSlotChange);
    this.host.addEventListener('vellum-annotation-store-change', this.#onStoreChange);
  }

  hostDisconnected() {
    this.host.removeEventListener('vellum-slot-change', this.#onSlotChange);
    this.host.removeEventListener('vellum-annotation-store-change', this.#onStoreChange);
    this.#display?.destroy();
    this.#display = this.#displaySlot = undefined;
    this.#requested = undefined;
  }

  hostUpdated() {
    const { open, editing } = this.context();
    if (open && this.#pages !== this.#requested) void this.#load();
    else if (editing !== this.#editing && this.#module) this.#show(this.#module);
  }

  readonly #onSlotChange = (event: VellumSlotChangeEvent) => {
    if (!samePages(event.detail.pages, this.#pages)) this.#display?.show({ annotations: [], skipped: {} });
    this.#slot = event.detail.slot;
    this.#pages = event.detail.pages;
    void this.#load();
  };

  readonly #onStoreChange = async () => {
    const module = this.#module;
    if (!module) return;
    const generation = this.#generation;
    const [own, tagColours] = await Promise.all([this.#listOwn(), this.#readTagColours()]);
    if (generation !== this.#generation) return;
    this.#own = own;
    this.tagColours = tagColours;
    this.#editor()?.setTagColours(tagColours);
    this.#show(module);
  };

  /** The editor's store, else the browser's (opened once the package is loaded). */
  async #store(): Promise<AnnotationStore | undefined> {
    const { store } = this.context();
    if (store || !this.#module) return store;
    this.#browserStore ??= this.#module.IndexedDbAnnotationStore.open().catch(() => undefined);
    return this.#browserStore;
  }

  async #readTagColours(): Promise<TagColours> {
    const store = await this.#store();
    return store && this.#module?.hasTagColours(store) ? store.tagColours().catch(() => ({})) : {};
  }

  async #listOwn(): Promise<Map<string, W3CAnnotation[]>> {
    const store = await this.#store();
    const pages = this.#pages;
    const lists = await Promise.all(pages.map((page) => (store ? store.list(page.id).catch(() => []) : [])));
    return new Map(pages.map((page, index) => [page.id, lists[index]]));
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
    if (!this.#module && !open && !(await someHasAnnotations(manifestId, pages)) && !(await browserKeepsOwnAnnotations())) {
      // Not loaded after all: opening the panel loads it.
      if (generation === this.#generation) this.#requested = undefined;
      return;
    }
    const module = await this.#loadModule();
    const canvasPages = await Promise.all(pages.map(async (page) => module.loadCanvasPages(await module.canvasJsonFromVault(manifestId, page.id))));
    const [own, tagColours] = await Promise.all([this.#listOwn(), this.#readTagColours()]);
    if (generation !== this.#generation) return;
    this.#canvasPages = new Map(pages.map((page, index) => [page.id, canvasPages[index]]));
    this.#own = own;
    this.tagColours = tagColours;
    this.highlighted = this.selected = undefined;
    this.#show(module);
  }

  async #loadModule(): Promise<AnnotationsModule> {
    return (this.#module ??= await import('@vellum/annotations'));
  }

  /** The annotations of one canvas: the user's copy of one first, then a page added, then the manifest's. */
  #canvasSet(module: AnnotationsModule, canvas: ViewerCanvas): AnnotationSet {
    const options = { languages: this.context().languages };
    const manifest = module.readPages(this.#canvasPages.get(canvas.id) ?? [], canvas, options);
    const added = module.readPages(this.#addedPages, canvas, options);
    // Pages added to the window hold the annotations of other canvases too: those are not failures.
    delete added.skipped['other-canvas'];
    const mine = module.readAnnotations({ type: 'AnnotationPage', items: this.#own.get(canvas.id) ?? [] }, canvas, options);
    mine.annotations = mine.annotations.map((annotation) => ({ ...annotation, own: true }));
    const without = (set: AnnotationSet, ...later: AnnotationSet[]) => {
      const replaced = new Set(later.flatMap((other) => other.annotations.map((annotation) => annotation.id)));
      return { ...set, annotations: set.annotations.filter((annotation) => !replaced.has(annotation.id)) };
    };
    return module.mergeSets([without(manifest, added, mine), without(added, mine), mine]);
  }

  #show(module: AnnotationsModule) {
    const pages = this.#pages;
    const slot = this.#slot;
    if (pages.length === 0 || !slot) return;
    if (this.#displaySlot !== slot) {
      this.#display?.destroy();
      this.#displaySlot = slot;
      this.#display = new module.AnnotationDisplay(slot, { hover: (id) => this.#highlight(id), activate: (id) => this.#select(id) });
    }
    const { languages, editing } = this.context();
    this.#editing = editing;
    const set = module.mergeSets(pages.map((page) => this.#canvasSet(module, page)));
    this.set = { ...set, annotations: module.withTagColours(set.annotations, this.tagColours) };
    this.pageLabels = new Map(pages.length > 1 ? pages.map((page, index) => [page.id, getText(page.label, languages) || String(index + 1)]) : []);
    // Each page's annotations where the page sits in the slot; the editor, when there is one, draws the user's own.
    const drawn = module.placeOnPages(this.set.annotations.filter((annotation) => !(annotation.own && editing)), pages);
    this.#display?.show({ ...this.set, annotations: drawn });
    if (this.#display) this.#display.visible = this.shown;
    this.#display?.highlight(this.highlighted);
    this.host.requestUpdate();
  }

  #highlight(id: string | undefined) {
    this.highlighted = id;
    this.#display?.highlight(id);
    this.host.requestUpdate();
  }

  #say(tone: AnnotationsNotice['tone'], key: MessageKey, params?: MessageParams) {
    this.notice = { tone, key, params };
    this.host.requestUpdate();
  }

  /** Highlights an annotation on the image (the pointer is over its row), or none. */
  hover(id: string | undefined) {
    this.#highlight(id);
  }

  #select(id: string) {
    this.selected = id;
    this.#highlight(id);
  }

  /** Zooms the image to an annotation, highlights it and shows its bodies. */
  activate(id: string) {
    this.#select(id);
    this.#display?.zoomTo(id);
  }

  /** Selects one of the user's own annotations in the editor, whose form then edits it. */
  editOwn(id: string) {
    this.#editor()?.selectAnnotation(id);
  }

  /** Deletes one of the user's own annotations (through the editor, so that it can be undone). */
  deleteOwn(id: string) {
    this.#editor()?.deleteAnnotation(id);
    this.selected = undefined;
    this.host.requestUpdate();
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
    this.tagColours = await this.#readTagColours();
    this.#show(module);
    this.#editor()?.setTagColours(this.tagColours);
  }

  setShown(shown: boolean) {
    this.shown = shown;
    if (this.#display) this.#display.visible = shown;
    this.host.requestUpdate();
  }

  /** Adds the annotation page at a URL to every canvas of the window; says how many are on this canvas, or why it failed. */
  async addPage(url: string): Promise<void> {
    const module = await this.#loadModule();
    try {
      const page = await module.fetchAnnotationPage(new URL(url, document.baseURI).href);
      this.#addedPages = [...this.#addedPages, page];
      this.#show(module);
      const count = this.#pages.reduce((sum, canvas) => sum + module.readAnnotations(page, canvas, { languages: this.context().languages }).annotations.length, 0);
      this.#say('info', 'annotations.added', { count });
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
    if (!store) this.#addedPages = [...this.#addedPages, { type: 'AnnotationPage', items: parsed.annotations }];
    else this.#own = await this.#listOwn();
    this.#show(module);
    this.#say('info', 'annotations.imported', { count: parsed.annotations.length });
  }

  /** Downloads the annotations of the canvases on show (the manifest's, those added, and the user's own) as a IIIF AnnotationPage. */
  async exportCanvas(label: string): Promise<void> {
    const [first] = this.#pages;
    if (!first) return;
    const module = await this.#loadModule();
    const own = await this.#listOwn();
    const byId = new Map<string, W3CAnnotation>();
    for (const canvas of this.#pages) {
      const sources = [...(this.#canvasPages.get(canvas.id) ?? []), ...this.#addedPages];
      for (const annotation of [...module.exchangeableAnnotations(sources, canvas.id), ...(own.get(canvas.id) ?? [])]) byId.set(annotation.id, annotation);
    }
    const json = module.exportAnnotationPage([...byId.values()], 'iiif', `${first.id}/annotations`);
    saveBlob(new Blob([json], { type: 'application/json' }), `${fileStem(label)}-annotations.json`);
    this.#say('info', 'annotations.exported', { count: byId.size });
  }
}
