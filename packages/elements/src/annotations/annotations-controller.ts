import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { AnnotationDisplay, AnnotationSet, AnnotationStore, ImportParse, W3CAnnotation } from '@vellum/annotations';
import type { Slot } from '@vellum/engine';
import { vault, vaultReady, type ViewerCanvas } from '@vellum/iiif';
import type { VellumSlotChangeEvent } from '../deep-zoom/deep-zoom-events.js';
import { fileStem, saveBlob } from '../export-menu/save-blob.js';
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
  /** The store of the user's own annotations, when an editor provides one. */
  store?: AnnotationStore;
}

async function canvasHasAnnotations(manifestId: string, canvasId: string): Promise<boolean> {
  await vaultReady(manifestId);
  return (vault.getState().iiif.entities.Canvas[canvasId]?.annotations.length ?? 0) > 0;
}

/**
 * The annotations of the canvas a window shows: loads @vellum/annotations only once the canvas has
 * annotations or the panel opens, draws them over the deep zoom's slot, and keeps the panel and the
 * overlay in step (highlight, zoom to, show or hide). Pages added from a URL or imported stay for
 * every canvas of the window.
 */
export class AnnotationsController implements ReactiveController {
  /** The annotations on show, once loaded. */
  set?: AnnotationSet;
  highlighted?: string;
  /** The annotation last activated, in the panel or on the image. */
  selected?: string;
  shown = true;
  notice?: AnnotationsNotice;

  #module?: AnnotationsModule;
  #display?: AnnotationDisplay;
  #displaySlot?: Slot;
  #slot?: Slot;
  #canvas?: ViewerCanvas;
  #requested?: ViewerCanvas;
  #canvasPages: unknown[] = [];
  /** The user's own annotations of the canvas, from the editor's store. */
  #own: W3CAnnotation[] = [];
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
    if (this.context().open && this.#canvas !== this.#requested) void this.#load();
  }

  readonly #onSlotChange = (event: VellumSlotChangeEvent) => {
    if (event.detail.canvas !== this.#canvas) this.#display?.show({ annotations: [], skipped: {} });
    this.#slot = event.detail.slot;
    this.#canvas = event.detail.canvas;
    void this.#load();
  };

  readonly #onStoreChange = async () => {
    const module = this.#module;
    if (!module) return;
    const generation = this.#generation;
    const own = await this.#listOwn();
    if (generation !== this.#generation) return;
    this.#own = own;
    this.#show(module);
  };

  #listOwn(): Promise<W3CAnnotation[]> {
    const { store } = this.context();
    return store && this.#canvas ? store.list(this.#canvas.id).catch(() => []) : Promise.resolve([]);
  }

  #editor(): (HTMLElement & { selectAnnotation(id: string): void; deleteAnnotation(id: string): void }) | null {
    return (this.host.shadowRoot ?? this.host).querySelector('vellum-annotation-editor');
  }

  async #load() {
    const { manifestId, open } = this.context();
    const canvas = this.#canvas;
    if (!manifestId || !canvas) return;
    this.#requested = canvas;
    const generation = ++this.#generation;
    if (!this.#module && !open && !(await canvasHasAnnotations(manifestId, canvas.id))) {
      // Not loaded after all: opening the panel loads it.
      if (generation === this.#generation) this.#requested = undefined;
      return;
    }
    const module = await this.#loadModule();
    const pages = await module.loadCanvasPages(await module.canvasJsonFromVault(manifestId, canvas.id));
    const own = await this.#listOwn();
    if (generation !== this.#generation) return;
    this.#canvasPages = pages;
    this.#own = own;
    this.highlighted = this.selected = undefined;
    this.#show(module);
  }

  async #loadModule(): Promise<AnnotationsModule> {
    return (this.#module ??= await import('@vellum/annotations'));
  }

  #show(module: AnnotationsModule) {
    const canvas = this.#canvas;
    const slot = this.#slot;
    if (!canvas || !slot) return;
    if (this.#displaySlot !== slot) {
      this.#display?.destroy();
      this.#displaySlot = slot;
      this.#display = new module.AnnotationDisplay(slot, { hover: (id) => this.#highlight(id), activate: (id) => this.#select(id) });
    }
    const options = { languages: this.context().languages };
    const own = module.readPages(this.#canvasPages, canvas, options);
    const added = module.readPages(this.#addedPages, canvas, options);
    // Pages added to the window hold the annotations of other canvases too: those are not failures.
    delete added.skipped['other-canvas'];
    const mine = module.readAnnotations({ type: 'AnnotationPage', items: this.#own }, canvas, options);
    mine.annotations = mine.annotations.map((annotation) => ({ ...annotation, own: true }));
    // The same annotation from several sources: the user's copy first, then a page added, then the manifest's.
    const without = (set: AnnotationSet, ...later: AnnotationSet[]) => {
      const replaced = new Set(later.flatMap((other) => other.annotations.map((annotation) => annotation.id)));
      return { ...set, annotations: set.annotations.filter((annotation) => !replaced.has(annotation.id)) };
    };
    this.set = module.mergeSets([without(own, added, mine), without(added, mine), mine]);
    // The editor draws the user's own annotations.
    this.#display?.show({ ...this.set, annotations: this.set.annotations.filter((annotation) => !annotation.own) });
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
      const count = this.#canvas ? module.readAnnotations(page, this.#canvas, { languages: this.context().languages }).annotations.length : 0;
      this.#say('info', 'annotations.added', { count });
    } catch (error) {
      const kind = error instanceof module.AnnotationPageError ? error.kind : 'network';
      this.#say('error', `annotations.page.${kind}`, { status: error instanceof module.AnnotationPageError ? (error.status ?? '') : '' });
    }
  }

  /** Imports a W3C or IIIF annotation file into the store, or into this window when there is none; a refused file changes nothing. */
  async importFile(file: Blob): Promise<void> {
    const module = await this.#loadModule();
    const { store } = this.context();
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

  /** Downloads the canvas's annotations (the manifest's, those added, and the user's own) as a IIIF AnnotationPage. */
  async exportCanvas(label: string): Promise<void> {
    const canvas = this.#canvas;
    if (!canvas) return;
    const module = await this.#loadModule();
    const { store } = this.context();
    const byId = new Map<string, W3CAnnotation>();
    const own = store ? await store.list(canvas.id).catch(() => []) : [];
    for (const annotation of [...module.exchangeableAnnotations([...this.#canvasPages, ...this.#addedPages], canvas.id), ...own]) {
      byId.set(annotation.id, annotation);
    }
    const json = module.exportAnnotationPage([...byId.values()], 'iiif', `${canvas.id}/annotations`);
    saveBlob(new Blob([json], { type: 'application/json' }), `${fileStem(label)}-annotations.json`);
    this.#say('info', 'annotations.exported', { count: byId.size });
  }
}
