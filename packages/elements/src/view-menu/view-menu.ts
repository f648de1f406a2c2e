import { html, LitElement, nothing } from 'lit';
import { property, queryAll, state } from 'lit/decorators.js';
import { actions, type ViewMode } from '@vellum/state';
import { icons } from '../icons/icons.js';
import { WindowStateController } from '../window-state/window-state-controller.js';
import { viewMenuStyles } from './view-menu.styles.js';
import { availableViewModes } from './view-modes.js';

/**
 * @summary The "view" menu button of a window: it lists the view modes that can be shown and switches the window's mode.
 * The menu follows the ARIA menu button pattern (Enter, Space or ↓ open it; ↑/↓, Home/End move; Escape closes).
 *
 * @csspart button - The menu button.
 * @csspart menu - The list of modes.
 * @csspart item - Each mode; the current one has aria-checked="true".
 *
 * @cssprop --vellum-accent - The chosen mode's mark and the focus ring.
 * @cssprop --vellum-accent-background - Background of the open button and of the focused item.
 * @cssprop --vellum-background - Background of the menu.
 */
export class VellumViewMenu extends LitElement {
  static override styles = viewMenuStyles;

  readonly #windowState = new WindowStateController(this);

  @state() private open = false;

  @queryAll('[role="menuitemradio"]') private items!: NodeListOf<HTMLButtonElement>;

  /** The window whose view mode the menu shows and changes. */
  @property({ attribute: 'window-id' }) windowId = '';

  get #mode(): ViewMode {
    return this.#windowState.window?.viewMode ?? 'detail';
  }

  async #show(focus: 'current' | 'first' | 'last') {
    this.open = true;
    await this.updateComplete;
    const items = [...this.items];
    const target = focus === 'first' ? items[0] : focus === 'last' ? items.at(-1) : items.find((item) => item.ariaChecked === 'true');
    (target ?? items[0])?.focus();
  }

  #hide() {
    this.open = false;
    this.renderRoot.querySelector<HTMLButtonElement>('[part="button"]')?.focus();
  }

  #choose(mode: ViewMode) {
    this.#windowState.dispatch(actions.setViewMode(this.windowId, mode));
    this.#hide();
  }

  readonly #onButtonKey = (event: KeyboardEvent) => {
    if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      event.preventDefault();
      void this.#show(event.key === 'ArrowDown' ? 'first' : 'last');
    }
  };

  readonly #onMenuKey = (event: KeyboardEvent) => {
    const items = [...this.items];
    const at = items.indexOf(this.renderRoot.querySelector(':focus') as HTMLButtonElement);
    const moves: Record<string, number> = { ArrowDown: at + 1, ArrowUp: at - 1, Home: 0, End: items.length - 1 };
    if (event.key in moves) {
      items[(moves[event.key] + items.length) % items.length]?.focus();
    } else if (event.key === 'Escape' || event.key === 'Tab') {
      if (event.key === 'Tab') this.open = false;
      else this.#hide();
    } else return;
    if (event.key !== 'Tab') event.preventDefault();
    event.stopPropagation();
  };

  readonly #onFocusOut = (event: FocusEvent) => {
    if (!this.renderRoot.contains(event.relatedTarget as Node | null)) this.open = false;
  };

  override render() {
    const { msg } = this.#windowState.localizer;
    const current = this.#mode;
    return html`<button
        part="button"
        type="button"
        aria-haspopup="menu"
        aria-expanded=${String(this.open)}
        aria-label=${msg('view.menu')}
        title=${msg('view.menu')}
        @click=${() => (this.open ? this.#hide() : void this.#show('current'))}
        @keydown=${this.#onButtonKey}
      >
        ${icons.views}
      </button>
      ${this.open
        ? html`<div part="menu" role="menu" aria-label=${msg('view.menu')} @keydown=${this.#onMenuKey} @focusout=${this.#onFocusOut}>
            ${availableViewModes().map(
              (mode) => html`<button
                part="item"
                type="button"
                role="menuitemradio"
                tabindex="-1"
                aria-checked=${String(mode === current)}
                @click=${() => this.#choose(mode)}
              >
                ${msg(`view.${mode}`)}
              </button>`,
            )}
          </div>`
        : nothing}`;
  }
}
