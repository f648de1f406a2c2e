import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { IIIFError, loadResource, type ResourceTarget, type ViewerManifest } from '@vellum/iiif';
import { EmptyCollectionError, errorKindOf, errorMessageOf } from '../errors/error-kind.js';
import { VellumErrorEvent, VellumManifestLoadEvent, type VellumErrorKind } from '../events/events.js';

export type ManifestStatus = 'empty' | 'loading' | 'ready' | 'error';

/** How many content states in a row a window follows (one leading to another) before it gives up. */
const MAX_FOLLOWED = 4;

/**
 * Loads one manifest at a time for its host, cancelling a load that a newer one replaces. A URL that answers with a
 * content state is handed to `onContentState`, which opens what it names; the load after that continues the chain.
 */
export class ManifestController implements ReactiveController {
  status: ManifestStatus = 'empty';
  manifest?: ViewerManifest;
  errorKind?: VellumErrorKind;
  #source?: string | object;
  #abort?: AbortController;
  /** The content-state URLs followed to reach the source now loading, and the manifest URLs the last one named. */
  #followed: string[] = [];
  #named: string[] = [];

  /** `onReady` runs when a manifest is ready, before vellum-manifest-load fires. */
  constructor(
    private readonly host: ReactiveControllerHost & HTMLElement,
    private readonly onReady: (manifest: ViewerManifest) => void,
    private readonly onContentState: (targets: ResourceTarget[]) => void,
  ) {
    host.addController(this);
  }

  hostDisconnected() {
    this.#abort?.abort();
    this.#source = undefined;
  }

  /** Starts loading unless this source is already loaded or loading. Resolves when the load settles. */
  async load(source: string | object | undefined, languages: readonly string[]): Promise<void> {
    if (source === this.#source) return;
    if (typeof source !== 'string' || !this.#named.includes(source)) this.#followed = [];
    this.#source = source;
    this.#abort?.abort();
    this.manifest = undefined;
    this.errorKind = undefined;
    if (!source) {
      this.#set('empty');
      return;
    }
    const abort = (this.#abort = new AbortController());
    this.#set('loading');
    try {
      const manifest = await this.#loadManifest(source, languages, abort.signal);
      if (abort.signal.aborted || !manifest) return;
      this.manifest = manifest;
      this.#set('ready');
      this.onReady(manifest);
      this.host.dispatchEvent(new VellumManifestLoadEvent(manifest));
    } catch (error) {
      if (abort.signal.aborted) return;
      this.errorKind = errorKindOf(error);
      this.#set('error');
      this.host.dispatchEvent(new VellumErrorEvent(this.errorKind, errorMessageOf(error)));
    }
  }

  /**
   * The manifest to show (a collection's first), or undefined when the source was a content state now being followed.
   * `within` are the collections that led here, so that one listing itself ends in an error.
   */
  async #loadManifest(source: string | object, languages: readonly string[], signal: AbortSignal, within: string[] = []): Promise<ViewerManifest | undefined> {
    const resource = await loadResource(source, { languages, signal });
    if (resource.type === 'Manifest') return resource.manifest;
    if (resource.type === 'ContentState') {
      this.#follow(String(source), resource.targets);
      return undefined;
    }
    const first = resource.collection.items.find((item) => item.type === 'Manifest');
    if (!first) throw new EmptyCollectionError();
    const path = [...within, resource.collection.id, ...(typeof source === 'string' ? [source] : [])];
    if (path.includes(first.id)) throw new IIIFError('not-iiif', `The collection ${first.id} lists itself as a manifest.`, { url: first.id });
    return this.#loadManifest(first.id, languages, signal, path);
  }

  #follow(url: string, targets: ResourceTarget[]) {
    this.#followed.push(url);
    this.#named = targets.map((target) => target.manifestUrl);
    if (this.#followed.length > MAX_FOLLOWED || this.#named.some((named) => this.#followed.includes(named))) {
      throw new IIIFError('not-iiif', `The content state at ${url} leads back to itself.`, { url });
    }
    this.onContentState(targets);
  }

  #set(status: ManifestStatus) {
    this.status = status;
    this.host.requestUpdate();
  }
}

