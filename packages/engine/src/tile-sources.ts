import { describeImageService, tileSourceFromInfo, type ImageSource, type TileSourceDescription } from '@vellum/iiif';
import { corsDecisions, serviceProbeUrl, type CrossOriginPolicy } from './cors.js';
import { EngineError } from './errors.js';
import { servedService } from './service-base.js';

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
  try {
    const served = await servedService(source);
    const service = describeImageService(served.info, served.source);
    return await withCors(tileSourceFromInfo(served.info, served.source), service.serviceId, serviceProbeUrl(service, served.info));
  } catch (cause) {
    if (cause instanceof EngineError) throw cause;
    throw new EngineError('info-json', `The image information at ${source.infoUrl} is not a usable IIIF image service`, source.infoUrl, { cause });
  }
}
