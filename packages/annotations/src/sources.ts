import { withTagColours, type TagColours } from './colour.js';
import { exchangeableAnnotations, exportAnnotationPage } from './exchange.js';
import { mergeSets, type AnnotationSet, type CanvasRef, type ReadOptions } from './model.js';
import { readAnnotations, readPages } from './read.js';
import type { W3CAnnotation } from './store.js';

/** Where the annotations of the canvases a window shows come from. */
export interface AnnotationSources {
  /** The manifest's annotation pages of each canvas, by canvas id. */
  manifestPages: ReadonlyMap<string, readonly unknown[]>;
  /** Pages added to the window (from a URL, or a file imported with no store): they may hold annotations of any canvas. */
  addedPages: readonly unknown[];
  /** The user's own annotations of each canvas, by canvas id. */
  own: ReadonlyMap<string, readonly W3CAnnotation[]>;
}

/** The set without the annotations that a later set holds a copy of (by id). */
function without(set: AnnotationSet, ...later: readonly AnnotationSet[]): AnnotationSet {
  const replaced = new Set(later.flatMap((other) => other.annotations.map((annotation) => annotation.id)));
  return { ...set, annotations: set.annotations.filter((annotation) => !replaced.has(annotation.id)) };
}

/** The annotations of one canvas: the user's copy of one first, then a page added's, then the manifest's. */
export function canvasAnnotationSet(canvas: CanvasRef, sources: AnnotationSources, options: ReadOptions): AnnotationSet {
  const manifest = readPages(sources.manifestPages.get(canvas.id) ?? [], canvas, options);
  const added = readPages(sources.addedPages, canvas, options);
  // Pages added to the window hold the annotations of other canvases too: those are not failures.
  delete added.skipped['other-canvas'];
  const own = readAnnotations({ type: 'AnnotationPage', items: sources.own.get(canvas.id) ?? [] }, canvas, options);
  own.annotations = own.annotations.map((annotation) => ({ ...annotation, own: true }));
  return mergeSets([without(manifest, added, own), without(added, own), own]);
}

/**
 * The annotations of the canvases on show (one, or a book spread's pages), each in its own canvas's coordinates,
 * in the colours the user gave their tags.
 */
export function shownAnnotationSet(canvases: readonly CanvasRef[], sources: AnnotationSources, options: ReadOptions & { tagColours: TagColours }): AnnotationSet {
  const set = mergeSets(canvases.map((canvas) => canvasAnnotationSet(canvas, sources, options)));
  return { ...set, annotations: withTagColours(set.annotations, options.tagColours) };
}

/** How many annotations of a page target the canvases on show. */
export function countOnCanvases(page: unknown, canvases: readonly CanvasRef[], options: ReadOptions): number {
  return canvases.reduce((sum, canvas) => sum + readAnnotations(page, canvas, options).annotations.length, 0);
}

/**
 * The annotations of the canvases on show as one IIIF AnnotationPage named after the first: the manifest's and the
 * added pages' that can be exchanged, and the user's own; each once, the user's copy in place of any other.
 */
export function exportShownAnnotations(canvasIds: readonly string[], sources: AnnotationSources): { json: string; count: number } {
  const byId = new Map<string, W3CAnnotation>();
  for (const canvasId of canvasIds) {
    const pages = [...(sources.manifestPages.get(canvasId) ?? []), ...sources.addedPages];
    for (const annotation of [...exchangeableAnnotations(pages, canvasId), ...(sources.own.get(canvasId) ?? [])]) byId.set(annotation.id, annotation);
  }
  return { json: exportAnnotationPage([...byId.values()], 'iiif', `${canvasIds[0]}/annotations`), count: byId.size };
}
