import type { ReactiveController, ReactiveControllerHost } from 'lit';

/** Below this width, in ems of the host's font, a window gathers its own buttons under one "more" button. */
const NARROW_EM = 26;

/** Tells whether its host is narrow, and updates the host when that changes. */
export class NarrowController implements ReactiveController {
  narrow = false;
  readonly #host: ReactiveControllerHost & HTMLElement;
  readonly #observer = new ResizeObserver(([entry]) => {
    const narrow = entry.contentRect.width > 0 && entry.contentRect.width < NARROW_EM * parseFloat(getComputedStyle(this.#host).fontSize);
    if (narrow === this.narrow) return;
    this.narrow = narrow;
    this.#host.requestUpdate();
  });

  constructor(host: ReactiveControllerHost & HTMLElement) {
    this.#host = host;
    host.addController(this);
  }

  hostConnected() {
    this.#observer.observe(this.#host);
  }

  hostDisconnected() {
    this.#observer.disconnect();
  }
}
