import { IIIFError } from './errors.js';
import { fetchJson } from './fetch-json.js';
import { asObjects, idOf, typeOf, type JsonObject } from './json.js';
import type { LoadedResource } from './model.js';
import { buildCollection, buildManifest } from './model-builder.js';
import { toPresentation3 } from './presentation.js';
import { vault } from './vault.js';

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

const defaultTimeoutMs = 30_000;
const requests = new Map<string, Promise<Loaded>>();
/** The Presentation 3 JSON of every resource loaded, by id. */
const documents = new Map<string, Loaded>();

function loadIntoVault({ id, type, url, json }: Loaded): void {
  try {
    if (type === 'Collection') vault.loadCollectionSync(id, structuredClone(json));
    else vault.loadManifestSync(id, structuredClone(json));
  } catch (cause) {
    throw new IIIFError('not-iiif', `This ${type} is not valid IIIF and cannot be read.`, { url, cause });
  }
}

/**
 * Adds a resource to the vault. The vault merges a Collection's member stubs over Manifests it
 * already holds and resets their fields (viewingDirection, label), so those are loaded again.
 */
function addToVault(source: unknown, url?: string): Loaded {
  const json = toPresentation3(source, url);
  const loaded: Loaded = { id: idOf(json) ?? '', type: typeOf(json) === 'Collection' ? 'Collection' : 'Manifest', url, json };
  loadIntoVault(loaded);
  if (loaded.type === 'Collection') {
    for (const member of asObjects(json.items)) {
      const previous = documents.get(idOf(member) ?? '');
      if (previous) loadIntoVault(previous);
    }
  }
  documents.set(loaded.id, loaded);
  return loaded;
}

function request(url: string, timeoutMs: number): Promise<Loaded> {
  let pending = requests.get(url);
  if (!pending) {
    pending = fetchJson(url, timeoutMs).then((json) => addToVault(json, url));
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

/**
 * Loads a Presentation 2 or 3 Manifest or Collection, from a URL or from parsed JSON, into the shared
 * `vault`, and returns its view model. A URL is fetched once however often it is loaded (a failed
 * request is forgotten, so it can be retried). Rejects with an IIIFError, or with the signal's reason
 * when `signal` aborts.
 */
export async function loadResource(source: string | object, options: LoadOptions = {}): Promise<LoadedResource> {
  const languages = options.languages ?? [];
  const loaded =
    typeof source === 'string'
      ? await untilAborted(request(source, options.timeoutMs ?? defaultTimeoutMs), options.signal)
      : addToVault(source);
  options.signal?.throwIfAborted();
  return viewModel(loaded, languages);
}
