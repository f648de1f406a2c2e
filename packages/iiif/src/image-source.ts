import { asArray, asObjects, asPositiveNumber, asString, asStrings, idOf, isObject, typeOf, type JsonObject } from './json.js';
import { imageUrl, linkUrl, SERVICE_SCHEMES } from './link-url.js';
import type { ImageSource, Size } from './model.js';

export type ServiceImageSource = Extract<ImageSource, { kind: 'service' }>;
export type PlainImageSource = Extract<ImageSource, { kind: 'plain' }>;

const typeVersions: Record<string, 1 | 2 | 3> = { ImageService1: 1, ImageService2: 2, ImageService3: 3 };

/** The Image API version named by a context, profile or type URI, if any. */
export function imageApiVersionOf(uri: string): 1 | 2 | 3 | undefined {
  if (uri.includes('iiif.io/api/image/3')) return 3;
  if (uri.includes('iiif.io/api/image/2')) return 2;
  if (uri.includes('iiif.io/api/image/1') || uri.includes('library.stanford.edu/iiif/image-api')) return 1;
  return undefined;
}

function serviceVersion(service: JsonObject): 1 | 2 | 3 | undefined {
  const type = typeOf(service);
  if (type && typeVersions[type]) return typeVersions[type];
  const uris = [...asStrings(service['@context']), ...asStrings(service.profile)];
  return uris.map(imageApiVersionOf).find((version) => version !== undefined);
}

/** Compliance level from a profile: `level1`, `…/level1.json`, `…compliance.html#level1`; 0 when unknown. */
export function complianceLevel(profile: unknown): 0 | 1 | 2 {
  const first = asStrings(profile)[0] ?? '';
  const match = /level([0-2])/.exec(first);
  return match ? (Number(match[1]) as 0 | 1 | 2) : 0;
}

/** The service id without a trailing slash or `/info.json`. */
export function serviceBaseId(id: string): string {
  return id.replace(/\/info\.json$/, '').replace(/\/+$/, '');
}

export function sizesOf(value: unknown): Size[] {
  return asObjects(value).flatMap((size) => {
    const width = asPositiveNumber(size.width);
    const height = asPositiveNumber(size.height);
    return width && height && width >= 1 && height >= 1 ? [{ width, height }] : [];
  });
}

function imageService(resource: JsonObject): ServiceImageSource | undefined {
  for (const service of asObjects(resource.service)) {
    const version = serviceVersion(service);
    const id = linkUrl(idOf(service), SERVICE_SCHEMES);
    if (!version || !id) continue;
    const serviceId = serviceBaseId(id);
    const sizes = sizesOf(service.sizes);
    return {
      kind: 'service',
      serviceId,
      infoUrl: `${serviceId}/info.json`,
      version,
      level: complianceLevel(service.profile),
      width: asPositiveNumber(resource.width) ?? asPositiveNumber(service.width),
      height: asPositiveNumber(resource.height) ?? asPositiveNumber(service.height),
      url: imageUrl(idOf(resource)),
      ...(sizes.length ? { sizes } : {}),
    };
  }
  return undefined;
}

function isImage(resource: JsonObject): boolean {
  const type = typeOf(resource);
  if (type === 'Image' || type === 'dctypes:Image') return true;
  return type === undefined && (asString(resource.format)?.startsWith('image/') ?? false);
}

/**
 * An image resource (a painting body, a thumbnail or a logo) as an ImageSource; undefined when it is not an image, or
 * when neither it nor its service is at an address an image may load from (see imageUrl).
 */
export function imageSourceOf(resource: unknown): ImageSource | undefined {
  if (typeof resource === 'string') {
    const url = imageUrl(resource);
    return url ? { kind: 'plain', url } : undefined;
  }
  if (!isObject(resource) || !isImage(resource)) return undefined;
  const service = imageService(resource);
  if (service) return service;
  const url = imageUrl(idOf(resource));
  if (!url) return undefined;
  return {
    kind: 'plain',
    url,
    width: asPositiveNumber(resource.width),
    height: asPositiveNumber(resource.height),
    format: asString(resource.format),
  };
}

export function imageSourcesOf(resources: unknown): ImageSource[] {
  return asArray(resources).flatMap((resource) => imageSourceOf(resource) ?? []);
}
