import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { Slot } from '@vellum/engine';

/** How long the view must rest before its zoom is announced, so that a wheel or a pinch is read once. */
const restDelay = 600;

/** The zoom the user comes to rest at, as a percentage of the canvas's full size, for a polite live region. */
export class ZoomAnnouncer implements ReactiveController {
  /** The percentage to announce; undefined until the user zooms on the canvas on show. */
  percent?: number;
  #shownPercent?: number;
  #timer?: ReturnType<typeof setTimeout>;

  constructor(
    private readonly host: ReactiveControllerHost,
    private readonly surfaceWidth: () => number,
  ) {
    host.addController(this);
  }

  hostDisconnected() {
    clearTimeout(this.#timer);
  }

  /** A canvas has come on show: its first view is where zooming starts from, not news. */
  shown(slot: Slot) {
    clearTimeout(this.#timer);
    this.percent = undefined;
    this.#shownPercent = this.#percentOf(slot);
  }

  /** The user moved the view: once it rests, a zoom that changed is announced. */
  moved(slot: Slot) {
    clearTimeout(this.#timer);
    this.#timer = setTimeout(() => {
      const percent = this.#percentOf(slot);
      if (percent === (this.percent ?? this.#shownPercent)) return;
      this.percent = percent;
      this.host.requestUpdate();
    }, restDelay);
  }

  #percentOf(slot: Slot): number {
    return Math.round((this.surfaceWidth() / slot.viewport.width) * 100);
  }
}
