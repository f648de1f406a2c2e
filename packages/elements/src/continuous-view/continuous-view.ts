import { html, type PropertyValues } from 'lit';
import { query, state } from 'lit/decorators.js';
import { repeat } from 'lit/directives/repeat.js';
import { getText, type ViewerCanvas } from '@vellum/iiif';
import { actions } from '@vellum/state';
import { WindowView } from '../window-view/window-view.js';
import type { VirtualRange } from '../virtual-list/virtual-range.js';
import { continuousViewStyles } from './continuous-view.styles.js';
import { isReversed, isVertical, itemsIn, mostVisible, physicalStart, scrollToItem, spanAt, stripLayout, type StripLayout } from './strip-layout.js';

const GAP = 8;
/** While scrolling, the current canvas is put in the store at most this often. */
const REPORT_INTERVAL_MS = 150;

/**
 * @summary The continuous view: every canvas in one strip along the manifest's viewingDirection
 * (left-to-right, right-to-left, top-to-bottom, bottom-to-top), each fitted to the strip's width or
 * height. Only the canvases near the viewport are in the DOM, as static medium-size images (no tiles).
 * The canvas most in view becomes the window's current canvas; a change of canvas in the store scrolls to it.
 *
 * @csspart strip - The scrolling list.
 * @csspart item - One canvas (a vellum-medium-image inside).
 * @csspart current - The window's current canvas.
 *
 * @cssprop --vellum-accent - The current page and the focus ring.
 * @cssprop --vellum-canvas-background - Colour around the canvases.
 */
export class VellumContinuousView extends WindowView {
  static override styles = continuousViewStyles;

  @state() private range: VirtualRange = { first: 0, last: 0 };

  @query('[part~="strip"]') private strip!: HTMLElement;

  #layout: StripLayout = stripLayout([], GAP);
  /** The canvas this view last put in the store, which needs no scrolling to. */
  #reportedCanvasId: string | null = null;
  /** A scroll position this view set itself; its scroll event reports nothing. */
  #scrolledTo?: number;
  #reportTimer?: ReturnType<typeof setTimeout>;

  override disconnectedCallback() {
    super.disconnectedCallback();
    clearTimeout(this.#reportTimer);
  }

  override willUpdate(changed: PropertyValues) {
    if (changed.has('manifest') || changed.has('box')) this.#layout = stripLayout(this.#canvases.map((canvas) => this.#mainSize(canvas)), GAP);
  }

  override updated(changed: PropertyValues) {
    const moved = changed.has('canvasId') && this.canvasId !== this.#reportedCanvasId;
    if (moved || changed.has('manifest') || changed.has('box')) this.#scrollToCurrent();
  }

  protected override get sizedElement(): Element {
    return this.strip;
  }

  get #canvases(): ViewerCanvas[] {
    return this.manifest?.canvases ?? [];
  }

  get #vertical(): boolean {
    return isVertical(this.manifest?.viewingDirection ?? 'left-to-right');
  }

  get #reversed(): boolean {
    return isReversed(this.manifest?.viewingDirection ?? 'left-to-right');
  }

  get #crossSize(): number {
    return Math.max(0, (this.#vertical ? this.box.width : this.box.height) - 2 * GAP);
  }

  get #viewportSize(): number {
    return this.#vertical ? this.box.height : this.box.width;
  }

  #mainSize(canvas: ViewerCanvas): number {
    const ratio = this.#vertical ? canvas.height / canvas.width : canvas.width / canvas.height;
    return Math.round(this.#crossSize * ratio);
  }

  get #scroll(): number {
    return this.#vertical ? this.strip.scrollTop : this.strip.scrollLeft;
  }

  #scrollToCurrent() {
    const index = this.#canvases.findIndex((canvas) => canvas.id === this.canvasId);
    if (index < 0 || this.#viewportSize === 0) return;
    const scroll = scrollToItem(this.#layout, index, this.#viewportSize, this.#reversed);
    if (this.#vertical) this.strip.scrollTop = scroll;
    else this.strip.scrollLeft = scroll;
    this.#scrolledTo = this.#scroll;
    this.#reportedCanvasId = this.canvasId;
    this.#updateRange();
  }

  #updateRange() {
    const range = itemsIn(this.#layout, spanAt(this.#layout, this.#scroll, this.#viewportSize, this.#reversed));
    if (range.first !== this.range.first || range.last !== this.range.last) this.range = range;
  }

  #onScroll() {
    this.#updateRange();
    if (this.#scrolledTo !== undefined && Math.abs(this.#scroll - this.#scrolledTo) < 1) return;
    this.#scrolledTo = undefined;
    this.#reportTimer ??= setTimeout(() => this.#reportCurrent(), REPORT_INTERVAL_MS);
  }

  /** Puts the canvas most in view in the store. */
  #reportCurrent() {
    this.#reportTimer = undefined;
    if (this.#scrolledTo !== undefined) return;
    const span = spanAt(this.#layout, this.#scroll, this.#viewportSize, this.#reversed);
    const canvas = this.#canvases[mostVisible(this.#layout, span)];
    if (!canvas || canvas.id === this.canvasId || !this.windowState.store) return;
    this.#reportedCanvasId = canvas.id;
    this.windowState.dispatch(actions.setCanvas(this.windowId, canvas.id));
  }

  #item(canvas: ViewerCanvas) {
    const { msg, languages } = this.windowState.localizer;
    const label = getText(canvas.label, languages) || String(canvas.index + 1);
    const main = this.#layout.sizes[canvas.index];
    const cross = this.#crossSize;
    const at = physicalStart(this.#layout, canvas.index, this.#reversed);
    const [width, height] = this.#vertical ? [cross, main] : [main, cross];
    const [left, top] = this.#vertical ? [GAP, at] : [at, GAP];
    const current = canvas.id === this.canvasId;
    return html`<div
      role="listitem"
      part=${current ? 'item current' : 'item'}
      aria-current=${current ? 'true' : 'false'}
      aria-label=${msg('continuous.item', { index: canvas.index + 1, label })}
      style="left: ${left}px; top: ${top}px; width: ${width}px; height: ${height}px"
    >
      <vellum-medium-image .canvas=${canvas} long-side=${Math.max(width, height)} label=${label}></vellum-medium-image>
    </div>`;
  }

  override render() {
    const canvases = this.#canvases;
    const length = `${this.#layout.total}px`;
    const [trackWidth, trackHeight] = this.#vertical ? ['100%', length] : [length, '100%'];
    return html`<div
      part="strip"
      role="list"
      tabindex="0"
      aria-label=${this.windowState.localizer.msg('continuous.label', { total: canvases.length })}
      @scroll=${this.#onScroll}
    >
      <div class="track" style="width: ${trackWidth}; height: ${trackHeight}">
        ${repeat(canvases.slice(this.range.first, this.range.last), (canvas) => canvas.id, (canvas) => this.#item(canvas))}
      </div>
    </div>`;
  }
}
