import { html } from 'lit';
import type { SearchService, ViewerManifest } from '@vellum/iiif';
import type { SearchController } from './search-controller.js';

/** The search panel of a window, wired to its controller. */
export function searchPanel(controller: SearchController, manifest: ViewerManifest) {
  return html`<vellum-search-panel
    part="search"
    .manifest=${manifest}
    .query=${controller.query}
    .status=${controller.status}
    .error=${controller.error}
    .hits=${controller.hits}
    .total=${controller.total}
    .current=${controller.current}
    .suggestions=${controller.suggestions}
    ?more=${controller.next !== undefined}
    ?loading-more=${controller.loadingMore}
    @vellum-search=${(event: HTMLElementEventMap['vellum-search']) => void controller.run(event.detail.query)}
    @vellum-search-input=${(event: HTMLElementEventMap['vellum-search-input']) => controller.suggest(event.detail.text)}
    @vellum-search-show=${(event: HTMLElementEventMap['vellum-search-show']) => controller.show(event.detail.index)}
    @vellum-search-step=${(event: HTMLElementEventMap['vellum-search-step']) => void controller.step(event.detail.direction)}
    @vellum-search-more=${() => void controller.more()}
  ></vellum-search-panel>`;
}

/** The search a window offers: the manifest's, else that of the canvas on show. */
export function windowSearchService(manifest: ViewerManifest | undefined, canvasIndex: number): SearchService | undefined {
  return manifest?.search ?? manifest?.canvases[canvasIndex]?.search;
}
