import { consume } from '@lit/context';
import { html, LitElement, nothing } from 'lit';
import { property } from 'lit/decorators.js';
import { firstCanvasOf, getText, rangePathTo, type ViewerManifest, type ViewerRange } from '@vellum/iiif';
import { actions, selectWindow, type Store, type Unsubscribe } from '@vellum/state';
import { localizerContext, storeContext } from '../context/contexts.js';
import { Localizer } from '../i18n/index.js';
import { icons } from '../icons/icons.js';
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

  @consume({ context: storeContext })
  store?: Store;

  @consume({ context: localizerContext, subscribe: true })
  localizer = new Localizer();

  /** The window whose panel this is: its current canvas is marked, and an entry shows a canvas in it. */
  @property({ attribute: 'window-id' }) windowId = '';
  /** The manifest whose table of contents is listed. */
  @property({ attribute: false }) manifest?: ViewerManifest;

  #unsubscribe?: Unsubscribe;

  override connectedCallback() {
    super.connectedCallback();
    this.#unsubscribe = this.store?.select(selectWindow(this.windowId), () => this.requestUpdate());
  }

  override disconnectedCallback() {
    super.disconnectedCallback();
    this.#unsubscribe?.();
  }

  #activate(range: ViewerRange) {
    const target = firstCanvasOf(range);
    const window = this.store && selectWindow(this.windowId)(this.store.state);
    if (!target || !window || !this.store) return;
    this.store.dispatch(actions.setCanvas(this.windowId, target.canvasId));
    if (target.region && window.viewMode === 'detail') this.store.dispatch(actions.setViewport(this.windowId, target.region));
  }

  #entries(ranges: readonly ViewerRange[], currentId: string | undefined): unknown {
    const shown = listed(ranges);
    if (!shown.length) return nothing;
    return html`<ul role="list">
      ${shown.map((range) => {
        const current = range.id === currentId;
        return html`<li>
          <button part=${current ? 'entry current' : 'entry'} type="button" aria-current=${current ? 'true' : 'false'} @click=${() => this.#activate(range)}>
            ${getText(range.label, this.localizer.languages) || range.id}
          </button>
          ${this.#entries(subRanges(range), currentId)}
        </li>`;
      })}
    </ul>`;
  }

  override render() {
    const { msg } = this.localizer;
    const structures = this.manifest?.structures ?? [];
    const canvasId = this.store && selectWindow(this.windowId)(this.store.state)?.canvasId;
    const path = canvasId ? rangePathTo(structures, canvasId).filter((range) => !range.behavior.includes('no-nav')) : [];
    return html`<header>
        <h2 part="heading">${msg('contents.title')}</h2>
        <button part="close" type="button" aria-label=${msg('contents.close')} title=${msg('contents.close')}
          @click=${() => this.store?.dispatch(actions.togglePanel(this.windowId, 'contents', false))}>${icons.close}</button>
      </header>
      <nav aria-label=${msg('contents.title')}>
        ${listed(structures).length ? this.#entries(structures, path.at(-1)?.id) : html`<p>${msg('contents.empty')}</p>`}
      </nav>`;
  }
}
