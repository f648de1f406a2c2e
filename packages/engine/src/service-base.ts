import { serviceBaseId } from '@vellum/iiif';

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
