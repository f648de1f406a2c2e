import { matchLanguage } from './language-match.js';
import type { LanguageMap } from './model.js';

const noLanguageKeys = ['none', '@none'];

function keysWithValues(map: LanguageMap): string[] {
  return Object.keys(map).filter((key) => Array.isArray(map[key]) && map[key].length > 0);
}

/**
 * The key of a language map to display, following the Presentation 3 rules: the best match for
 * the user's languages in preference order (see `closestLanguage`: same language and script); otherwise the values
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
