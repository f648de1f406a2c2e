import { asArray, asObjects, asStrings, idOf, isObject, typeOf, type JsonObject } from '../json.js';
import { linkUrl, SERVICE_SCHEMES } from '../link-url.js';
import type { SearchService } from '../model.js';

const serviceUrl = (value: unknown) => linkUrl(value, SERVICE_SCHEMES);

const SEARCH_PROFILE = /^https?:\/\/iiif\.io\/api\/search\/([01])\/search$/;
const AUTOCOMPLETE_PROFILE = /^https?:\/\/iiif\.io\/api\/search\/[01]\/autocomplete$/;

/** The version of a search service entry: by its type (Presentation 3 and upgraded 2), else by its profile. */
function searchVersion(service: JsonObject): 1 | 2 | undefined {
  const type = typeOf(service);
  if (type === 'SearchService2') return 2;
  if (type === 'SearchService1') return 1;
  return asStrings(service.profile).some((profile) => SEARCH_PROFILE.test(profile)) ? 1 : undefined;
}

function isAutocomplete(service: JsonObject): boolean {
  const type = typeOf(service);
  return type === 'AutoCompleteService2' || type === 'AutoCompleteService1' || asStrings(service.profile).some((profile) => AUTOCOMPLETE_PROFILE.test(profile));
}

/** The search service a resource (manifest, canvas or range) offers, the newest version first, with its autocomplete. */
export function searchServiceOf(resource: JsonObject): SearchService | undefined {
  const found = asObjects(resource.service)
    .map((service) => ({ service, version: searchVersion(service), id: serviceUrl(idOf(service)) }))
    .filter((entry): entry is { service: JsonObject; version: 1 | 2; id: string } => entry.version !== undefined && entry.id !== undefined)
    .sort((a, b) => b.version - a.version)[0];
  if (!found) return undefined;
  const autocomplete = asArray(found.service.service).find((inner) => isObject(inner) && isAutocomplete(inner));
  const autocompleteId = isObject(autocomplete) ? serviceUrl(idOf(autocomplete)) : undefined;
  return { version: found.version, id: found.id, ...(autocompleteId ? { autocomplete: autocompleteId } : {}) };
}
