import type { TagColours } from './colour.js';
import { idOf, listOf, targetSource } from './json.js';

/** A W3C Web Annotation as stored and exchanged, targeting a canvas in canvas coordinates. */
export interface W3CAnnotation {
  '@context'?: unknown;
  id: string;
  type: 'Annotation';
  target: unknown;
  motivation?: string | string[];
  body?: unknown;
  [key: string]: unknown;
}

/**
 * Where annotations are kept. Every method settles only once the change is durable, so a caller
 * may report it saved. IndexedDB is the default; a W3C Web Annotation Protocol server implements
 * the same interface.
 */
export interface AnnotationStore {
  list(canvasId: string): Promise<W3CAnnotation[]>;
  all(): Promise<W3CAnnotation[]>;
  put(annotation: W3CAnnotation): Promise<void>;
  /** Writes all of them or none. */
  putAll(annotations: readonly W3CAnnotation[]): Promise<void>;
  delete(id: string): Promise<void>;
}

/** Where the colours a user gives tags are kept, beside their annotations; settles once the change is durable. */
export interface TagColourStore {
  tagColours(): Promise<TagColours>;
  /** Sets a tag's colour (`#rrggbb`), or forgets it when undefined. */
  setTagColour(tag: string, colour: string | undefined): Promise<void>;
}

export function hasTagColours(store: AnnotationStore): store is AnnotationStore & TagColourStore {
  return 'tagColours' in store && 'setTagColour' in store;
}

/** The canvas an annotation targets (its first target's source, without fragment). */
export function canvasIdOf(annotation: W3CAnnotation): string | undefined {
  const [target] = listOf(annotation.target);
  return idOf(targetSource(target))?.split('#')[0];
}

/** The store's annotations of each canvas, by canvas id: none for a canvas it cannot list, or with no store. */
export async function listByCanvas(store: AnnotationStore | undefined, canvasIds: readonly string[]): Promise<Map<string, W3CAnnotation[]>> {
  const lists = await Promise.all(canvasIds.map((canvasId) => (store ? store.list(canvasId).catch(() => []) : [])));
  return new Map(canvasIds.map((canvasId, index) => [canvasId, lists[index]]));
}

/** The colours the user gave tags: none when there is no store, it keeps none, or they cannot be read. */
export async function tagColoursIn(store: AnnotationStore | undefined): Promise<TagColours> {
  return store && hasTagColours(store) ? store.tagColours().catch(() => ({})) : {};
}
