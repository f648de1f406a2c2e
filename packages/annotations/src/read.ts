import { readBodies } from './body.js';
import { colourOf } from './colour.js';
import { idOf, isRecord, listOf, typeOf } from './json.js';
import { mergeSets, type AnnotationSet, type CanvasRef, type ReadOptions, type SkipReason, type ViewerAnnotation } from './model.js';
import { placeTarget } from './target.js';

/** Presentation 2 (Open Annotation) motivations such as `oa:commenting` or `sc:painting`, without their prefix. */
function motivationsOf(annotation: Record<string, unknown>): string[] {
  return listOf(annotation.motivation)
    .filter((motivation): motivation is string => typeof motivation === 'string')
    .map((motivation) => motivation.replace(/^(?:oa|sc):/, ''));
}

function readAnnotation(annotation: unknown, index: number, canvas: CanvasRef, options: ReadOptions): ViewerAnnotation | SkipReason | undefined {
  if (!isRecord(annotation)) return 'invalid';
  const motivations = motivationsOf(annotation);
  if (motivations.includes('painting')) return undefined;
  const placed = placeTarget(annotation.target ?? annotation.on, canvas);
  if ('skip' in placed) return placed.skip;
  const read = readBodies(annotation.body ?? annotation.resource, motivations, options);
  if ('skip' in read) return read.skip;
  const id = idOf(annotation) ?? `${canvas.id}#annotation-${index}`;
  const colour = colourOf(annotation);
  return { id, canvasId: canvas.id, motivations, ...placed, ...read, ...(colour && { colour }) };
}

/** The annotations of a page: a Presentation 3 AnnotationPage, a Presentation 2 AnnotationList, a W3C collection page, a list or one annotation. */
export function annotationsOfPage(page: unknown): unknown[] {
  if (Array.isArray(page)) return page;
  if (!isRecord(page)) return [];
  if (/Annotation$/.test(typeOf(page) ?? '')) return [page];
  return listOf(page.items ?? page.resources ?? (isRecord(page.first) ? page.first.items : undefined));
}

/** Reads the annotations of one page for one canvas, in canvas coordinates. Never throws: what cannot be shown is counted. */
export function readAnnotations(page: unknown, canvas: CanvasRef, options: ReadOptions): AnnotationSet {
  const set: AnnotationSet = { annotations: [], skipped: {} };
  annotationsOfPage(page).forEach((annotation, index) => {
    const read = readAnnotation(annotation, index, canvas, options);
    if (typeof read === 'string') set.skipped[read] = (set.skipped[read] ?? 0) + 1;
    else if (read) set.annotations.push(read);
  });
  return set;
}

/** A canvas's annotation pages: Presentation 3 `annotations` and Presentation 2 `otherContent`, embedded or referenced by URL. */
export function annotationPagesOf(canvas: unknown): (string | Record<string, unknown>)[] {
  if (!isRecord(canvas)) return [];
  return listOf(canvas.annotations ?? canvas.otherContent).flatMap((page): (string | Record<string, unknown>)[] => {
    if (!isRecord(page)) return typeof page === 'string' ? [page] : [];
    const embedded = page.items !== undefined || page.resources !== undefined;
    const url = idOf(page);
    return embedded ? [page] : url ? [url] : [];
  });
}

export interface LoadOptions extends ReadOptions {
  fetch?: typeof fetch;
  signal?: AbortSignal;
}

/** Why an annotation page could not be added: the HTTP status, a body that is not JSON, or JSON that holds no annotations. */
export type PageErrorKind = 'network' | 'http' | 'not-json' | 'not-annotation-page';

export class AnnotationPageError extends Error {
  constructor(
    readonly kind: PageErrorKind,
    readonly status?: number,
  ) {
    super(status ? `${kind} ${status}` : kind);
    this.name = 'AnnotationPageError';
  }
}

const pageTypes = /^(?:AnnotationPage|AnnotationCollection|sc:AnnotationList|Annotation)$/;

/** Fetches an annotation page (a W3C/IIIF AnnotationPage or collection, or a Presentation 2 AnnotationList), or rejects with an AnnotationPageError. */
export async function fetchAnnotationPage(url: string, options: Pick<LoadOptions, 'fetch' | 'signal'> = {}): Promise<unknown> {
  let response: Response;
  try {
    response = await (options.fetch ?? fetch)(url, { signal: options.signal });
  } catch (error) {
    if (options.signal?.aborted) throw error;
    throw new AnnotationPageError('network');
  }
  if (!response.ok) throw new AnnotationPageError('http', response.status);
  let json: unknown;
  try {
    json = await response.json();
  } catch {
    throw new AnnotationPageError('not-json');
  }
  if (!pageTypes.test(typeOf(json) ?? '')) throw new AnnotationPageError('not-annotation-page');
  return json;
}

/** Fetches and reads an annotation page from a URL; a page that cannot be fetched or parsed counts as one skipped page. */
export async function loadAnnotationPage(url: string, canvas: CanvasRef, options: LoadOptions): Promise<AnnotationSet> {
  try {
    return readAnnotations(await fetchAnnotationPage(url, options), canvas, options);
  } catch (error) {
    if (options.signal?.aborted) throw error;
    return { annotations: [], skipped: { 'unreadable-page': 1 } };
  }
}

/** A canvas's own pages (Presentation 2 or 3 JSON of the canvas), those referenced fetched; a page that cannot be fetched is undefined. */
export async function loadCanvasPages(canvasJson: unknown, options: Pick<LoadOptions, 'fetch' | 'signal'> = {}): Promise<unknown[]> {
  return Promise.all(
    annotationPagesOf(canvasJson).map(async (page) => {
      if (typeof page !== 'string') return page;
      try {
        return await fetchAnnotationPage(page, options);
      } catch (error) {
        if (options.signal?.aborted) throw error;
        return undefined;
      }
    }),
  );
}

/** Reads loaded pages for a canvas; an undefined page counts as one unreadable page. */
export function readPages(pages: readonly unknown[], canvas: CanvasRef, options: ReadOptions): AnnotationSet {
  return mergeSets(pages.map((page) => (page === undefined ? { annotations: [], skipped: { 'unreadable-page': 1 } } : readAnnotations(page, canvas, options))));
}

/** Every annotation of a canvas's own pages (Presentation 2 or 3 JSON of the canvas), fetching those referenced. */
export async function loadCanvasAnnotations(canvasJson: unknown, canvas: CanvasRef, options: LoadOptions): Promise<AnnotationSet> {
  return readPages(await loadCanvasPages(canvasJson, options), canvas, options);
}
