import { describeImageService, tileSourceFromInfo, type ImageSource, type ServiceImageSource, type TileSourceDescription } from '@vellum/iiif';
import { corsDecisions, serviceProbeUrl, type CrossOriginPolicy } from './cors.js';
import { EngineError } from './errors.js';
import { infoJsonCache } from './info-cache.js';
import { reachableBase, serviceBases } from './service-base.js';

/** What OpenSeadragon opens for one image, whether to ask for CORS, and whether its pixels will be readable. */
export interface OpenableSource {
  tileSource: TileSourceDescription;
  crossOriginPolicy: CrossOriginPolicy;
  readable: boolean;
}

async function withCors(tileSource: TileSourceDescription, key: string, probeUrl: string): Promise<OpenableSource> {
  const [crossOriginPolicy, readable] = await Promise.all([corsDecisions.policy(key, probeUrl), corsDecisions.readable(key, probeUrl)]);
  return { tileSource, crossOriginPolicy, readable };
}

/** The info.json as if it declared `base`: without its own id, which describing then takes from the source. */
function declaring(info: unknown, base: string, source: ServiceImageSource): [unknown, ServiceImageSource] {
  const withoutId = { ...(info as Record<string, unknown>) };
  delete withoutId.id;
  delete withoutId['@id'];
  return [withoutId, { ...source, serviceId: base }];
}

export async function openableSource(source: ImageSource): Promise<OpenableSource> {
  if (source.kind === 'plain') {
    return withCors(tileSourceFromInfo(undefined, source), source.url, source.url);
  }
  const info = await infoJsonCache.get(source.infoUrl);
  try {
    const declared = describeImageService(info, source);
    const bases = serviceBases(declared.serviceId, source.infoUrl);
    const base = await reachableBase(bases, (serviceId) => serviceProbeUrl({ ...declared, serviceId }, info));
    const [servedInfo, servedSource] = declaring(info, base, source);
    const tileSource = tileSourceFromInfo(servedInfo, servedSource);
    return await withCors(tileSource, base, serviceProbeUrl({ ...declared, serviceId: base }, info));
  } catch (cause) {
    throw new EngineError('info-json', `The image information at ${source.infoUrl} is not a usable IIIF image service`, source.infoUrl, { cause });
  }
}
