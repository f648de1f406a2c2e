import type { ReactiveController, ReactiveControllerHost } from 'lit';

/** Tracks and toggles full screen for the element `target` gives. */
export class FullscreenController implements ReactiveController {
  constructor(
    private readonly host: ReactiveControllerHost & HTMLElement,
    private readonly target: () => HTMLElement,
  ) {
    host.addController(this);
  }

  get active(): boolean {
    return document.fullscreenElement === this.target();
  }

  hostConnected() {
    document.addEventListener('fullscreenchange', this.#onChange);
  }

  hostDisconnected() {
    document.removeEventListener('fullscreenchange', this.#onChange);
  }

  /** Resolves once the browser has switched; a refusal (no user gesture, not allowed) leaves things as they were. */
  async toggle(): Promise<void> {
    try {
      if (this.active) await document.exitFullscreen();
      else await this.target().requestFullscreen();
    } catch {
      // The browser refused; the button state follows document.fullscreenElement, so nothing is out of sync.
    }
  }

  readonly #onChange = () => this.host.requestUpdate();
}
