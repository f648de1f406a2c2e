import type { ReactiveController, ReactiveControllerHost } from 'lit';

/** The element that has the focus, looked for through open shadow roots. */
function focusedElement(): HTMLElement | undefined {
  let focused = document.activeElement;
  while (focused?.shadowRoot?.activeElement) focused = focused.shadowRoot.activeElement;
  return focused instanceof HTMLElement && focused !== document.body ? focused : undefined;
}

/**
 * Gives the focus back to the control that opened a panel or popup when it closes and takes the focus with it
 * (its close button, say): the reader carries on from where they were instead of from the top of the page.
 */
export class FocusReturn implements ReactiveController {
  readonly #openers = new Map<string, HTMLElement>();

  constructor(private readonly host: ReactiveControllerHost) {
    host.addController(this);
  }

  hostDisconnected() {
    this.#openers.clear();
  }

  /** A panel or popup opens: the control focused now is where the focus goes back to. */
  opened(name: string) {
    const opener = focusedElement();
    if (opener) this.#openers.set(name, opener);
  }

  closed(name: string) {
    const opener = this.#openers.get(name);
    this.#openers.delete(name);
    if (!opener) return;
    this.host.requestUpdate();
    void this.host.updateComplete.then(() => {
      if (opener.isConnected && !focusedElement()) opener.focus();
    });
  }
}
