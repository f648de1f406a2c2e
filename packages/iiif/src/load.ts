import { isContentState, readContentState, type ResourceTarget } from './content-state.js';
import { fetchJson } from './fetch-json.js';
import { idOf, typeOf, type JsonObject } from './json.js';
import type { LoadedResource, ViewerCollection } from './model.js';
import { buildCollection, buildManifest } from './model-builder.js';
import { consumeAsPresentation3, toPresentation3 } from './presentation.js';
import { checkStructure } from './structure.js';
import { fillVault } from './vault-fill.js';

export interface LoadOptions {
  /** Fetch time limit in milliseconds (default 30 s). Applies to the shared request for this URL. */
  timeoutMs?: number;
  /** Aborts this caller's wait with the signal's reason; the shared request goes on for other callers. */
  signal?: AbortSignal;
  /** The user's languages, in preference order; they pick among Choice items and word error messages. */
  languages?: readonly string[];
}

interface Loaded {
  id: string;
  type: 'Manifest' | 'Collection';
  url?: string;
  json: JsonObject;
}

/** What a URL answered: a resource, or a content state to follow (only a URL can answer one: Content State §2.2.4). */
type Fetched = Loaded | { type: 'ContentState'; targets: ResourceTarget[] };

const defaultTimeoutMs = 30_000;
const requests = new Map<string, Promise<Fetched>>();

/**
 * Any Presentation 2 or 3 resource as Presentation 3, checked up front so that the vault accepts it
 * later. JSON this package fetched is `consumed` (upgraded in place); the caller's JSON is not.
 */
function readResource(source: unknown, url?: string, consumed = false): Loaded {
  const json = consumed ? consumeAsPresentation3(source, url) : toPresentation3(source, url);
  checkStructure(json, url);
  return { id: idOf(json) ?? '', type: typeOf(json) === 'Collection' ? 'Collection' : 'Manifest', url, json };
}

function readFetched(json: unknown, url: string): Fetched {
  return isContentState(json) ? { type: 'ContentState', targets: readContentState(json) } : readResource(json, url, true);
}

function request(url: string, timeoutMs: number): Promise<Fetched> {
  let pending = requests.get(url);
  if (!pending) {
    pending = fetchJson(url, timeoutMs).then((json) => readFetched(json, url));
    pending.catch(() => requests.delete(url));
    requests.set(url, pending);
  }
  return pending;
}

function untilAborted<T>(promise: Promise<T>, signal?: AbortSignal): Promise<T> {
  if (!signal) return promise;
  if (signal.aborted) return Promise.reject(signal.reason);
  return new Promise((resolve, reject) => {
    const abort = () => reject(signal.reason);
    signal.addEventListener('abort', abort, { once: true });
    promise.then(resolve, reject).finally(() => signal.removeEventListener('abort', abort));
  });
}

function viewModel({ type, json, url }: Loaded, languages: readonly string[]): LoadedResource {
  return type === 'Collection'
    ? { type: 'Collection', collection: buildCollection(json) }
    : { type: 'Manifest', manifest: buildManifest(json, { url, languages }) };
}

async function loadRaw(source: string | object, options: LoadOptions): Promise<Fetched> {
  const loaded =
    typeof source === 'string'
      ? await untilAborted(request(source, options.timeoutMs ?? defaultTimeoutMs), options.signal)
      : readResource(source);
  options.signal?.throwIfAborted();
  return loaded;
}

/**
 * Loads a Presentation 2 or 3 Manifest or Collection, from a URL or from parsed JSON, and returns its
 * view model; a URL that answers with a content state resolves to its targets, for the caller to open. The resource then goes into the shared `vault` in idle time: await
 * `vaultReady(id)` before reading it there. A URL is fetched once however often it is loaded (a
 * failed request is forgotten, so it can be retried). JSON passed in is never changed. Rejects with
 * an IIIFError, or with the signal's reason when `signal` aborts.
 */
export async function loadResource(source: string | object, options: LoadOptions = {}): Promise<LoadedResource> {
  const loaded = await loadRaw(source, options);
  if (loaded.type === 'ContentState') return loaded;
  const resource = viewModel(loaded, options.languages ?? []);
  fillVault(loaded.id, loaded.type, loaded.json);
  return resource;
}

/**
 * Loads a resource as `loadResource` does (sharing its request), but builds a view model only for a Collection:
 * resolves the Collection's model, or undefined for a Manifest (or a content state), which `loadResource` reads.
 */
export async function loadCollection(source: string | object, options: LoadOptions = {}): Promise<ViewerCollection | undefined> {
  const loaded = await loadRaw(source, options);
  if (loaded.type !== 'Collection') return undefined;
  fillVault(loaded.id, loaded.type, loaded.json);
  return buildCollection(loaded.json);
}
