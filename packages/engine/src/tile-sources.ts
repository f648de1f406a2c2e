import { describeImageService, tileSourceFromInfo, type ImageSource, type TileSourceDescription } from '@vellum/iiif';
import { corsDecisions, serviceProbeUrl, type CrossOriginPolicy } from './cors.js';
import { EngineError } from './errors.js';
import { infoJsonCache } from './info-cache.js';

/** What OpenSeadragon opens for one image, and whether to ask for CORS. */
export interface OpenableSource {
  tileSource: TileSourceDescription;
  crossOriginPolicy: CrossOriginPolicy;
}

export async function openableSource(source: ImageSource): Promise<OpenableSource> {
  if (source.kind === 'plain') {
    return { tileSource: tileSourceFromInfo(undefined, source), crossOriginPolicy: await corsDecisions.policy(source.url, source.url) };
  }
  const info = await infoJsonCache.get(source.infoUrl);
  let tileSource: TileSourceDescription;
  let probeUrl: string;
  try {
    tileSource = tileSourceFromInfo(info, source);
    probeUrl = serviceProbeUrl(describeImageService(info, source));
  } catch (cause) {
    throw new EngineError('info-json', `The image information at ${source.infoUrl} is not a usable IIIF image service`, source.infoUrl, { cause });
  }
  return { tileSource, crossOriginPolicy: await corsDecisions.policy(source.serviceId, probeUrl) };
}
