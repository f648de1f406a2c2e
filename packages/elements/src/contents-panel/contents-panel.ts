import { html, LitElement, nothing } from 'lit';
import { property } from 'lit/decorators.js';
import { firstCanvasOf, getText, rangePathTo, type ViewerManifest, type ViewerRange } from '@vellum/iiif';
import { actions } from '@vellum/state';
import { icons } from '../icons/icons.js';
import { WindowStateController, windowIdsOf, windowOf } from '../window-state/window-state-controller.js';
import { contentsPanelStyles } from './contents-panel.styles.js';

const subRanges = (range: ViewerRange) => range.items.flatMap((item) => (item.kind === 'range' ? [item.range] : []));

/** Ranges shown in the contents: `no-nav` ones (and what they hold) are left out, and so are ranges that reach no canvas. */
const listed = (ranges: readonly ViewerRange[]) => ranges.filter((range) => !range.behavior.includes('no-nav') && firstCanvasOf(range));

/**
 * @summary The table of contents of a manifest (its `structures`), nested. The range that holds the current canvas is
 * marked current; activating an entry shows its first canvas, zoomed to the part of it the range names.
 *
 * @csspart heading - The panel title.
 * @csspart close - The close button.
 * @csspart entry - Each entry's button; the current one also has `current`.
 *
 * @cssprop --vellum-accent - The current entry and focus rings.
 * @cssprop --vellum-accent-background - Background of the entry under the pointer.
 * @cssprop --vellum-color - Text colour.
 * @cssprop --vellum-panel-background - Panel background.
 */
export class VellumContentsPanel extends LitElement {
  static override styles = contentsPanelStyles;

  readonly #windowState = new WindowStateController(this, { watch: [windowOf, windowIdsOf] });

  /** The window whose panel this is: its current canvas is marked, and an entry shows a canvas in it. */
  @property({ attribute: 'window-id' }) windowId = '';
  /** The manifest whose table of contents is listed. */
  @property({ attribute: false }) manifest?: ViewerManifest;

  #activate(range: ViewerRange) {
    const target = firstCanvasOf(range);
    const window = this.#windowState.window;
    if (!target || !window) return;
    this.#windowState.dispatch(actions.setCanvas(this.windowId, target.canvasId));
    if (target.region && window.viewMode === 'detail') this.#windowState.dispatch(actions.setViewport(this.windowId, target.region));
  }

  #entries(ranges: readonly ViewerRange[], currentId: string | undefined): unknown {
    const shown = listed(ranges);
    if (!shown.length) return nothing;
    return html`<ul role="list">
      ${shown.map((range) => {
        const current = range.id === currentId;
        return html`<li>
          <button part=${current ? 'entry current' : 'entry'} type="button" aria-current=${current ? 'true' : 'false'} @click=${() => this.#activate(range)}>
            ${getText(range.label, this.#windowState.localizer.languages) || range.id}
          </button>
          ${this.#entries(subRanges(range), currentId)}
        </li>`;
      })}
    </ul>`;
  }

  override render() {
    const { msg } = this.#windowState.localizer;
    const structures = this.manifest?.structures ?? [];
    const canvasId = this.#windowState.window?.canvasId;
    const path = canvasId ? rangePathTo(structures, canvasId).filter((range) => !range.behavior.includes('no-nav')) : [];
    return html`<header>
        <h2 part="heading">${msg('contents.title')}</h2>
        <button part="close" type="button" aria-label=${msg('contents.close')} title=${msg('contents.close')}
          @click=${() => this.#windowState.dispatch(actions.togglePanel(this.windowId, 'contents', false))}>${icons.close}</button>
      </header>
      <nav aria-label=${this.#windowState.landmark(msg('contents.title'))}>
        ${listed(structures).length ? this.#entries(structures, path.at(-1)?.id) : html`<p>${msg('contents.empty')}</p>`}
      </nav>`;
  }
}
