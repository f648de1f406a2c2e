import { en, type Catalog, type MessageKey } from './en.js';
import { fr } from './fr.js';

const catalogs: Record<string, Catalog> = { en, fr };

export type MessageParams = Record<string, string | number>;

/** The user's languages: the `language` attribute first, then the browser's. */
export function preferredLanguages(language?: string | null): string[] {
  const browser = typeof navigator === 'undefined' ? [] : [...navigator.languages];
  return [...new Set([language, ...browser, 'en'].filter((tag): tag is string => Boolean(tag)))];
}

/** Turns message keys into text in the first of `languages` that has a catalog. */
export class Localizer {
  /** Also the IIIF language preference for language maps. */
  readonly languages: readonly string[];
  /** The BCP 47 tag of the catalog in use. */
  readonly uiLanguage: string;
  readonly #catalog: Catalog;
  readonly #numbers: Intl.NumberFormat;

  constructor(languages: readonly string[] = preferredLanguages()) {
    this.languages = languages;
    this.uiLanguage = languages.map((tag) => tag.toLowerCase().split('-')[0]).find((tag) => tag in catalogs) ?? 'en';
    this.#catalog = catalogs[this.uiLanguage];
    this.#numbers = new Intl.NumberFormat(this.uiLanguage);
  }

  readonly msg = (key: MessageKey, params: MessageParams = {}): string =>
    this.#catalog[key].replace(/\{(\w+)\}/g, (placeholder, name: string) => {
      const value = params[name];
      if (value === undefined) return placeholder;
      return typeof value === 'number' ? this.#numbers.format(value) : value;
    });
}
