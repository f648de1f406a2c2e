import { describeImageService, serviceBaseId, type ServiceImageSource } from '@vellum/iiif';
import { serviceProbeUrl } from './cors.js';
import { infoJsonCache } from './info-cache.js';

/**
 * Where a service's images may be loaded from, best first: the id its info.json declares (as https on an https page,
 * which may not load http), then the address the info.json came from, for a server behind a proxy that declares its
 * internal address. One base when both agree.
 */
export function serviceBases(declaredId: string, infoUrl: string, pageProtocol = location.protocol): string[] {
  const declared = new URL(serviceBaseId(declaredId), location.href);
  if (pageProtocol === 'https:' && declared.protocol === 'http:') declared.protocol = 'https:';
  const fetchedFrom = serviceBaseId(new URL(infoUrl, location.href).href);
  return [...new Set([serviceBaseId(declared.href), fetchedFrom])];
}

/** Whether an image loads from `url`, as tiles are loaded (no CORS needed). */
export function imageLoads(url: string): Promise<boolean> {
  return new Promise((resolve) => {
    const image = new Image();
    image.onload = () => resolve(true);
    image.onerror = () => resolve(false);
    image.src = url;
  });
}

/**
 * The first base whose probe image loads (`probeAt` names that image for a base); the first base when none does, so
 * that the error names the declared one. Only asks when there is more than one base.
 */
export async function reachableBase(bases: readonly string[], probeAt: (base: string) => string): Promise<string> {
  for (const base of bases.length > 1 ? bases : []) {
    if (await imageLoads(probeAt(base))) return base;
  }
  return bases[0];
}

/** A service's info.json and source as served: they name as its id the base its images load from. */
export interface ServedService {
  info: unknown;
  source: ServiceImageSource;
}

const bases = new Map<string, Promise<string>>();

async function baseOf(source: ServiceImageSource, info: unknown): Promise<string> {
  const declared = describeImageService(info, source);
  return reachableBase(serviceBases(declared.serviceId, source.infoUrl), (serviceId) => serviceProbeUrl({ ...declared, serviceId }, info));
}

/**
 * The info.json of a service (through the page-wide cache) and the source, both naming the base its images load from
 * (see serviceBases), which is decided once per info.json. Everything that builds image URLs from an info.json reads
 * this pair. Rejects as the info.json request does, and with IIIFError 'not-iiif' for an unusable info.json.
 */
export async function servedService(source: ServiceImageSource): Promise<ServedService> {
  const info = await infoJsonCache.get(source.infoUrl);
  let base = bases.get(source.infoUrl);
  if (!base) {
    base = baseOf(source, info);
    bases.set(source.infoUrl, base);
    base.catch(() => bases.delete(source.infoUrl));
  }
  const served = await base;
  if (served === describeImageService(info, source).serviceId) return { info, source };
  const withoutId = { ...(info as Record<string, unknown>) };
  delete withoutId.id;
  delete withoutId['@id'];
  return { info: withoutId, source: { ...source, serviceId: served } };
}
