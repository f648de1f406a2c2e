import { consume } from '@lit/context';
import { html, LitElement, nothing, type PropertyValues } from 'lit';
import { property } from 'lit/decorators.js';
import { getText, type ViewerManifest } from '@vellum/iiif';
import type { SearchHit } from '@vellum/iiif/search';
import { localizerContext } from '../context/contexts.js';
import type { VellumErrorKind } from '../events/events.js';
import { Localizer, type MessageKey } from '../i18n/index.js';
import type { SearchStatus } from './search-controller.js';
import { VellumSearchEvent, VellumSearchInputEvent, VellumSearchMoreEvent, VellumSearchShowEvent, VellumSearchStepEvent } from './search-panel-events.js';
import { searchPanelStyles } from './search-panel.styles.js';

const errorKeys: Partial<Record<VellumErrorKind, MessageKey>> = {
  timeout: 'search.error.timeout',
  http: 'search.error.http',
  'not-json': 'search.error.unreadable',
  'not-iiif': 'search.error.unreadable',
};

/** Hits in order, grouped by canvas (consecutive hits on one canvas form a group), each with its index among all. */
function byCanvas(hits: readonly SearchHit[]): { canvasId: string; hits: { hit: SearchHit; index: number }[] }[] {
  const groups: { canvasId: string; hits: { hit: SearchHit; index: number }[] }[] = [];
  hits.forEach((hit, index) => {
    const last = groups.at(-1);
    if (last?.canvasId === hit.canvasId) last.hits.push({ hit, index });
    else groups.push({ canvasId: hit.canvasId, hits: [{ hit, index }] });
  });
  return groups;
}

/**
 * @summary Full-text search of a manifest (IIIF Content Search): a field with the service's suggestions, the count,
 * the results grouped by page with the words around each hit, buttons to the previous and next result, and more
 * results page by page. It shows what a window's search controller holds, and asks it through events.
 *
 * @fires vellum-search - The user searched. detail: { query }
 * @fires vellum-search-input - The user typed in the field. detail: { text }
 * @fires vellum-search-show - The user activated a result. detail: { index }
 * @fires vellum-search-step - The user asked for the next or previous result. detail: { direction }
 * @fires vellum-search-more - The user asked for more results.
 *
 * @csspart heading - The panel title.
 * @csspart form - The search field and its button.
 * @csspart status - The count, or what the search is doing, or why it failed.
 * @csspart steps - The previous and next buttons with the position.
 * @csspart results - The list of results.
 * @csspart page - The label of the page a group of results is on.
 * @csspart hit - Each result; the current one has `aria-current="true"`.
 * @csspart match - The words found, within a result.
 * @csspart more - The button that loads more results.
 *
 * @cssprop --vellum-accent - The current result's edge, and focus rings.
 * @cssprop --vellum-accent-background - Background of the current result and of one under the pointer.
 * @cssprop --vellum-border - Dividers between results.
 * @cssprop --vellum-color - Text colour.
 * @cssprop --vellum-error-color - Text colour of an error.
 * @cssprop --vellum-muted-color - Text colour of the count and the page labels.
 * @cssprop --vellum-panel-background - Panel background.
 * @cssprop --vellum-search-match-background - Background of the words found.
 */
export class VellumSearchPanel extends LitElement {
  static override styles = searchPanelStyles;

  @consume({ context: localizerContext, subscribe: true })
  localizer = new Localizer();

  /** The manifest searched, whose canvas labels name the pages of the results. */
  @property({ attribute: false }) manifest?: ViewerManifest;
  /** The words searched for. */
  @property() query = '';
  /** What the search is doing: `idle`, `searching`, `ready` or `error`. */
  @property() status: SearchStatus = 'idle';
  /** Why the search failed, when `status` is `error`. */
  @property({ attribute: false }) error?: VellumErrorKind;
  /** The results loaded so far, in the service's order. */
  @property({ attribute: false }) hits: readonly SearchHit[] = [];
  /** The number of results the service reports, which may be more than those loaded. */
  @property({ attribute: false }) total?: number;
  /** Whether the service has more results to load. */
  @property({ type: Boolean }) more = false;
  /** Whether more results are loading. */
  @property({ type: Boolean, attribute: 'loading-more' }) loadingMore = false;
  /** The index in `hits` of the result on show. */
  @property({ attribute: false }) current?: number;
  /** The autocomplete's terms for what has been typed. */
  @property({ attribute: false }) suggestions: readonly string[] = [];

  override updated(changed: PropertyValues<this>) {
    if (changed.has('current') && this.current !== undefined) {
      this.renderRoot.querySelector(`[data-index="${this.current}"]`)?.scrollIntoView({ block: 'nearest' });
    }
  }

  #submit(event: SubmitEvent) {
    event.preventDefault();
    const field = (event.target as HTMLFormElement).elements.namedItem('q') as HTMLInputElement;
    this.dispatchEvent(new VellumSearchEvent(field.value.trim()));
  }

  #status() {
    const { msg } = this.localizer;
    if (this.status === 'searching') return msg('search.searching');
    if (this.status === 'error') return msg(errorKeys[this.error ?? 'network'] ?? 'search.error.network');
    if (this.status !== 'ready') return '';
    if (!this.hits.length) return msg('search.none', { query: this.query });
    return msg('search.count', { total: Math.max(this.total ?? 0, this.hits.length) });
  }

  #steps() {
    const { msg } = this.localizer;
    const total = Math.max(this.total ?? 0, this.hits.length);
    const last = this.current === this.hits.length - 1 && !this.more;
    return html`<div part="steps" class="steps">
      <button type="button" ?disabled=${!this.current} @click=${() => this.dispatchEvent(new VellumSearchStepEvent(-1))}>${msg('search.previous')}</button>
      <span>${this.current === undefined ? nothing : msg('search.position', { index: this.current + 1, total })}</span>
      <button type="button" ?disabled=${last} @click=${() => this.dispatchEvent(new VellumSearchStepEvent(1))}>${msg('search.next')}</button>
    </div>`;
  }

  #pageLabel(canvasId: string): string {
    const canvas = this.manifest?.canvases.find((candidate) => candidate.id === canvasId);
    return canvas ? getText(canvas.label, this.localizer.languages) || String(canvas.index + 1) : canvasId;
  }

  #results() {
    return html`<ol part="results" class="results">
      ${byCanvas(this.hits).map(
        (group) => html`<li>
          <h3 part="page">${this.#pageLabel(group.canvasId)}</h3>
          <ol>
            ${group.hits.map(
              ({ hit, index }) => html`<li><button part="hit" type="button" data-index=${index} aria-current=${index === this.current ? 'true' : 'false'}
                @click=${() => this.dispatchEvent(new VellumSearchShowEvent(index))}
              >${hit.before ? `…${hit.before} ` : ''}<mark part="match">${hit.match}</mark>${hit.after ? ` ${hit.after}…` : ''}</button></li>`,
            )}
          </ol>
        </li>`,
      )}
    </ol>`;
  }

  override render() {
    const { msg } = this.localizer;
    return html`
      <h2 part="heading">${msg('search.title')}</h2>
      <form part="form" role="search" @submit=${this.#submit}>
        <input name="q" type="search" list="suggestions" autocomplete="off" aria-label=${msg('search.field')} .value=${this.query}
          @input=${(event: Event) => this.dispatchEvent(new VellumSearchInputEvent((event.target as HTMLInputElement).value))} />
        <datalist id="suggestions">${this.suggestions.map((term) => html`<option value=${term}></option>`)}</datalist>
        <button type="submit">${msg('search.submit')}</button>
      </form>
      <p part="status" class="status ${this.status}" role="status">${this.#status()}</p>
      ${this.hits.length ? html`${this.#steps()}${this.#results()}` : nothing}
      ${this.more
        ? html`<button part="more" type="button" ?disabled=${this.loadingMore} @click=${() => this.dispatchEvent(new VellumSearchMoreEvent())}>${msg('search.more')}</button>`
        : nothing}
    `;
  }
}
