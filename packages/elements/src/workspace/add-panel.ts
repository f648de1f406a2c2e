import { html, nothing, type ReactiveControllerHost } from 'lit';
import { loadCollection, targetsOfInput, type CatalogItem, type ResourceTarget, type ViewerCollection } from '@vellum/iiif';
import type { VellumCollectionOpenEvent } from '../collection-browser/collection-events.js';
import type { Localizer } from '../i18n/index.js';
import { readRecent, rememberRecent, type RecentItem } from './recent.js';

/** What the add panel needs of its workspace. */
export interface AddPanelHost extends ReactiveControllerHost {
  readonly localizer: Localizer;
  readonly catalog: readonly CatalogItem[];
}

/**
 * The add panel at the foot of a workspace: a field for a manifest URL, a collection URL or a content state, the
 * catalog, the recently opened items, and the collection being browsed. A collection is listed to pick from; a
 * manifest opens in a new window.
 */
export class AddPanel {
  #recent: RecentItem[] = readRecent();
  #browsing?: ViewerCollection;

  /** `open` opens targets in new windows. */
  constructor(
    private readonly host: AddPanelHost,
    private readonly open: (targets: ResourceTarget[]) => void,
    private readonly fail: (error: unknown) => void,
  ) {}

  /** Puts a resource that opened first among the recent items. */
  remember(item: RecentItem): void {
    this.#recent = rememberRecent(item);
    this.host.requestUpdate();
  }

  /** A single Collection is listed to pick from; anything else opens. */
  #openOrBrowse(read: () => ResourceTarget[]) {
    Promise.resolve()
      .then(read)
      .then(async (targets) => {
        const [only] = targets;
        const browsable = targets.length === 1 && !only.canvasId && !only.rangeId;
        const collection = browsable ? await loadCollection(only.manifestUrl, { languages: this.host.localizer.languages }) : undefined;
        if (collection) {
          this.#browsing = collection;
          this.host.requestUpdate();
        } else this.open(targets);
      })
      .catch((error: unknown) => this.fail(error));
  }

  #onSubmit(event: SubmitEvent) {
    event.preventDefault();
    const form = event.currentTarget as HTMLFormElement;
    const field = form.elements.namedItem('resource') as HTMLInputElement;
    if (!field.value.trim()) return;
    const value = field.value;
    this.#openOrBrowse(() => targetsOfInput(value));
    field.value = '';
  }

  #renderList(title: string, items: readonly CatalogItem[], part: string) {
    if (items.length === 0) return nothing;
    return html`<section class="list" part=${part}>
      <h3>${title}</h3>
      <ul>
        ${items.map((item) => html`<li><button type="button" @click=${() => this.#openOrBrowse(() => [{ manifestUrl: item.url }])}>${item.label}</button></li>`)}
      </ul>
    </section>`;
  }

  render() {
    const { msg } = this.host.localizer;
    return html`<div class="add" part="add-panel">
      <form @submit=${(event: SubmitEvent) => this.#onSubmit(event)}>
        <label>${msg('workspace.addField')} <input name="resource" type="text" autocomplete="off" spellcheck="false" /></label>
        <button type="submit">${msg('workspace.add')}</button>
      </form>
      ${this.#browsing
        ? html`<vellum-collection-browser
            part="collection"
            .collection=${this.#browsing}
            @vellum-collection-open=${(event: VellumCollectionOpenEvent) => this.open([{ manifestUrl: event.detail.manifestId }])}
          ></vellum-collection-browser>`
        : nothing}
      ${this.#renderList(msg('workspace.catalog'), this.host.catalog, 'catalog')} ${this.#renderList(msg('workspace.recent'), this.#recent, 'recent')}
    </div>`;
  }
}
