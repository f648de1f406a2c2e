import { consume } from '@lit/context';
import { html, LitElement, nothing, type PropertyValues } from 'lit';
import { property, state } from 'lit/decorators.js';
import { getText, loadCollection, pickThumbnail, type CollectionItem, type ViewerCollection } from '@vellum/iiif';
import { localizerContext } from '../context/contexts.js';
import { errorKindOf } from '../errors/error-kind.js';
import type { VellumErrorKind } from '../events/events.js';
import { Localizer } from '../i18n/index.js';
import { icons } from '../icons/icons.js';
import { collectionBrowserStyles } from './collection-browser.styles.js';
import { VellumCollectionOpenEvent } from './collection-events.js';

const THUMBNAIL_WIDTH = 96;

/**
 * @summary Browses a IIIF Collection: its manifests and nested collections as a list of buttons, with a breadcrumb
 * and a way up. Choosing a manifest fires `vellum-collection-open`; choosing a collection enters it.
 * Arrow keys move between items; Escape or Backspace goes up one level.
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
  /** Where focus goes after the next render: an item's id, or the heading. */
  #focusAfterRender?: string;

  /** The collection to browse from: the first step of the breadcrumb. */
  @property({ attribute: false }) collection?: ViewerCollection;

  override willUpdate(changed: PropertyValues<this>) {
    if (changed.has('collection')) this.trail = this.collection ? [{ collection: this.collection, itemId: this.collection.id }] : [];
  }

  override updated() {
    const target = this.#focusAfterRender;
    if (target === undefined) return;
    this.#focusAfterRender = undefined;
    const items = [...this.renderRoot.querySelectorAll<HTMLElement>('[part~="item"]')];
    (items.find((item) => item.dataset.id === target) ?? this.renderRoot.querySelector<HTMLElement>('h2'))?.focus();
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

  #showLevel(level: number): boolean {
    this.#focusAfterRender = this.trail[level + 1]?.itemId ?? '';
    this.trail = this.trail.slice(0, level + 1);
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
      this.#focusAfterRender = '';
    } catch (error) {
      if (this.current === current) this.errorKind = errorKindOf(error);
    } finally {
      if (this.loadingId === item.id) this.loadingId = undefined;
    }
  }

  #onKeyDown(event: KeyboardEvent) {
    const target = event.composedPath()[0] as HTMLElement;
    if ((event.key === 'Escape' || event.key === 'Backspace') && this.up()) {
      event.preventDefault();
      event.stopPropagation();
      return;
    }
    const items = [...this.renderRoot.querySelectorAll<HTMLElement>('[part~="item"]')];
    const index = items.indexOf(target);
    if (index < 0) return;
    const next = { ArrowDown: index + 1, ArrowUp: index - 1, Home: 0, End: items.length - 1 }[event.key];
    if (next === undefined) return;
    event.preventDefault();
    items[Math.max(0, Math.min(items.length - 1, next))].focus();
  }

  #label(resource: { id: string; label: ViewerCollection['label'] }): string {
    return getText(resource.label, this.localizer.languages) || resource.id;
  }

  #item(item: CollectionItem) {
    const { msg } = this.localizer;
    const thumbnail = pickThumbnail({ thumbnail: item.thumbnail }, THUMBNAIL_WIDTH);
    const isCollection = item.type === 'Collection';
    return html`<li>
      <button
        type="button"
        part="item ${isCollection ? 'collection' : 'manifest'}"
        data-id=${item.id}
        aria-busy=${this.loadingId === item.id ? 'true' : 'false'}
        @click=${() => void this.#choose(item)}
      >
        ${thumbnail
          ? html`<img src=${thumbnail} alt="" loading="lazy" />`
          : html`<span class="icon">${isCollection ? icons.collection : icons.manifest}</span>`}
        <span class="label">${this.#label(item)}</span>
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

  override render() {
    const current = this.current;
    if (!current) return nothing;
    const summary = getText(current.summary, this.localizer.languages);
    return html`<div class="browser" @keydown=${this.#onKeyDown}>
      ${this.#breadcrumb()}
      <h2 part="heading" tabindex="-1">${this.#label(current)}</h2>
      ${summary ? html`<p part="summary">${summary}</p>` : nothing}
      ${this.#message()}
      <ul part="list" aria-label=${this.localizer.msg('collection.items', { label: this.#label(current) })}>
        ${current.items.map((item) => this.#item(item))}
      </ul>
    </div>`;
  }
}
