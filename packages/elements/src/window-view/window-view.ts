import { consume } from '@lit/context';
import { LitElement } from 'lit';
import { property, state } from 'lit/decorators.js';
import type { ViewerManifest } from '@vellum/iiif';
import { selectWindow, type Store, type Unsubscribe } from '@vellum/state';
import { localizerContext, storeContext } from '../context/contexts.js';
import { Localizer } from '../i18n/index.js';

/**
 * What the views of one store window share (portfolio, medium resolution, continuous): the store and localizer from
 * context, the window's current canvas as the store has it, and the size of the element `sizedElement` names.
 */
export class WindowView extends LitElement {
  @consume({ context: storeContext })
  store?: Store;

  @consume({ context: localizerContext, subscribe: true })
  localizer = new Localizer();

  /** The window this view shows, by its id in the store. */
  @property({ attribute: 'window-id' }) windowId = '';
  /** The manifest whose canvases are shown. */
  @property({ attribute: false }) manifest?: ViewerManifest;

  /** The window's current canvas, followed in the store. */
  @state() protected canvasId: string | null = null;
  /** The size of `sizedElement` in CSS pixels. */
  @state() protected box = { width: 0, height: 0 };

  #unsubscribe?: Unsubscribe;
  readonly #resizeObserver = new ResizeObserver(([entry]) => {
    this.box = { width: entry.contentRect.width, height: entry.contentRect.height };
  });

  /** The element whose size `box` follows, once rendered: the view itself unless a view names one of its parts. */
  protected get sizedElement(): Element {
    return this;
  }

  override connectedCallback() {
    super.connectedCallback();
    const select = selectWindow(this.windowId);
    this.canvasId = (this.store && select(this.store.state)?.canvasId) ?? null;
    this.#unsubscribe = this.store?.select(select, (window) => (this.canvasId = window?.canvasId ?? null));
    if (this.hasUpdated) this.#resizeObserver.observe(this.sizedElement);
  }

  override firstUpdated() {
    this.#resizeObserver.observe(this.sizedElement);
  }

  override disconnectedCallback() {
    super.disconnectedCallback();
    this.#unsubscribe?.();
    this.#resizeObserver.disconnect();
  }
}
