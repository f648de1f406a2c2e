import { fetchJson } from '../fetch-json.js';
import { IIIFError } from '../errors.js';
import type { SearchService } from '../model.js';
import { readSearchResults, readSuggestions, type CanvasSizes, type SearchResults } from './results.js';

const TIMEOUT_MS = 20_000;

/** The request for `q` at a service (or autocomplete) id, which may carry a query string of its own. */
export function queryUrl(serviceId: string, q: string): string {
  const url = new URL(serviceId);
  url.searchParams.set('q', q);
  return url.href;
}

/** One page of results from a search or `next` URL; rejects with IIIFError, and 'not-iiif' for an answer that is no search result. */
export async function fetchResults(url: string, canvases: CanvasSizes, signal?: AbortSignal): Promise<SearchResults> {
  const results = readSearchResults(await fetchJson(url, TIMEOUT_MS, signal), canvases);
  if (!results) throw new IIIFError('not-iiif', `The search service at ${url} did not answer with search results.`, { url });
  return results;
}

/** The first page of results for a query. */
export function search(service: SearchService, query: string, canvases: CanvasSizes, signal?: AbortSignal): Promise<SearchResults> {
  return fetchResults(queryUrl(service.id, query), canvases, signal);
}

/** The terms the service's autocomplete offers for what has been typed; none when it has no autocomplete. */
export async function suggest(service: SearchService, typed: string, signal?: AbortSignal): Promise<string[]> {
  if (!service.autocomplete) return [];
  return readSuggestions(await fetchJson(queryUrl(service.autocomplete, typed), TIMEOUT_MS, signal));
}
