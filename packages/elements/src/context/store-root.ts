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

  /** The UI strings in the language `language` and the browser choose, given to the windows through context. */
  @provide({ context: localizerContext })
  localizer = new Localizer(preferredLanguages());

  /** The UI language and the first choice for IIIF language maps; the browser's languages follow. */
  @property({ reflect: true }) language?: string;

  override connectedCallback() {
    super.connectedCallback();
    void loadEngine().catch(() => undefined);
  }

  override willUpdate(changed: PropertyValues<this>) {
    if (changed.has('language')) this.localizer = new Localizer(preferredLanguages(this.language));
  }
}
