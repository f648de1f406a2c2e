import { isRecord, listOf, typeOf } from './json.js';
import { annotationsOfPage } from './read.js';
import { canvasIdOf, type AnnotationStore, type W3CAnnotation } from './store.js';

const iiifContext = 'http://iiif.io/api/presentation/3/context.json';
const w3cContext = 'http://www.w3.org/ns/anno.jsonld';

export type ExchangeFormat = 'iiif' | 'w3c';

/** Annotations as one AnnotationPage: with the IIIF Presentation 3 context, or the W3C Web Annotation one. */
export function exportAnnotationPage(annotations: readonly W3CAnnotation[], format: ExchangeFormat, id: string): string {
  const items = annotations.map(({ '@context': _context, ...annotation }) => annotation);
  return JSON.stringify({ '@context': format === 'iiif' ? iiifContext : w3cContext, id, type: 'AnnotationPage', items }, null, 2);
}

/** The annotations of loaded pages that can be exchanged as W3C annotations of one canvas (a later one replaces an earlier one with the same id). */
export function exchangeableAnnotations(pages: readonly unknown[], canvasId: string): W3CAnnotation[] {
  const byId = new Map<string, W3CAnnotation>();
  for (const item of pages.flatMap(annotationsOfPage)) {
    if (!problemOf(item) && canvasIdOf(item as W3CAnnotation) === canvasId) byId.set((item as W3CAnnotation).id, item as W3CAnnotation);
  }
  return [...byId.values()];
}

/** Why an annotation file was refused: the whole file is refused, so nothing changes. */
export type ImportFailure =
  | { reason: 'not-json' }
  | { reason: 'no-annotations' }
  | { reason: 'invalid-annotation'; index: number; problem: 'not-an-annotation' | 'no-id' | 'no-canvas-target' };

export type ImportParse = { annotations: W3CAnnotation[] } | ImportFailure;

function itemsOf(json: unknown): unknown[] | undefined {
  if (Array.isArray(json)) return json;
  const type = typeOf(json);
  if (type === 'Annotation') return [json];
  if (!isRecord(json)) return undefined;
  if (type === 'AnnotationPage') return listOf(json.items);
  if (type === 'AnnotationCollection' && isRecord(json.first)) return listOf(json.first.items);
  return undefined;
}

function problemOf(item: unknown): Extract<ImportFailure, { index: number }>['problem'] | undefined {
  if (!isRecord(item) || item.type !== 'Annotation') return 'not-an-annotation';
  if (typeof item.id !== 'string' || item.id === '') return 'no-id';
  return canvasIdOf(item as W3CAnnotation) ? undefined : 'no-canvas-target';
}

/** Reads a W3C or IIIF annotation file (an AnnotationPage, an AnnotationCollection, a list or one annotation); all valid or refused. */
export function parseAnnotationFile(text: string): ImportParse {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    return { reason: 'not-json' };
  }
  const items = itemsOf(json);
  if (!items || items.length === 0) return { reason: 'no-annotations' };
  for (const [index, item] of items.entries()) {
    const problem = problemOf(item);
    if (problem) return { reason: 'invalid-annotation', index, problem };
  }
  return { annotations: items as W3CAnnotation[] };
}

/** Imports a file into a store in one write; a refused file changes nothing. */
export async function importAnnotationFile(store: AnnotationStore, text: string): Promise<ImportParse> {
  const parsed = parseAnnotationFile(text);
  if ('annotations' in parsed) await store.putAll(parsed.annotations);
  return parsed;
}
