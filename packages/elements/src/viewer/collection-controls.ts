import { html, nothing } from 'lit';
import { getText, type ViewerCollection } from '@vellum/iiif';
import type { Localizer } from '../i18n/index.js';
import { icons } from '../icons/icons.js';

export interface CollectionControlsView {
  /** The collection that lists the manifest on show. */
  from: ViewerCollection;
  /** The id of the manifest on show. */
  current: string;
}

/** The window title bar's way back to the collection a manifest was opened from, and a choice among its manifests (volumes). */
export function collectionControls(localizer: Localizer, { from, current }: CollectionControlsView, on: { back(): void; choose(id: string): void }) {
  const { msg, languages } = localizer;
  const manifests = from.items.filter((item) => item.type === 'Manifest');
  const choice = msg(from.behavior.includes('multi-part') ? 'collection.volume' : 'collection.sibling');
  return html`<span slot="header-start" class="collection-controls">
    <button type="button" part="collection-back" aria-label=${msg('collection.back')} title=${msg('collection.back')} @click=${on.back}>
      ${icons.collection}
    </button>
    ${manifests.length > 1
      ? html`<select part="collection-choice" aria-label=${choice} title=${choice} @change=${(event: Event) => on.choose((event.target as HTMLSelectElement).value)}>
          ${manifests.map((item) => html`<option value=${item.id} ?selected=${item.id === current}>${getText(item.label, languages) || item.id}</option>`)}
        </select>`
      : nothing}
  </span>`;
}
