export type MessageParams = Record<string, string | number>;

/** `{count, plural, one {# page} other {# pages}}`: the forms of one plural argument. */
const PLURAL = /\{(\w+), plural,((?:\s*(?:=\d+|\w+)\s*\{(?:[^{}]|\{\w+\})*\})+)\s*\}/g;
const FORM = /(=\d+|\w+)\s*\{((?:[^{}]|\{\w+\})*)\}/g;
const PLACEHOLDER = /\{(\w+)\}/g;

const formsOf = (body: string) => new Map([...body.matchAll(FORM)].map(([, category, text]) => [category, text]));

/** The forms of each plural argument of a message, by category (`one`, `few`, `other`…) or exact value (`=0`). */
export function pluralForms(message: string): Map<string, Map<string, string>> {
  const plurals = new Map<string, Map<string, string>>();
  for (const [, name, body] of message.matchAll(PLURAL)) {
    plurals.set(name, formsOf(body));
  }
  return plurals;
}

/** The names of every argument a message takes, plain or plural. */
export function argumentsOf(message: string): Set<string> {
  const names = new Set<string>();
  const flat = message.replace(PLURAL, (_, name: string, body: string) => {
    names.add(name);
    return [...formsOf(body).values()].join(' ');
  });
  for (const [, name] of flat.matchAll(PLACEHOLDER)) names.add(name);
  return names;
}

/** Whether a message holds a brace that is neither a placeholder nor part of a plural argument. */
export function hasStrayBrace(message: string): boolean {
  return /[{}]/.test(message.replace(PLURAL, '').replace(PLACEHOLDER, ''));
}

/** Formats messages for one language: numbers by `Intl.NumberFormat`, plural forms by `Intl.PluralRules`. */
export class MessageFormatter {
  readonly #numbers: Intl.NumberFormat;
  readonly #plurals: Intl.PluralRules;

  constructor(language: string) {
    this.#numbers = new Intl.NumberFormat(language);
    this.#plurals = new Intl.PluralRules(language);
  }

  /** Fills `{name}` with its parameter and a plural argument with the form its number takes; `#` is the number. */
  format(message: string, params: MessageParams): string {
    const chosen = message.replace(PLURAL, (whole, name: string, body: string) => {
      const value = params[name];
      if (typeof value !== 'number') return whole;
      const forms = formsOf(body);
      const form = forms.get(`=${value}`) ?? forms.get(this.#plurals.select(value)) ?? forms.get('other') ?? '';
      return form.replaceAll('#', this.#numbers.format(value));
    });
    return chosen.replace(PLACEHOLDER, (placeholder, name: string) => {
      const value = params[name];
      if (value === undefined) return placeholder;
      return typeof value === 'number' ? this.#numbers.format(value) : value;
    });
  }
}
