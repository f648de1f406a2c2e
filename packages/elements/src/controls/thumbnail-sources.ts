import type { ReactiveControllerHost } from 'lit';
import { pickThumbnail, thumbnailInfoUrl, type ThumbnailResource } from '@vellum/iiif';
import { infoJsonCache } from '@vellum/engine/info-cache';

/**
 * The thumbnail URLs of a list's cells. Most come from the manifest alone. A cell that would otherwise load the full
 * image of a level 0 service waits for the service's info.json, fetched through the page-wide cache when the cell is
 * first asked for (so only for cells on show), then shows one of its sizes or tiles.
 */
export class ThumbnailSources {
  readonly #host: ReactiveControllerHost;
  readonly #requested = new Set<string>();
  /** The info.json of each service once answered; undefined when it failed. */
  readonly #infos = new Map<string, unknown>();

  constructor(host: ReactiveControllerHost) {
    this.#host = host;
  }

  /** The thumbnail of `resource` about `width` pixels wide; undefined while the info.json it needs loads. */
  src(resource: ThumbnailResource, width: number): string | undefined {
    const infoUrl = thumbnailInfoUrl(resource, width);
    if (!infoUrl) return pickThumbnail(resource, width);
    if (!this.#infos.has(infoUrl)) {
      this.#request(infoUrl);
      return undefined;
    }
    return pickThumbnail(resource, width, this.#infos.get(infoUrl));
  }

  #request(infoUrl: string) {
    if (this.#requested.has(infoUrl)) return;
    this.#requested.add(infoUrl);
    void infoJsonCache
      .get(infoUrl)
      .catch(() => undefined)
      .then((info) => {
        this.#infos.set(infoUrl, info);
        this.#host.requestUpdate();
      });
  }
}
