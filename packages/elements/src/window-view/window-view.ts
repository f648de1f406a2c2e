import { LitElement } from 'lit';
import { property, state } from 'lit/decorators.js';
import type { ViewerManifest } from '@vellum/iiif';
import { WindowStateController } from '../window-state/window-state-controller.js';

/**
 * What the views of one store window share (portfolio, medium resolution, continuous): the window's state, its
 * current canvas as the store has it, and the size of the element `sizedElement` names.
 */
export class WindowView extends LitElement {
  protected readonly windowState = new WindowStateController(this, {
    watch: [],
    onChange: (window) => (this.canvasId = window?.canvasId ?? null),
  });

  /** The window's current canvas, followed in the store. */
  @state() protected canvasId: string | null = null;
  /** The size of `sizedElement` in CSS pixels. */
  @state() protected box = { width: 0, height: 0 };

  readonly #resizeObserver = new ResizeObserver(([entry]) => {
    this.box = { width: entry.contentRect.width, height: entry.contentRect.height };
  });

  /** The window this view shows, by its id in the store. */
  @property({ attribute: 'window-id' }) windowId = '';
  /** The manifest whose canvases are shown. */
  @property({ attribute: false }) manifest?: ViewerManifest;

  override connectedCallback() {
    super.connectedCallback();
    this.canvasId = this.windowState.window?.canvasId ?? null;
    if (this.hasUpdated) this.#resizeObserver.observe(this.sizedElement);
  }

  override firstUpdated() {
    this.#resizeObserver.observe(this.sizedElement);
  }

  override disconnectedCallback() {
    super.disconnectedCallback();
    this.#resizeObserver.disconnect();
  }

  /** The element whose size `box` follows, once rendered: the view itself unless a view names one of its parts. */
  protected get sizedElement(): Element {
    return this;
  }
}
