import { provide } from '@lit/context';
import { LitElement, type PropertyValues } from 'lit';
import { property } from 'lit/decorators.js';
import { Store } from '@vellum/state';
import { Localizer, preferredLanguages } from '../i18n/index.js';
import { localizerContext, storeContext } from './contexts.js';
import { defaultEngine, engineContext, loadEngine, type VellumEngine } from './engine.js';

/**
 * The element that holds a store and its windows (the viewer, the workspace): it gives every element inside the
 * store, the tile engine and the UI strings, and starts loading the engine as it connects, while manifests load.
 */
export class StoreRoot extends LitElement {
  /** The store of the windows, their layout and sync groups: read `store.state`, subscribe, or dispatch @vellum/state actions. */
  @provide({ context: storeContext })
  readonly store = new Store();

  /** The tile engine of the deep zoom views, given to them through context; every root shares one by default. */
  @provide({ context: engineContext })
  engine: VellumEngine = defaultEngine;

  /** The UI strings for the reader's languages (`language`, the browser's, the page's `lang`), given through context. */
  @provide({ context: localizerContext })
  localizer = new Localizer(preferredLanguages());

  /** The UI language and the first choice for IIIF language maps; the browser's languages and the page's `lang` follow. */
  @property({ reflect: true }) language?: string;

  override connectedCallback() {
    super.connectedCallback();
    void loadEngine().catch(() => undefined);
  }

  override willUpdate(changed: PropertyValues<this>) {
    if (changed.has('language') || !this.hasUpdated) this.#speak(preferredLanguages(this.language, this.parentElement?.closest('[lang]')?.getAttribute('lang')));
  }

  /** Speaks the reader's languages: at once with the catalogs loaded, then in the best one once it has loaded. */
  #speak(languages: string[]) {
    this.#use(new Localizer(languages));
    if (!this.localizer.pending) return;
    Localizer.load(languages).then(
      (localizer) => this.localizer.languages === languages && this.#use(localizer),
      () => undefined,
    );
  }

  /** The chrome takes the language and direction of its UI, whatever those of the page or of a book. */
  #use(localizer: Localizer) {
    this.localizer = localizer;
    this.lang = localizer.uiLanguage;
    this.dir = localizer.dir;
    this.requestUpdate();
  }
}
