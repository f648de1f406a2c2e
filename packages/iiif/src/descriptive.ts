import { imageSourcesOf } from './image-source.js';
import { asObject, asObjects, asString, asStrings, idOf, isObject, typeOf } from './json.js';
import { linkUrl } from './link-url.js';
import type { Agent, LabelValue, LanguageMap, LinkedResource } from './model.js';

/** The most characters a text keeps: a label or value longer than this is cut, since laying out megabytes of text freezes the page. */
export const MAX_TEXT_LENGTH = 10_000;

const bounded = (text: string) => (text.length > MAX_TEXT_LENGTH ? `${text.slice(0, MAX_TEXT_LENGTH)}…` : text);

/** A language map from untrusted JSON; a bare string becomes `{ none: [string] }`; empty strings are dropped, and long ones cut. */
export function languageMapOf(value: unknown): LanguageMap {
  if (typeof value === 'string') return value ? { none: [bounded(value)] } : {};
  if (!isObject(value)) return {};
  const map: LanguageMap = {};
  for (const [language, values] of Object.entries(value)) {
    const strings = asStrings(values).filter((text) => text !== '').map(bounded);
    if (strings.length) map[language] = strings;
  }
  return map;
}

export function labelValueOf(value: unknown): LabelValue | undefined {
  const pair = asObject(value);
  if (!pair) return undefined;
  const labelValue = { label: languageMapOf(pair.label), value: languageMapOf(pair.value) };
  return Object.keys(labelValue.value).length ? labelValue : undefined;
}

export function metadataOf(value: unknown): LabelValue[] {
  return asObjects(value).flatMap((pair) => labelValueOf(pair) ?? []);
}

/** Resources to link to (homepages, renderings, seeAlso); one whose id is not a web or mail address is left out. */
export function linkedResourcesOf(value: unknown): LinkedResource[] {
  return asObjects(value).flatMap((resource) => {
    const id = linkUrl(idOf(resource));
    if (!id) return [];
    const label = languageMapOf(resource.label);
    return [
      {
        id,
        type: typeOf(resource),
        format: asString(resource.format),
        ...(Object.keys(label).length ? { label } : {}),
      },
    ];
  });
}

export function agentsOf(value: unknown): Agent[] {
  return asObjects(value).map((agent) => ({
    id: idOf(agent) ?? '',
    label: languageMapOf(agent.label),
    homepage: linkedResourcesOf(agent.homepage),
    logo: imageSourcesOf(agent.logo),
  }));
}

export function uniqueStrings(value: unknown): string[] {
  return [...new Set(asStrings(value))];
}
