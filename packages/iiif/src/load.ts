import { IIIFError } from './errors.js';
import { fetchJson } from './fetch-json.js';
import { idOf, typeOf, type JsonObject } from './json.js';
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

interface VaultRef {
  id: string;
  type: 'Manifest' | 'Collection';
  url?: string;
}

const defaultTimeoutMs = 30_000;
const requests = new Map<string, Promise<VaultRef>>();

function addToVault(json: unknown, url?: string): VaultRef {
  const v3 = toPresentation3(json, url);
  const ref = { id: idOf(v3) ?? '', type: typeOf(v3) === 'Collection' ? 'Collection' : 'Manifest', url } as const;
  try {
    if (ref.type === 'Collection') vault.loadCollectionSync(ref.id, v3);
    else vault.loadManifestSync(ref.id, v3);
  } catch (cause) {
    throw new IIIFError('not-iiif', `This ${ref.type} is not valid IIIF and cannot be read.`, { url, cause });
  }
  return ref;
}

function request(url: string, timeoutMs: number): Promise<VaultRef> {
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

function viewModel(ref: VaultRef, languages: readonly string[]): LoadedResource {
  const json = vault.toPresentation3<JsonObject>({ id: ref.id, type: ref.type });
  return ref.type === 'Collection'
    ? { type: 'Collection', collection: buildCollection(json) }
    : { type: 'Manifest', manifest: buildManifest(json, { url: ref.url, languages }) };
}

/**
 * Loads a Presentation 2 or 3 Manifest or Collection, from a URL or from parsed JSON, into the shared
 * `vault`, and returns its view model. A URL is fetched once however often it is loaded (a failed
 * request is forgotten, so it can be retried). Rejects with an IIIFError, or with the signal's reason
 * when `signal` aborts.
 */
export async function loadResource(source: string | object, options: LoadOptions = {}): Promise<LoadedResource> {
  const languages = options.languages ?? [];
  const ref =
    typeof source === 'string'
      ? await untilAborted(request(source, options.timeoutMs ?? defaultTimeoutMs), options.signal)
      : addToVault(source);
  options.signal?.throwIfAborted();
  return viewModel(ref, languages);
}
