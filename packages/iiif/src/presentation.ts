import { upgrade } from '@iiif/parser/upgrader';
import { IIIFError } from './errors.js';
import { asArray, asObjects, asString, asStrings, idOf, isObject, typeOf, type JsonObject } from './json.js';

const presentationContext = /iiif\.io\/api\/presentation\/(\d+)(?:\.\d+)?\/context\.json/;

/** The Presentation API version of a resource, from its @context, or from its shape when it has none. */
export function presentationVersion(json: JsonObject, url?: string): 2 | 3 {
  for (const context of asStrings(json['@context'])) {
    const match = presentationContext.exec(context);
    const version = match ? Number(match[1]) : context.includes('shared-canvas.org') ? 2 : undefined;
    if (version === 2 || version === 3) return version;
    if (version !== undefined) {
      throw new IIIFError('unsupported-version', `IIIF Presentation ${version} is not supported; Vellum reads versions 2 and 3.`, { url });
    }
  }
  const v2Type = asStrings(json['@type'])[0];
  if ((v2Type === 'sc:Manifest' || v2Type === 'sc:Collection') && idOf(json)) return 2;
  if ((json.type === 'Manifest' || json.type === 'Collection') && asString(json.id)) return 3;
  throw new IIIFError('not-iiif', 'This is not a IIIF Manifest or Collection.', { url });
}

/** The one id `upgrade()` gives every provider it makes from `logo` and `related`; ids must differ per manifest in a shared vault. */
const upgraderProviderId = 'http://example.org/provider';

function dedupeBehaviors(value: unknown): void {
  if (Array.isArray(value)) {
    value.forEach(dedupeBehaviors);
  } else if (isObject(value)) {
    if (Array.isArray(value.behavior)) value.behavior = [...new Set(value.behavior)];
    Object.values(value).forEach(dedupeBehaviors);
  }
}

/** The Presentation 2 properties that hold text, which some publishers write as Presentation 3 language maps. */
const textProperties = ['label', 'value', 'description', 'attribution'];

const isLanguageMap = (value: unknown): value is Record<string, unknown[]> =>
  isObject(value) && !('@value' in value) && Object.keys(value).length > 0 && Object.values(value).every((texts) => Array.isArray(texts) && texts.every((text) => typeof text === 'string'));

/** A language map put in Presentation 2's own form (`{ "@value", "@language" }`), which `upgrade()` reads; it loses a map. */
function asPresentation2Text(map: Record<string, unknown[]>): unknown[] {
  return Object.entries(map).flatMap(([language, texts]) => texts.map((text) => (language === 'none' ? text : { '@value': text, '@language': language })));
}

function withPresentation2Texts(value: unknown): void {
  if (Array.isArray(value)) value.forEach(withPresentation2Texts);
  if (!isObject(value)) return;
  for (const [key, child] of Object.entries(value)) {
    if (textProperties.includes(key) && isLanguageMap(child)) value[key] = asPresentation2Text(child);
    else withPresentation2Texts(child);
  }
}

/**
 * Presentation 2 upgraded, with the data that `upgrade()` loses or mangles put back in Presentation 3
 * form. `upgrade()` changes its input, so `v2` is copied first unless it may be consumed.
 */
function upgradePresentation2(v2: JsonObject, consume: boolean): JsonObject {
  const license = asArray(v2.license).map(idOf).find((id) => id && /^https?:/.test(id));
  const viewingDirection = asString(v2.viewingDirection);
  const input = consume ? v2 : structuredClone(v2);
  input.related = asArray(input.related).map((related) =>
    typeof related === 'string' ? { '@id': related, format: 'text/html' } : related,
  );
  if (!asArray(input.related).length) delete input.related;
  withPresentation2Texts(input);
  const v3: JsonObject = upgrade(input);
  dedupeBehaviors(v3);
  if (!v3.rights && license) v3.rights = license;
  if (!v3.viewingDirection && viewingDirection) v3.viewingDirection = viewingDirection;
  for (const provider of asObjects(v3.provider)) {
    if (provider.id === upgraderProviderId) provider.id = `${idOf(v3)}#provider`;
  }
  return v3;
}

function convert(json: unknown, url: string | undefined, consume: boolean): JsonObject {
  if (!isObject(json)) throw new IIIFError('not-iiif', 'This is not a IIIF Manifest or Collection.', { url });
  let v3: JsonObject;
  try {
    v3 = presentationVersion(json, url) === 2 ? upgradePresentation2(json, consume) : json;
  } catch (error) {
    if (error instanceof IIIFError) throw error;
    throw new IIIFError('not-iiif', 'This IIIF Presentation 2 resource could not be read.', { url, cause: error });
  }
  const type = typeOf(v3);
  if ((type !== 'Manifest' && type !== 'Collection') || !idOf(v3)) {
    throw new IIIFError('not-iiif', 'This is IIIF, but not a Manifest or Collection.', { url });
  }
  return v3;
}

/**
 * Any Presentation 2 or 3 Manifest or Collection as Presentation 3: the input itself when it is
 * already version 3, else an upgraded copy. The input is never changed. Throws IIIFError
 * 'not-iiif' or 'unsupported-version'.
 */
export function toPresentation3(json: unknown, url?: string): JsonObject {
  return convert(json, url, false);
}

/** As `toPresentation3`, for JSON that nobody else holds: Presentation 2 is upgraded in place, without a copy. */
export function consumeAsPresentation3(json: unknown, url?: string): JsonObject {
  return convert(json, url, true);
}
