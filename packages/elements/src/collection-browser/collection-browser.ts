import { consume } from '@lit/context';
import { html, LitElement, nothing, type PropertyValues } from 'lit';
import { property, query, state } from 'lit/decorators.js';
import { repeat } from 'lit/directives/repeat.js';
import { getText, loadCollection, pickThumbnail, type CollectionItem, type ViewerCollection } from '@vellum/iiif';
import { localizerContext } from '../context/contexts.js';
import { errorKindOf } from '../errors/error-kind.js';
import type { VellumErrorKind } from '../events/events.js';
import { Localizer } from '../i18n/index.js';
import { icons } from '../icons/icons.js';
import { scrollOffsetToReveal, visibleRange } from '../virtual-list/virtual-range.js';
import { collectionBrowserStyles, ITEM_PITCH_EM } from './collection-browser.styles.js';
import { VellumCollectionOpenEvent } from './collection-events.js';

const THUMBNAIL_WIDTH = 96;
const MOVES: Record<string, number> = { ArrowUp: -1, ArrowDown: 1, Home: -Infinity, End: Infinity };

/**
 * @summary Browses a IIIF Collection: its manifests and nested collections as a list of buttons, with a breadcrumb
 * and a way up. Choosing a manifest fires `vellum-collection-open`; choosing a collection enters it.
 * The element is its own scroll area: give it a height, and only the items near the view are rendered.
 * The list is one tab stop; arrow keys, PageUp, PageDown, Home and End move between its items; Escape or
 * Backspace goes up one level.
 *
 * @csspart breadcrumb - The path from the first collection to the one shown.
 * @csspart crumb - Each collection of the path that can be returned to.
 * @csspart up - The button that goes up one level.
 * @csspart heading - The label of the collection shown.
 * @csspart summary - Its summary.
 * @csspart list - The list of its items.
 * @csspart item - Each item's button; `item collection` for nested collections.
 * @csspart message - Loading, empty and error messages.
 *
 * @cssprop --vellum-accent - Icons, the item under the pointer and focus rings.
 * @cssprop --vellum-background - Background.
 * @cssprop --vellum-border - Border of the items and of the collections of the path.
 * @cssprop --vellum-color - Text colour.
 * @cssprop --vellum-error-color - Text colour of an error.
 * @cssprop --vellum-font - Font family.
 * @cssprop --vellum-font-size - Base font size; every size inside scales with it.
 * @cssprop --vellum-surface - Background of the items and of the collections of the path.
 * @cssprop --vellum-thumbnail-background - Background of an item's icon.
 *
 * @fires vellum-collection-open - When a manifest is chosen. detail: { manifestId, collection }
 */
export class VellumCollectionBrowser extends LitElement {
  static override styles = collectionBrowserStyles;

  @consume({ context: localizerContext, subscribe: true })
  localizer = new Localizer();

  /** The collections from the first to the one shown, each with the id of the item it was entered by. */
  @state() private trail: { collection: ViewerCollection; itemId: string }[] = [];
  /** The nested collection being loaded, if any. */
  @state() private loadingId?: string;
  @state() private errorKind?: VellumErrorKind;
  /** The item the keyboard is on: the list's one tab stop, always rendered. */
  @state() private activeIndex = 0;
  /** How far the top of the view is below the top of the list, in pixels. */
  @state() private scrollOffset = 0;
  @state() private viewportSize = 0;
  /** Where focus goes after the next render. */
  #focusAfterRender?: 'item' | 'heading';

  @query('[part="list"]') private list?: HTMLElement;

  readonly #resizeObserver = new ResizeObserver(() => this.#measure());

  /** The collection to browse from: the first step of the breadcrumb. */
  @property({ attribute: false }) collection?: ViewerCollection;

  constructor() {
    super();
    this.addEventListener('scroll', () => this.#measure(), { passive: true });
  }

  override connectedCallback() {
    super.connectedCallback();
    this.#resizeObserver.observe(this);
  }

  override disconnectedCallback() {
    super.disconnectedCallback();
    this.#resizeObserver.disconnect();
  }

  override willUpdate(changed: PropertyValues<this>) {
    if (!changed.has('collection')) return;
    this.trail = this.collection ? [{ collection: this.collection, itemId: this.collection.id }] : [];
    this.activeIndex = 0;
  }

  override updated() {
    this.#measure();
    const target = this.#focusAfterRender;
    this.#focusAfterRender = undefined;
    if (target === 'heading') this.focus();
    if (target !== 'item') return;
    this.scrollTop += scrollOffsetToReveal(this.activeIndex, this.#itemSize, this.scrollOffset, this.viewportSize) - this.scrollOffset;
    this.#measure();
    this.renderRoot.querySelector<HTMLElement>(`[data-index="${this.activeIndex}"]`)?.focus();
  }

  /** The collection on show. */
  get current(): ViewerCollection | undefined {
    return this.trail.at(-1)?.collection;
  }

  /** Moves focus into the browser: onto its heading. */
  override focus() {
    this.renderRoot.querySelector<HTMLElement>('h2')?.focus();
  }

  /** Goes up one level, focusing the collection it came from; false at the first collection. */
  up(): boolean {
    return this.trail.length > 1 && this.#showLevel(this.trail.length - 2);
  }

  get #itemSize(): number {
    return parseFloat(getComputedStyle(this).fontSize) * ITEM_PITCH_EM;
  }

  #measure() {
    if (!this.list) return;
    this.scrollOffset = this.getBoundingClientRect().top - this.list.getBoundingClientRect().top;
    this.viewportSize = this.clientHeight;
  }

  #showLevel(level: number): boolean {
    const index = this.trail[level].collection.items.findIndex((item) => item.id === this.trail[level + 1]?.itemId);
    this.trail = this.trail.slice(0, level + 1);
    this.activeIndex = Math.max(0, index);
    this.#focusAfterRender = index < 0 ? 'heading' : 'item';
    this.errorKind = undefined;
    return true;
  }

  async #choose(item: CollectionItem) {
    const current = this.current;
    if (!current) return;
    if (item.type === 'Manifest') {
      this.dispatchEvent(new VellumCollectionOpenEvent(item.id, current));
      return;
    }
    this.loadingId = item.id;
    this.errorKind = undefined;
    try {
      const nested = await loadCollection(item.id, { languages: this.localizer.languages });
      if (this.current !== current) return;
      if (!nested) {
        this.dispatchEvent(new VellumCollectionOpenEvent(item.id, current));
        return;
      }
      this.trail = [...this.trail, { collection: nested, itemId: item.id }];
      this.activeIndex = 0;
      this.#focusAfterRender = 'heading';
    } catch (error) {
      if (this.current === current) this.errorKind = errorKindOf(error);
    } finally {
      if (this.loadingId === item.id) this.loadingId = undefined;
    }
  }

  #onKeyDown(event: KeyboardEvent) {
    if ((event.key === 'Escape' || event.key === 'Backspace') && this.up()) {
      event.preventDefault();
      event.stopPropagation();
      return;
    }
    const count = this.current?.items.length ?? 0;
    const page = Math.max(1, Math.floor(this.viewportSize / this.#itemSize));
    const step = { ...MOVES, PageUp: -page, PageDown: page }[event.key];
    if (step === undefined || !(event.composedPath()[0] as HTMLElement).matches('[part~="item"]')) return;
    event.preventDefault();
    this.activeIndex = Math.max(0, Math.min(count - 1, this.activeIndex + step));
    this.#focusAfterRender = 'item';
    this.requestUpdate();
  }

  /** Keeps the tab stop on the item last focused, by the keyboard or the pointer. */
  #onFocusIn(event: FocusEvent) {
    const index = (event.composedPath()[0] as HTMLElement).dataset.index;
    if (index !== undefined) this.activeIndex = Number(index);
  }

  #label(resource: { id: string; label: ViewerCollection['label'] }): string {
    return getText(resource.label, this.localizer.languages) || resource.id;
  }

  #item(item: CollectionItem, index: number, count: number) {
    const { msg } = this.localizer;
    const thumbnail = pickThumbnail({ thumbnail: item.thumbnail }, THUMBNAIL_WIDTH);
    const isCollection = item.type === 'Collection';
    const label = this.#label(item);
    return html`<li style="--_index: ${index}" aria-setsize=${count} aria-posinset=${index + 1}>
      <button
        type="button"
        part="item ${isCollection ? 'collection' : 'manifest'}"
        data-id=${item.id}
        data-index=${index}
        tabindex=${index === this.activeIndex ? 0 : -1}
        title=${label}
        aria-busy=${this.loadingId === item.id ? 'true' : 'false'}
        @click=${() => void this.#choose(item)}
      >
        ${thumbnail
          ? html`<img src=${thumbnail} alt="" loading="lazy" />`
          : html`<span class="icon">${isCollection ? icons.collection : icons.manifest}</span>`}
        <span class="label">${label}</span>
        <span class="kind">${msg(isCollection ? 'collection.kindCollection' : 'collection.kindManifest')}</span>
      </button>
    </li>`;
  }

  #breadcrumb() {
    const { msg } = this.localizer;
    if (this.trail.length < 2) return nothing;
    const parent = this.trail[this.trail.length - 2].collection;
    return html`<nav part="breadcrumb" aria-label=${msg('collection.path')}>
      <button type="button" part="up" @click=${() => this.up()}>
        ${icons.previous}<span>${msg('collection.up', { label: this.#label(parent) })}</span>
      </button>
      <ol>
        ${this.trail.map(({ collection }, level) =>
          level === this.trail.length - 1
            ? html`<li aria-current="location">${this.#label(collection)}</li>`
            : html`<li><button type="button" part="crumb" @click=${() => this.#showLevel(level)}>${this.#label(collection)}</button></li>`,
        )}
      </ol>
    </nav>`;
  }

  #message() {
    const { msg } = this.localizer;
    if (this.errorKind) return html`<p part="message" class="error" role="alert">${msg(`error.${this.errorKind}`)}</p>`;
    if (this.loadingId) return html`<p part="message" role="status">${msg('viewer.loading')}</p>`;
    return this.current?.items.length ? nothing : html`<p part="message">${msg('collection.empty')}</p>`;
  }

  /** The indices of the items near the view, and of the active item wherever it is. */
  #shownIndices(count: number): number[] {
    const { first, last } = visibleRange(count, this.#itemSize, this.scrollOffset, this.viewportSize);
    const shown = Array.from({ length: last - first }, (_, offset) => first + offset);
    const active = this.activeIndex;
    if (active < first) shown.unshift(active);
    else if (active >= last && active < count) shown.push(active);
    return shown;
  }

  override render() {
    const current = this.current;
    if (!current) return nothing;
    const summary = getText(current.summary, this.localizer.languages);
    const { items } = current;
    return html`<div class="browser" @keydown=${this.#onKeyDown}>
      ${this.#breadcrumb()}
      <h2 part="heading" tabindex="-1">${this.#label(current)}</h2>
      ${summary ? html`<p part="summary">${summary}</p>` : nothing}
      ${this.#message()}
      <ul
        part="list"
        style="--_count: ${items.length}"
        aria-label=${this.localizer.msg('collection.items', { label: this.#label(current) })}
        @focusin=${this.#onFocusIn}
      >
        ${repeat(this.#shownIndices(items.length), (index) => index, (index) => this.#item(items[index], index, items.length))}
      </ul>
    </div>`;
  }
}
