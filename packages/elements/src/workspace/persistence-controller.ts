import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { Store, Unsubscribe } from '@vellum/state';

const URL_KEY = 'vellum-workspace';

/** What keeping a workspace needs of it. */
export interface PersistenceHost extends ReactiveControllerHost {
  readonly store: Store;
  /** The localStorage key to keep the workspace under, if any. */
  readonly persist?: string;
  /** Whether the workspace lives in the page URL's `#vellum-workspace=` fragment. */
  readonly urlSync: boolean;
  exportState(): string;
  importState(json: string): void;
}

/** Keeps a workspace in the page URL (`url-sync`) and in localStorage (`persist`), and restores it from there. */
export class PersistenceController implements ReactiveController {
  #saveQueued = false;
  #unsubscribe?: Unsubscribe;

  constructor(private readonly host: PersistenceHost) {
    host.addController(this);
  }

  hostConnected() {
    this.#unsubscribe = this.host.store.subscribe(() => this.#queueSave());
  }

  hostDisconnected() {
    this.#unsubscribe?.();
  }

  /** Opens the kept workspace, the URL's before the stored one. */
  restore(): void {
    const { urlSync, persist } = this.host;
    const fromUrl = urlSync ? new URLSearchParams(location.hash.slice(1)).get(URL_KEY) : null;
    const saved = fromUrl ?? (persist && localStorage.getItem(persist));
    if (!saved) return;
    try {
      this.host.importState(saved);
    } catch {
      // A saved workspace this build cannot read is left alone; the workspace starts empty.
    }
  }

  /** Saves at most once a frame, as views move many times a second. */
  #queueSave() {
    if (this.#saveQueued || (!this.host.urlSync && !this.host.persist)) return;
    this.#saveQueued = true;
    requestAnimationFrame(() => {
      this.#saveQueued = false;
      this.#save();
    });
  }

  #save() {
    const { urlSync, persist } = this.host;
    if (urlSync) {
      const url = new URL(location.href);
      url.hash = new URLSearchParams({ [URL_KEY]: this.host.exportState() }).toString();
      history.replaceState(history.state, '', url);
    }
    if (!persist) return;
    try {
      localStorage.setItem(persist, this.host.exportState());
    } catch {
      // Storage full or denied: the workspace still works, it just is not kept.
    }
  }
}
