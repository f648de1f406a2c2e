import { html, LitElement, type PropertyValues } from 'lit';
import { property, query, state } from 'lit/decorators.js';
import { repeat } from 'lit/directives/repeat.js';
import { getText, type ViewerCanvas } from '@vellum/iiif';
import { actions } from '@vellum/state';
import { thumbnailOption } from '../controls/thumbnail-option.js';
import { ThumbnailSources } from '../controls/thumbnail-sources.js';
import { thumbnailOptionStyles } from '../styles/thumbnail-option.styles.js';
import { scrollOffsetToReveal, visibleRange } from '../virtual-list/virtual-range.js';
import { WindowStateController } from '../window-state/window-state-controller.js';
import { THUMBNAIL_ITEM_SIZE, thumbnailStripStyles } from './thumbnail-strip.styles.js';

const PAGE_KEYS: Record<string, number> = { ArrowLeft: -1, ArrowRight: 1, ArrowUp: -1, ArrowDown: 1 };

/**
 * @summary A virtualised, keyboard-browsable strip of canvas thumbnails: only the visible ones are in the DOM.
 *
 * @csspart list - The scrolling listbox.
 * @csspart item - One thumbnail option.
 * @csspart current - The thumbnail of the canvas on show.
 *
 * @cssprop --vellum-accent - The current and active thumbnails and the focus ring.
 * @cssprop --vellum-color - Text colour of the labels.
 * @cssprop --vellum-strip-background - Strip background.
 * @cssprop --vellum-thumbnail-background - Background behind each thumbnail image.
 */
export class VellumThumbnailStrip extends LitElement {
  static override styles = [thumbnailOptionStyles, thumbnailStripStyles];

  /** It renders its canvases and current index, not the window's state. */
  readonly #windowState = new WindowStateController(this, { watch: [] });
  readonly #thumbnails = new ThumbnailSources(this);

  @state() private scrollOffset = 0;
  @state() private viewportSize = 0;
  /** The option the keyboard is on; Enter opens it. */
  @state() private activeIndex = 0;

  @query('[role="listbox"]') private list!: HTMLElement;

  readonly #resizeObserver = new ResizeObserver(([entry]) => {
    this.viewportSize = entry.contentRect.width;
  });

  /** The window that shows a thumbnail's canvas when the thumbnail is activated. */
  @property({ attribute: 'window-id' }) windowId = '';
  /** The canvases, one thumbnail each. */
  @property({ attribute: false }) canvases: ViewerCanvas[] = [];
  /** The index of the canvas on show; its thumbnail is marked current. */
  @property({ type: Number, attribute: 'current-index' }) currentIndex = 0;
  /** Lays the thumbnails out from right to left (for right-to-left books); ← and → swap with it. */
  @property({ type: Boolean, reflect: true, attribute: 'right-to-left' }) rightToLeft = false;

  override firstUpdated() {
    this.#resizeObserver.observe(this.list);
  }

  override disconnectedCallback() {
    super.disconnectedCallback();
    this.#resizeObserver.disconnect();
  }

  override willUpdate(changed: PropertyValues) {
    if (changed.has('currentIndex') || changed.has('canvases')) this.activeIndex = this.currentIndex;
  }

  override updated(changed: PropertyValues) {
    if (changed.has('activeIndex') || changed.has('viewportSize')) this.#reveal(this.activeIndex);
  }

  #reveal(index: number) {
    const offset = scrollOffsetToReveal(index, THUMBNAIL_ITEM_SIZE, this.list.scrollLeft, this.list.clientWidth);
    if (offset === this.list.scrollLeft) return;
    this.list.scrollLeft = offset;
    this.scrollOffset = this.list.scrollLeft;
  }

  #onScroll() {
    this.scrollOffset = this.list.scrollLeft;
  }

  #onKeyDown(event: KeyboardEvent) {
    const last = this.canvases.length - 1;
    const page = Math.max(1, Math.floor(this.viewportSize / THUMBNAIL_ITEM_SIZE));
    const moves: Record<string, number> = {
      ...PAGE_KEYS,
      ...(this.rightToLeft ? { ArrowLeft: 1, ArrowRight: -1 } : {}),
      PageUp: -page,
      PageDown: page,
      Home: -Infinity,
      End: Infinity,
    };
    if (event.key === 'Enter' || event.key === ' ') {
      this.#select(this.activeIndex);
    } else if (event.key in moves) {
      this.activeIndex = Math.min(last, Math.max(0, this.activeIndex + moves[event.key]));
    } else {
      return;
    }
    event.preventDefault();
    event.stopPropagation();
  }

  #select(index: number) {
    const canvas = this.canvases[index];
    if (canvas) this.#windowState.dispatch(actions.setCanvas(this.windowId, canvas.id));
  }

  #item(canvas: ViewerCanvas) {
    const { msg, languages } = this.#windowState.localizer;
    const label = getText(canvas.label, languages) || String(canvas.index + 1);
    const current = canvas.index === this.currentIndex;
    const src = this.#thumbnails.src(canvas, THUMBNAIL_ITEM_SIZE * 2);
    return thumbnailOption({
      id: `thumb-${canvas.index}`,
      label,
      ariaLabel: msg('strip.item', { index: canvas.index + 1, label }),
      src,
      current,
      active: canvas.index === this.activeIndex,
      style: `left: ${canvas.index * THUMBNAIL_ITEM_SIZE}px`,
      lazy: true,
      onClick: () => this.#select(canvas.index),
    });
  }

  override render() {
    const { first, last } = visibleRange(this.canvases.length, THUMBNAIL_ITEM_SIZE, this.scrollOffset, this.viewportSize);
    return html`<div
      part="list"
      role="listbox"
      tabindex="0"
      aria-label=${this.#windowState.localizer.msg('strip.label')}
      aria-activedescendant=${this.canvases.length > 0 ? `thumb-${this.activeIndex}` : ''}
      @scroll=${this.#onScroll}
      @keydown=${this.#onKeyDown}
    >
      <div class="track" style="width: ${this.canvases.length * THUMBNAIL_ITEM_SIZE}px">
        ${repeat(this.canvases.slice(first, last), (canvas) => canvas.id, (canvas) => this.#item(canvas))}
      </div>
    </div>`;
  }
}
