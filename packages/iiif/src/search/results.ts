import { asArray, asObjects, asString, idOf, isObject, type JsonObject } from '../json.js';
import { linkUrl, SERVICE_SCHEMES } from '../link-url.js';
import type { Rect, Size } from '../model.js';
import { parseXywh } from '../rect.js';

/** One place a search found: its canvas, its boxes there (a phrase may span lines), and the text around it. */
export interface SearchHit {
  id: string;
  canvasId: string;
  rects: Rect[];
  before: string;
  match: string;
  after: string;
}

/** One page of search results: the hits, the total the service reports, and where the next page is. */
export interface SearchResults {
  hits: SearchHit[];
  total?: number;
  next?: string;
}

/** The canvases a search may point at, by id, with their sizes (for percent fragments). */
export type CanvasSizes = ReadonlyMap<string, Size>;

/** A page holds at most this many hits; a longer answer is cut (the next page still follows). */
export const MAX_HITS_PER_PAGE = 2000;
const MAX_CONTEXT_LENGTH = 500;

interface Located {
  canvasId: string;
  rect?: Rect;
  text: string;
}

const countOf = (value: unknown) => (typeof value === 'number' && Number.isInteger(value) && value >= 0 ? value : undefined);
const clip = (text: string, fromEnd = false) => (text.length <= MAX_CONTEXT_LENGTH ? text : fromEnd ? text.slice(-MAX_CONTEXT_LENGTH) : text.slice(0, MAX_CONTEXT_LENGTH));
const textOf = (value: unknown) => clip(asString(value)?.replace(/\s+/g, ' ') ?? '');

/** Where an annotation's target is: `canvas#xywh=…` or a SpecificResource with a FragmentSelector, on a known canvas. */
function locate(target: unknown, canvases: CanvasSizes): Omit<Located, 'text'> | undefined {
  const first = asArray(target)[0];
  const reference = isObject(first) && first.source !== undefined ? idOf(first.source) : idOf(first);
  if (!reference) return undefined;
  const [canvasId, fragment = ''] = reference.split('#');
  const size = canvases.get(canvasId);
  if (!size) return undefined;
  const selectors = isObject(first) ? asObjects(first.selector) : [];
  const xywh = selectors.map((selector) => asString(selector.value)).find((value) => value?.includes('xywh=')) ?? fragment;
  const rect = parseXywh(xywh, size);
  return { canvasId, ...(rect ? { rect } : {}) };
}

function bodyText(body: unknown): string {
  const first = asArray(body)[0];
  return isObject(first) ? textOf(first.value ?? first.chars) : '';
}

/** The located annotations of a page, by id, in order. */
function located(annotations: JsonObject[], target: string, body: string, canvases: CanvasSizes): Map<string, Located> {
  const byId = new Map<string, Located>();
  for (const annotation of annotations.slice(0, MAX_HITS_PER_PAGE)) {
    const id = idOf(annotation);
    const place = locate(annotation[target], canvases);
    if (id && place) byId.set(id, { ...place, text: bodyText(annotation[body]) });
  }
  return byId;
}

/** A hit over the annotations it names (those on another canvas than the first are left out). */
function hitOver(id: string, parts: Located[], context: { before: string; match: string; after: string }): SearchHit {
  const { canvasId } = parts[0];
  const rects = parts.filter((part) => part.canvasId === canvasId && part.rect).map((part) => part.rect!);
  return { id, canvasId, rects, ...context, match: context.match || parts.map((part) => part.text).join(' ') };
}

/** Hits with context first, then every annotation no hit named, as a hit of its own. */
function hitsOf(byId: Map<string, Located>, contexts: { id: string; sources: string[]; before: string; match: string; after: string }[]): SearchHit[] {
  const named = new Set<string>();
  const hits: SearchHit[] = [];
  for (const { id, sources, ...context } of contexts) {
    const parts = sources.flatMap((source) => byId.get(source) ?? []);
    if (!parts.length) continue;
    sources.forEach((source) => named.add(source));
    hits.push(hitOver(id, parts, context));
  }
  for (const [id, part] of byId) if (!named.has(id)) hits.push(hitOver(id, [part], { before: '', match: '', after: '' }));
  return hits.slice(0, MAX_HITS_PER_PAGE);
}

function quoteOf(target: JsonObject): { before: string; match: string; after: string } {
  const quote = asObjects(target.selector).find((selector) => selector.type === 'TextQuoteSelector');
  return { before: textOf(quote?.prefix).trim(), match: textOf(quote?.exact), after: textOf(quote?.suffix).trim() };
}

/** Content Search 2.0: `items` are the matching annotations, `annotations` the contextualizing ones that quote them. */
function results2(json: JsonObject, canvases: CanvasSizes): SearchResults {
  const byId = located(asObjects(json.items), 'target', 'body', canvases);
  const contexts = asObjects(json.annotations)
    .flatMap((page) => asObjects(page.items))
    .slice(0, MAX_HITS_PER_PAGE)
    .flatMap((annotation) => {
      const targets = asArray(annotation.target);
      const sources = targets.flatMap((target) => (isObject(target) ? idOf(target.source) : idOf(target)) ?? []);
      const quoted = asObjects(annotation.target)[0];
      return sources.length ? [{ id: idOf(annotation) ?? sources.join(' '), sources, ...(quoted ? quoteOf(quoted) : { before: '', match: '', after: '' }) }] : [];
    });
  const partOf = asObjects(json.partOf)[0];
  return { hits: hitsOf(byId, contexts), total: countOf(partOf?.total), next: linkUrl(idOf(json.next), SERVICE_SCHEMES) };
}

/** Content Search 1.0 (and 0.9): `resources` are the matching annotations, `hits` group them with their context. */
function results1(json: JsonObject, canvases: CanvasSizes): SearchResults {
  const byId = located(asObjects(json.resources), 'on', 'resource', canvases);
  const contexts = asObjects(json.hits)
    .slice(0, MAX_HITS_PER_PAGE)
    .map((hit, index) => {
      const sources = asArray(hit.annotations).flatMap((source) => idOf(source) ?? []);
      return { id: sources[0] ?? `hit-${index}`, sources, before: textOf(hit.before).trim(), match: textOf(hit.match), after: textOf(hit.after).trim() };
    });
  const within = asObjects(json.within)[0];
  return { hits: hitsOf(byId, contexts), total: countOf(within?.total), next: linkUrl(idOf(json.next), SERVICE_SCHEMES) };
}

/** A search answer as hits on the given canvases; undefined when it is neither a 2.0 AnnotationPage nor a 1.0 AnnotationList. */
export function readSearchResults(json: unknown, canvases: CanvasSizes): SearchResults | undefined {
  if (!isObject(json)) return undefined;
  const type = asString(json.type) ?? asArray(json['@type']).find((value) => typeof value === 'string');
  if (type === 'AnnotationPage' || Array.isArray(json.items)) return results2(json, canvases);
  if (type === 'sc:AnnotationList' || Array.isArray(json.resources)) return results1(json, canvases);
  return undefined;
}

/** Autocomplete terms: `items[].value` (2.0) or `terms[].match` (1.0), at most `limit`. */
export function readSuggestions(json: unknown, limit = 10): string[] {
  if (!isObject(json)) return [];
  const terms = [...asObjects(json.items).map((item) => item.value), ...asObjects(json.terms).map((term) => term.match)];
  return [...new Set(terms.flatMap((term) => textOf(term) || []))].slice(0, limit);
}
