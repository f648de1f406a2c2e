import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { loadResource, type ViewerManifest } from '@vellum/iiif';
import { EmptyCollectionError, errorKindOf, errorMessageOf } from '../errors/error-kind.js';
import { VellumErrorEvent, VellumManifestLoadEvent, type VellumErrorKind } from '../events/events.js';

export type ManifestStatus = 'empty' | 'loading' | 'ready' | 'error';

/** Loads one manifest at a time for its host, cancelling a load that a newer one replaces. */
export class ManifestController implements ReactiveController {
  status: ManifestStatus = 'empty';
  manifest?: ViewerManifest;
  errorKind?: VellumErrorKind;
  #source?: string | object;
  #abort?: AbortController;

  /** `onReady` runs when a manifest is ready, before vellum-manifest-load fires. */
  constructor(
    private readonly host: ReactiveControllerHost & HTMLElement,
    private readonly onReady: (manifest: ViewerManifest) => void,
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
      if (abort.signal.aborted) return;
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

  async #loadManifest(source: string | object, languages: readonly string[], signal: AbortSignal): Promise<ViewerManifest> {
    const resource = await loadResource(source, { languages, signal });
    if (resource.type === 'Manifest') return resource.manifest;
    const first = resource.collection.items.find((item) => item.type === 'Manifest');
    if (!first) throw new EmptyCollectionError();
    return this.#loadManifest(first.id, languages, signal);
  }

  #set(status: ManifestStatus) {
    this.status = status;
    this.host.requestUpdate();
  }
}

