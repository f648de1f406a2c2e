import { html, type PropertyValues } from 'lit';
import { property, query, state } from 'lit/decorators.js';
import { repeat } from 'lit/directives/repeat.js';
import { getText, type ViewerCanvas } from '@vellum/iiif';
import { actions } from '@vellum/state';
import { thumbnailOption } from '../controls/thumbnail-option.js';
import { ThumbnailSources } from '../controls/thumbnail-sources.js';
import { thumbnailOptionStyles } from '../styles/thumbnail-option.styles.js';
import { WindowView } from '../window-view/window-view.js';
import { scrollOffsetToReveal, visibleRange } from '../virtual-list/virtual-range.js';
import { gridLayout, gridMove, PORTFOLIO_SIZE_NAMES, type GridLayout, type PortfolioSize } from './portfolio-grid.js';
import { portfolioStyles } from './portfolio.styles.js';

const OVERSCAN_ROWS = 2;

/**
 * @summary The portfolio view: a virtualised grid of every canvas's thumbnail and label (only the rows
 * near the viewport are in the DOM), in three sizes, browsable by keyboard. Activating a thumbnail
 * (click, Enter or Space) opens its canvas in the detail view. Right-to-left manifests fill rows from the right.
 *
 * @csspart sizes - The group of thumbnail size buttons.
 * @csspart list - The scrolling listbox.
 * @csspart item - One thumbnail option.
 * @csspart current - The thumbnail of the window's current canvas.
 *
 * @cssprop --vellum-accent - The pressed size, the selected and active thumbnails and the focus ring.
 * @cssprop --vellum-background - Background of the size buttons.
 * @cssprop --vellum-border - Border of the size buttons.
 * @cssprop --vellum-color - Text colour.
 * @cssprop --vellum-portfolio-background - Grid background.
 * @cssprop --vellum-thumbnail-background - Background behind each thumbnail image.
 */
export class VellumPortfolio extends WindowView {
  static override styles = [thumbnailOptionStyles, portfolioStyles];

  readonly #thumbnails = new ThumbnailSources(this);

  /** The first row at the top of the scrolled list; the rendered rows follow from it. */
  @state() private scrollRow = 0;
  /** The cell the keyboard is on. */
  @state() private activeIndex = 0;

  @query('[role="listbox"]') private list!: HTMLElement;

  /** Thumbnail size. */
  @property({ reflect: true }) size: PortfolioSize = 'medium';

  override willUpdate(changed: PropertyValues) {
    if (changed.has('canvasId') || changed.has('manifest')) this.activeIndex = Math.max(0, this.#currentIndex);
  }

  override updated(changed: PropertyValues) {
    if (['activeIndex', 'box', 'size'].some((name) => changed.has(name))) this.#reveal(this.activeIndex);
  }

  protected override get sizedElement(): Element {
    return this.list;
  }

  get #canvases(): ViewerCanvas[] {
    return this.manifest?.canvases ?? [];
  }

  get #currentIndex(): number {
    return this.#canvases.findIndex((canvas) => canvas.id === this.canvasId);
  }

  get #layout(): GridLayout {
    return gridLayout(this.#canvases.length, this.box.width, this.size);
  }

  #reveal(index: number) {
    const { rowHeight, columns } = this.#layout;
    const offset = scrollOffsetToReveal(Math.floor(index / columns), rowHeight, this.list.scrollTop, this.list.clientHeight);
    if (offset !== this.list.scrollTop) this.list.scrollTop = offset;
    this.#onScroll();
  }

  #onScroll() {
    const row = Math.floor(this.list.scrollTop / this.#layout.rowHeight);
    if (row !== this.scrollRow) this.scrollRow = row;
  }

  #onKeyDown(event: KeyboardEvent) {
    const layout = this.#layout;
    const pageRows = Math.floor(this.box.height / layout.rowHeight);
    const rightToLeft = this.manifest?.viewingDirection === 'right-to-left';
    if (event.key === 'Enter' || event.key === ' ') {
      this.#activate(this.activeIndex);
    } else {
      const next = gridMove(this.activeIndex, event.key, this.#canvases.length, layout, pageRows, rightToLeft);
      if (next === undefined) return;
      this.activeIndex = next;
    }
    event.preventDefault();
    event.stopPropagation();
  }

  #activate(index: number) {
    const canvas = this.#canvases[index];
    if (!canvas) return;
    this.windowState.dispatch(actions.setCanvas(this.windowId, canvas.id));
    this.windowState.dispatch(actions.setViewMode(this.windowId, 'detail'));
  }

  #item(canvas: ViewerCanvas, layout: GridLayout, rightToLeft: boolean) {
    const { msg, languages } = this.windowState.localizer;
    const label = getText(canvas.label, languages) || String(canvas.index + 1);
    const current = canvas.id === this.canvasId;
    const row = Math.floor(canvas.index / layout.columns);
    const column = canvas.index % layout.columns;
    const x = (rightToLeft ? layout.columns - 1 - column : column) * layout.cellWidth;
    const src = this.#thumbnails.src(canvas, Math.round(layout.cellWidth * (window.devicePixelRatio || 1)));
    return thumbnailOption({
      id: `cell-${canvas.index}`,
      label,
      ariaLabel: msg('portfolio.item', { index: canvas.index + 1, label }),
      src,
      current,
      active: canvas.index === this.activeIndex,
      style: `left: ${x}px; top: ${row * layout.rowHeight}px; width: ${layout.cellWidth}px; height: ${layout.rowHeight}px`,
      onClick: () => this.#activate(canvas.index),
    });
  }

  #sizes() {
    const { msg } = this.windowState.localizer;
    return html`<div part="sizes" role="group" aria-label=${msg('portfolio.size')}>
      ${PORTFOLIO_SIZE_NAMES.map(
        (size) =>
          html`<button type="button" aria-pressed=${size === this.size ? 'true' : 'false'} @click=${() => (this.size = size)}>
            ${msg(`portfolio.${size}`)}
          </button>`,
      )}
    </div>`;
  }

  override render() {
    const canvases = this.#canvases;
    const layout = this.#layout;
    const rightToLeft = this.manifest?.viewingDirection === 'right-to-left';
    const rows = visibleRange(layout.rows, layout.rowHeight, this.scrollRow * layout.rowHeight, this.box.height, OVERSCAN_ROWS);
    const shown = canvases.slice(rows.first * layout.columns, rows.last * layout.columns);
    return html`${this.#sizes()}
      <div
        part="list"
        role="listbox"
        tabindex="0"
        aria-label=${this.windowState.localizer.msg('portfolio.label', { total: canvases.length })}
        aria-activedescendant=${canvases.length > 0 ? `cell-${this.activeIndex}` : ''}
        @scroll=${this.#onScroll}
        @keydown=${this.#onKeyDown}
      >
        <div class="track" style="height: ${layout.rows * layout.rowHeight}px">
          ${repeat(shown, (canvas) => canvas.id, (canvas) => this.#item(canvas, layout, rightToLeft))}
        </div>
      </div>`;
  }
}
