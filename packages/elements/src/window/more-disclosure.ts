import { html, type LitElement } from 'lit';
import { icons } from '../icons/icons.js';

/** A narrow window's own buttons, behind one button that shows and hides them (the disclosure pattern). */
export class MoreDisclosure {
  readonly #host: LitElement;
  #open = false;

  constructor(host: LitElement) {
    this.#host = host;
  }

  get #button() {
    return this.#host.renderRoot.querySelector<HTMLButtonElement>('[part~="more-button"]');
  }

  #setOpen(open: boolean) {
    this.#open = open;
    this.#host.requestUpdate();
  }

  #close() {
    this.#setOpen(false);
    this.#button?.focus();
  }

  readonly #onButtonClick = async () => {
    this.#setOpen(!this.#open);
    await this.#host.updateComplete;
    if (this.#open) this.#host.renderRoot.querySelector<HTMLButtonElement>('.more button')?.focus();
  };

  readonly #onKeyDown = (event: KeyboardEvent) => {
    if (event.key !== 'Escape') return;
    event.stopPropagation();
    this.#close();
  };

  readonly #onFocusOut = (event: FocusEvent) => {
    const to = event.relatedTarget as Node | null;
    if (!this.#host.renderRoot.querySelector('.more')?.contains(to) && to !== this.#button) this.#setOpen(false);
  };

  readonly #onClick = (event: Event) => {
    if ((event.target as Element).closest('button')) this.#close();
  };

  render(label: string, buttons: unknown) {
    return html`<button
        part="button more-button"
        type="button"
        aria-label=${label}
        title=${label}
        aria-expanded=${String(this.#open)}
        aria-controls="more"
        @click=${this.#onButtonClick}
      >
        ${icons.more}
      </button>
      <div id="more" part="more" class="more" role="group" aria-label=${label} ?hidden=${!this.#open}
        @keydown=${this.#onKeyDown} @focusout=${this.#onFocusOut} @click=${this.#onClick}>
        ${buttons}
      </div>`;
  }
}
