import { describeImageService, tileSourceFromInfo, type ImageSource, type TileSourceDescription } from '@vellum/iiif';
import { corsDecisions, serviceProbeUrl, type CrossOriginPolicy } from './cors.js';
import { EngineError } from './errors.js';
import { infoJsonCache } from './info-cache.js';

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

export async function openableSource(source: ImageSource): Promise<OpenableSource> {
  if (source.kind === 'plain') {
    return withCors(tileSourceFromInfo(undefined, source), source.url, source.url);
  }
  const info = await infoJsonCache.get(source.infoUrl);
  let tileSource: TileSourceDescription;
  let probeUrl: string;
  try {
    tileSource = tileSourceFromInfo(info, source);
    probeUrl = serviceProbeUrl(describeImageService(info, source), info);
  } catch (cause) {
    throw new EngineError('info-json', `The image information at ${source.infoUrl} is not a usable IIIF image service`, source.infoUrl, { cause });
  }
  return withCors(tileSource, source.serviceId, probeUrl);
}
