import { consume } from '@lit/context';
import { html, LitElement, nothing, type PropertyValues } from 'lit';
import { property, query, state } from 'lit/decorators.js';
import type { AnnotationFilter, AnnotationSet, SkipCounts, TagColours, ViewerAnnotation } from '@vellum/annotations';
import type { AnnotationsNotice } from './annotations-controller.js';
import { localizerContext } from '../context/contexts.js';
import { Localizer } from '../i18n/index.js';
import { annotationBodies } from './annotation-bodies.js';
import { annotationSources } from './annotation-sources.js';
import { scrollOffsetToReveal, visibleRange } from '../virtual-list/virtual-range.js';
import {
  VellumAnnotationActivateEvent,
  VellumAnnotationHoverEvent,
  VellumAnnotationsVisibilityEvent,
  VellumAnnotationTagColourEvent,
} from './annotations-panel-events.js';
import { annotationsPanelStyles } from './annotations-panel.styles.js';

type AnnotationsModule = typeof import('@vellum/annotations');

/** Rows are this many em high, so the list can be virtualised. */
const rowEm = 3;

/**
 * @summary The annotations of the canvas in view: a virtualised list with the count of what could not be shown
 * and why, filters by motivation, tag and text, a switch to show or hide them all on the image, and the sources
 * (add a page from a URL, import a file, export the canvas's annotations). It loads the annotations package on
 * first use.
 *
 * @fires vellum-annotation-hover - The pointer entered or left a listed annotation.
 * @fires vellum-annotation-activate - A listed annotation was activated, to zoom to it.
 * @fires vellum-annotations-visibility - Every annotation was shown or hidden.
 * @fires vellum-annotation-edit - The user asked to edit one of their own annotations. detail: { id }
 * @fires vellum-annotation-delete - The user asked to delete one of their own annotations. detail: { id }
 * @fires vellum-annotation-link - A link body was followed (cancelable: cancelled when the viewer shows its target itself). detail: { url }
 * @fires vellum-annotation-page-add - The user asked to add the annotation page at a URL. detail: { url }
 * @fires vellum-annotations-import - The user picked a file to import. detail: { file }
 * @fires vellum-annotations-export - The user asked to export the canvas's annotations.
 * @fires vellum-annotation-tag-colour - The user gave the tag chosen in the filter a colour, or took it away. detail: { tag, colour }
 *
 * @csspart heading - The panel title.
 * @csspart visibility - The show/hide switch.
 * @csspart filters - The motivation, tag and text filters.
 * @csspart tag-colour - The colour of the tag chosen in the filter, and the button that takes it away.
 * @csspart count - The count of listed and skipped annotations.
 * @csspart list - The scrolling list.
 * @csspart row - Each listed annotation (its start edge in the annotation's colour, when it has one).
 * @csspart own - The mark on a row of the user's own annotation.
 * @csspart page - The page a row's annotation is on, when a book spread shows several.
 * @csspart bodies - Every body of the selected annotation: texts, sanitised HTML, images and links.
 * @csspart body-image - An image body's thumbnail.
 * @csspart body-link - A link body.
 * @csspart sources - The add, import and export section.
 * @csspart notice - What the last add, import or export did, or why it failed.
 *
 * @cssprop --vellum-accent - The mark of your own annotations, and focus rings.
 * @cssprop --vellum-annotation-highlight-background - Background of the highlighted row.
 * @cssprop --vellum-border - Row dividers, and borders of the bodies and of the import button.
 * @cssprop --vellum-color - Text colour.
 * @cssprop --vellum-error-color - Text colour of an error notice.
 * @cssprop --vellum-muted-color - Text colour of the count and of each row's kind.
 * @cssprop --vellum-panel-background - Panel background.
 */
export class VellumAnnotationsPanel extends LitElement {
  static override styles = annotationsPanelStyles;

  @consume({ context: localizerContext, subscribe: true })
  localizer = new Localizer();

  @state() private module?: AnnotationsModule;
  @state() private filter: AnnotationFilter = {};
  @state() private listScroll = 0;
  @state() private viewportHeight = 0;

  @query('.list') private list?: HTMLElement;

  #resizeObserver = new ResizeObserver(() => this.#measure());

  /** The annotations of the canvas in view, as read by @vellum/annotations. */
  @property({ attribute: false }) annotations?: AnnotationSet;
  /** The label of each canvas on show when there are several (a book spread): each row names its page. */
  @property({ attribute: false }) pageLabels: ReadonlyMap<string, string> = new Map();
  /** The id of the annotation last activated (here or on the image): its bodies are shown under the list. */
  @property({ attribute: false }) selected?: string;
  /** The id of the annotation highlighted on the image; its row is highlighted and scrolled into view. */
  @property({ attribute: false }) highlighted?: string;
  /** Whether the annotations are shown on the image; the panel's checkbox turns them all on or off. */
  @property({ type: Boolean }) shown = true;
  /** The colours the user gave tags. */
  @property({ attribute: false }) tagColours: TagColours = {};
  /** What the last add, import or export did. */
  @property({ attribute: false }) notice?: AnnotationsNotice;

  override connectedCallback() {
    super.connectedCallback();
    void import('@vellum/annotations').then((module) => (this.module = module));
  }

  override disconnectedCallback() {
    super.disconnectedCallback();
    this.#resizeObserver.disconnect();
  }

  override updated(changed: PropertyValues<this>) {
    if (this.list) this.#resizeObserver.observe(this.list);
    if (changed.has('highlighted') && this.highlighted) this.#reveal(this.highlighted);
  }

  get #rowHeight(): number {
    return parseFloat(getComputedStyle(this).fontSize) * rowEm;
  }

  get #listed(): ViewerAnnotation[] {
    return this.module && this.annotations ? this.module.filterAnnotations(this.annotations.annotations, this.filter) : [];
  }

  #measure() {
    if (!this.list) return;
    this.viewportHeight = this.list.clientHeight;
    this.listScroll = this.list.scrollTop;
  }

  #reveal(id: string) {
    const index = this.#listed.findIndex((annotation) => annotation.id === id);
    if (index < 0 || !this.list) return;
    this.list.scrollTop = scrollOffsetToReveal(index, this.#rowHeight, this.list.scrollTop, this.list.clientHeight);
  }

  #setFilter(change: AnnotationFilter) {
    this.filter = { ...this.filter, ...change };
  }

  #toggleShown() {
    this.shown = !this.shown;
    this.dispatchEvent(new VellumAnnotationsVisibilityEvent(this.shown));
  }

  #select(label: string, values: string[], selected: string | undefined, onChange: (value: string | undefined) => void) {
    const { msg } = this.localizer;
    return html`<select aria-label=${label} @change=${(event: Event) => onChange((event.target as HTMLSelectElement).value || undefined)}>
      <option value="" ?selected=${!selected}>${msg('annotations.any')}</option>
      ${values.map((value) => html`<option value=${value} ?selected=${value === selected}>${value}</option>`)}
    </select>`;
  }

  #skippedText(skipped: SkipCounts, module: AnnotationsModule) {
    const { msg } = this.localizer;
    const count = module.skippedTotal(skipped);
    if (!count) return nothing;
    const reasons = (Object.entries(skipped) as [keyof SkipCounts, number][]).map(([reason, n]) => `${n} ${msg(`annotations.skip.${reason}`)}`);
    return msg('annotations.reasons', { count, reasons: reasons.join(', ') });
  }

  /** The colour of the tag chosen in the filter: an annotation without its own colour that carries the tag is drawn in it. */
  #tagColour(tag: string) {
    const { msg } = this.localizer;
    const colour = this.tagColours[tag];
    const set = (value: string | undefined) => this.dispatchEvent(new VellumAnnotationTagColourEvent(tag, value));
    return html`<span part="tag-colour" class="tag-colour">
      <input type="color" aria-label=${msg('annotations.tagColour', { tag })} .value=${colour ?? '#1a73e8'}
        @change=${(event: Event) => set((event.target as HTMLInputElement).value)} />
      ${colour ? html`<button type="button" @click=${() => set(undefined)}>${msg('annotations.tagColourClear')}</button>` : nothing}
    </span>`;
  }

  #row(annotation: ViewerAnnotation, index: number, rowHeight: number, module: AnnotationsModule) {
    const text = module.annotationText(annotation) || annotation.tags.join(', ');
    const page = this.pageLabels.get(annotation.canvasId);
    return html`<div class="item" role="listitem" style="top: ${index * rowHeight}px"><button part="row" class="row" type="button" style="--_colour: ${annotation.colour ?? 'transparent'}"
      aria-current=${annotation.id === this.highlighted ? 'true' : 'false'}
      @pointerenter=${() => this.dispatchEvent(new VellumAnnotationHoverEvent(annotation.id))}
      @pointerleave=${() => this.dispatchEvent(new VellumAnnotationHoverEvent(undefined))}
      @focus=${() => this.dispatchEvent(new VellumAnnotationHoverEvent(annotation.id))}
      @click=${() => this.dispatchEvent(new VellumAnnotationActivateEvent(annotation.id))}>
      <span class="text">${text || this.localizer.msg('annotations.noText')}</span>
      <span class="kind">${page ? html`<span part="page" class="page">${page}</span> ` : nothing}${annotation.own ? html`<span part="own" class="own">${this.localizer.msg('annotations.own')}</span> ` : nothing}${[...annotation.motivations, ...annotation.tags].join(' · ')}</span>
    </button></div>`;
  }

  override render() {
    const { msg } = this.localizer;
    const module = this.module;
    const all = this.annotations;
    const listed = this.#listed;
    const rowHeight = this.#rowHeight;
    const selected = all?.annotations.find((annotation) => annotation.id === this.selected);
    const { first, last } = visibleRange(listed.length, rowHeight, this.listScroll, this.viewportHeight || rowHeight * 10);
    return html`
      <header>
        <h2 part="heading">${msg('annotations.title')}</h2>
        <label part="visibility"><input type="checkbox" .checked=${this.shown} @change=${() => this.#toggleShown()} />${msg('annotations.showAll')}</label>
      </header>
      <div part="filters" class="filters">
        ${module && all
          ? html`${this.#select(msg('annotations.motivation'), module.distinct(all.annotations, 'motivations'), this.filter.motivation, (motivation) => this.#setFilter({ motivation }))}
            ${this.#select(msg('annotations.tag'), module.distinct(all.annotations, 'tags'), this.filter.tag, (tag) => this.#setFilter({ tag }))}
            ${this.filter.tag ? this.#tagColour(this.filter.tag) : nothing}`
          : nothing}
        <input type="search" aria-label=${msg('annotations.search')} placeholder=${msg('annotations.search')}
          @input=${(event: Event) => this.#setFilter({ text: (event.target as HTMLInputElement).value })} />
      </div>
      <p part="count" class="count" role="status">
        ${msg('annotations.count', { listed: listed.length, total: all?.annotations.length ?? 0 })}
        ${module && all ? this.#skippedText(all.skipped, module) : nothing}
      </p>
      <div part="list" class="list" role="list" aria-label=${msg('annotations.title')} @scroll=${() => this.#measure()}>
        <div style="height: ${listed.length * rowHeight}px"></div>
        ${module ? listed.slice(first, last).map((annotation, offset) => this.#row(annotation, first + offset, rowHeight, module)) : nothing}
      </div>
      ${selected ? annotationBodies(this, selected, this.localizer) : nothing}
      ${annotationSources(this, this.localizer, this.notice)}
    `;
  }
}
