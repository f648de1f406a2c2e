import type { LanguageMap } from './model.js';

const noLanguageKeys = ['none', '@none'];

function primarySubtag(tag: string): string {
  return tag.toLowerCase().split('-')[0];
}

function keysWithValues(map: LanguageMap): string[] {
  return Object.keys(map).filter((key) => Array.isArray(map[key]) && map[key].length > 0);
}

/** The first of `keys` that matches the user's languages in order: exact tag, then primary subtag. */
export function matchLanguage(keys: readonly string[], languages: readonly string[]): string | undefined {
  for (const language of languages) {
    const exact = keys.find((key) => key.toLowerCase() === language.toLowerCase());
    if (exact) return exact;
    const primary = primarySubtag(language);
    const related = keys.find((key) => !noLanguageKeys.includes(key) && primarySubtag(key) === primary);
    if (related) return related;
  }
  return undefined;
}

/**
 * The key of a language map to display, following the Presentation 3 rules: the best match for
 * the user's languages (exact tag, then primary subtag, in preference order); otherwise the values
 * without a language (`none`); otherwise English; otherwise the first language given.
 */
export function pickLanguage(map: LanguageMap | undefined, languages: readonly string[]): string | undefined {
  if (!map) return undefined;
  const keys = keysWithValues(map);
  return (
    matchLanguage(keys, languages) ??
    keys.find((key) => noLanguageKeys.includes(key)) ??
    matchLanguage(keys, ['en']) ??
    keys[0]
  );
}

/** The values of a language map to display for these user languages (see `pickLanguage`). */
export function getValues(map: LanguageMap | undefined, languages: readonly string[]): string[] {
  const key = pickLanguage(map, languages);
  return map && key ? map[key].filter((value) => typeof value === 'string') : [];
}

/** The displayed values joined into one string. The result may be HTML: check `isHtml` before rendering. */
export function getText(map: LanguageMap | undefined, languages: readonly string[], separator = '; '): string {
  return getValues(map, languages).join(separator);
}
