import { imageRequestUrl, tileGridOf, tilesCovering, type ImageServiceDescription } from '@vellum/iiif';

/** How OpenSeadragon loads an image's tiles: 'Anonymous' asks for CORS; undefined loads them as plain images. */
export type CrossOriginPolicy = 'Anonymous' | undefined;

const decisions = new Map<string, Promise<boolean>>();
const originsWithoutCors = new Set<string>();

const originOf = (url: string) => new URL(url, location.href).origin;

async function probe(url: string): Promise<boolean> {
  try {
    const response = await fetch(url, { mode: 'cors', credentials: 'omit' });
    void response.body?.cancel().catch(() => undefined);
    return true;
  } catch {
    originsWithoutCors.add(originOf(url));
    return false;
  }
}

/**
 * Whether the images of one image service (or one plain image) can be read by this page: same-origin
 * images always can; cross-origin ones only when the server sends CORS headers on images, which one
 * request for `probeUrl` (a small image of the service) tells. Decided once per `key` and cached; an
 * origin known to send no CORS is not asked again. Display never depends on the answer.
 */
export const corsDecisions = {
  readable(key: string, probeUrl: string): Promise<boolean> {
    const origin = originOf(probeUrl);
    if (origin === location.origin) return Promise.resolve(true);
    if (originsWithoutCors.has(origin)) return Promise.resolve(false);
    let decision = decisions.get(key);
    if (!decision) {
      decision = probe(probeUrl);
      decisions.set(key, decision);
    }
    return decision;
  },

  /** How to open the images: ask for CORS only for cross-origin images known to allow it, so display never fails on CORS. */
  async policy(key: string, probeUrl: string): Promise<CrossOriginPolicy> {
    const sameOrigin = originOf(probeUrl) === location.origin;
    return !sameOrigin && (await this.readable(key, probeUrl)) ? 'Anonymous' : undefined;
  },

  clear(): void {
    decisions.clear();
    originsWithoutCors.clear();
  },
};

/**
 * A small image of the service to probe with: its smallest listed size at level 0, or, for a level 0 set that lists
 * no sizes, its coarsest tile (such a set has no `full/max` to ask for: a 404, often without CORS headers, would
 * pass for "no CORS"); one pixel wide above level 0. `info` is the service's info.json, for its tiles.
 */
export function serviceProbeUrl(service: ImageServiceDescription, info?: unknown): string {
  const grid = service.level === 0 && !service.sizes?.length ? tileGridOf(info) : undefined;
  const { width, height } = service;
  if (grid && width && height) return tilesCovering({ ...service, width, height }, grid, { x: 0, y: 0, width: 1, height: 1 }, Math.max(...grid.scaleFactors))[0].url;
  return imageRequestUrl(service, { size: { width: 1 } })!;
}
