import { IIIFError } from './errors.js';
import { asArray, asString, isObject, typeOf, type JsonObject } from './json.js';

/** Properties that the vault's `normalize()` maps over, so they must be lists when present. */
const listProperties = ['items', 'provider', 'rendering', 'partOf', 'supplementary', 'structures', 'annotations'];

function isWellFormed(resource: unknown): boolean {
  return (
    isObject(resource) &&
    asString(resource.id) !== undefined &&
    listProperties.every((property) => resource[property] === undefined || Array.isArray(resource[property]))
  );
}

/**
 * Throws IIIFError 'not-iiif' unless a Presentation 3 Manifest or Collection, and each of its items,
 * has an id and lists where the vault expects lists. A cheap check, made before the view model is
 * built, so that the vault, filled later, accepts the resource.
 */
export function checkStructure(json: JsonObject, url?: string): void {
  if (!isWellFormed(json) || !asArray(json.items).every(isWellFormed)) {
    throw new IIIFError('not-iiif', `This ${typeOf(json) ?? 'resource'} is not valid IIIF and cannot be read.`, { url });
  }
}
