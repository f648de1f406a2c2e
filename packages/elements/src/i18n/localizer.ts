import { matchLanguage } from '@vellum/iiif';
import { catalogLoaders } from './catalogs.js';
import { en, type Catalog, type MessageKey } from './en.js';
import { MessageFormatter, type MessageParams } from './message-format.js';

export type { MessageParams } from './message-format.js';

const UI_LANGUAGES = ['en', ...Object.keys(catalogLoaders)];
const loadedCatalogs = new Map<string, Catalog>([['en', en]]);
/** Scripts written from right to left, as Intl.Locale names them. */
const RIGHT_TO_LEFT_SCRIPTS = new Set(['Arab', 'Hebr', 'Thaa', 'Syrc', 'Nkoo', 'Adlm', 'Rohg', 'Mand', 'Samr']);

/** The reader's languages, best first: the `language` attribute, the browser's, then the page's `lang`. */
export function preferredLanguages(language?: string | null, pageLanguage?: string | null): string[] {
  const browser = typeof navigator === 'undefined' ? [] : [...navigator.languages];
  return [...new Set([language, ...browser, pageLanguage, 'en'].filter((tag): tag is string => Boolean(tag)))];
}

const uiLanguageFor = (languages: readonly string[]) => matchLanguage(UI_LANGUAGES, languages) ?? 'en';

/**
 * Turns message keys into text in the UI language that best serves the reader's languages. A catalog that has not
 * loaded yet reads as English until `Localizer.load` has fetched it.
 */
export class Localizer {
  /** A localizer for these languages with its catalog loaded. */
  static async load(languages: readonly string[] = preferredLanguages()): Promise<Localizer> {
    const language = uiLanguageFor(languages);
    if (!loadedCatalogs.has(language)) loadedCatalogs.set(language, await catalogLoaders[language]());
    return new Localizer(languages);
  }

  /** The reader's languages, best first: also the preference for IIIF language maps. */
  readonly languages: readonly string[];
  /** The BCP 47 tag of the catalog in use. */
  readonly uiLanguage: string;
  /** Whether the catalog that serves these languages is still to load (English shows meanwhile). */
  readonly pending: boolean;
  readonly #catalog: Catalog;
  readonly #formatter: MessageFormatter;

  constructor(languages: readonly string[] = preferredLanguages()) {
    this.languages = languages;
    const wanted = uiLanguageFor(languages);
    this.pending = !loadedCatalogs.has(wanted);
    this.uiLanguage = this.pending ? 'en' : wanted;
    this.#catalog = loadedCatalogs.get(this.uiLanguage) ?? en;
    this.#formatter = new MessageFormatter(this.uiLanguage);
  }

  /** The direction of the UI language's script, for the `dir` of the chrome. */
  get dir(): 'ltr' | 'rtl' {
    return RIGHT_TO_LEFT_SCRIPTS.has(new Intl.Locale(this.uiLanguage).maximize().script ?? '') ? 'rtl' : 'ltr';
  }

  readonly msg = (key: MessageKey, params: MessageParams = {}): string => this.#formatter.format(this.#catalog[key], params);
}
