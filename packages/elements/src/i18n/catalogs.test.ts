import { expect } from '@esm-bundle/chai';
import { catalogLoaders } from './catalogs.js';
import { en } from './en.js';
import { argumentsOf, hasStrayBrace, pluralForms } from './message-format.js';

const englishKeys = Object.keys(en).sort();

/** What is wrong with one message of a catalog, compared with its English source. */
function problemsOf(language: string, key: keyof typeof en, message: unknown): string[] {
  if (typeof message !== 'string' || message.trim() === '') return [`${key} is empty`];
  const problems: string[] = [];
  const wanted = [...argumentsOf(en[key])].sort().join(', ');
  const given = [...argumentsOf(message)].sort().join(', ');
  if (given !== wanted) problems.push(`${key} takes {${given}} instead of {${wanted}}`);
  const categories = new Intl.PluralRules(language).resolvedOptions().pluralCategories;
  for (const [name, forms] of pluralForms(message)) {
    const missing = categories.filter((category) => !forms.has(category));
    if (missing.length > 0) problems.push(`${key}: {${name}} has no ${missing.join(', ')} form`);
  }
  if (hasStrayBrace(message)) problems.push(`${key} has a stray brace`);
  return problems;
}

describe('UI catalogs', () => {
  it('counts 24 languages, English among them', () => {
    expect(Object.keys(catalogLoaders).length + 1).to.equal(24);
  });

  for (const [language, load] of Object.entries(catalogLoaders)) {
    it(`${language} has every English key, none extra, with the same arguments and every plural form of ${language}`, async () => {
      const catalog = await load();
      expect(Object.keys(catalog).sort()).to.deep.equal(englishKeys);
      const problems = Object.entries(catalog).flatMap(([key, message]) => problemsOf(language, key as keyof typeof en, message));
      expect(problems).to.deep.equal([]);
    });
  }

  it('gives English every plural form of English', () => {
    const problems = Object.entries(en).flatMap(([key, message]) => problemsOf('en', key as keyof typeof en, message));
    expect(problems).to.deep.equal([]);
  });
});
