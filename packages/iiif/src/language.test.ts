import { expect } from '@esm-bundle/chai';
import { getText, getValues, pickLanguage } from './language.js';

describe('language maps', () => {
  const map = { en: ['Book'], 'en-GB': ['Book (GB)'], fr: ['Livre'], none: ['Liber'] };

  it('picks the exact tag first', () => {
    expect(getValues(map, ['en-GB', 'fr'])).to.deep.equal(['Book (GB)']);
    expect(getValues(map, ['FR'])).to.deep.equal(['Livre']);
  });

  it('falls back to another region of the language, in preference order', () => {
    expect(getValues(map, ['fr-CA', 'en'])).to.deep.equal(['Livre']);
    expect(getValues({ 'de-AT': ['Buch'], en: ['Book'] }, ['de'])).to.deep.equal(['Buch']);
  });

  it('shows Chinese to a Chinese reader in their script, and English to an English reader', () => {
    const label = { en: ['Classic of Poetry'], 'zh-Hans': ['诗经'], 'zh-Hant': ['詩經'] };
    expect(getText(label, ['zh-TW', 'en'])).to.equal('詩經');
    expect(getText(label, ['zh-CN', 'en'])).to.equal('诗经');
    expect(getText(label, ['zh', 'en'])).to.equal('诗经');
    expect(getText(label, ['en-GB', 'zh-CN'])).to.equal('Classic of Poetry');
    expect(getText({ zh: ['诗经'], en: ['Classic of Poetry'] }, ['zh-Hant-TW'])).to.equal('诗经');
  });

  it('shows the values without a language when no language matches', () => {
    expect(getValues(map, ['ja'])).to.deep.equal(['Liber']);
    expect(getValues({ none: ['a', 'b'] }, ['en'])).to.deep.equal(['a', 'b']);
  });

  it('shows English, else the first language, when every value has a non-matching language', () => {
    expect(getValues({ fr: ['Livre'], en: ['Book'] }, ['ja'])).to.deep.equal(['Book']);
    expect(getValues({ fr: ['Livre'], de: ['Buch'] }, [])).to.deep.equal(['Livre']);
  });

  it('displays all values of the chosen language, joined for text', () => {
    const many = { en: ['One', 'Two'], fr: ['Un'] };
    expect(getText(many, ['en-US'])).to.equal('One; Two');
    expect(getText(many, ['en'], ' / ')).to.equal('One / Two');
    expect(pickLanguage(many, ['fr'])).to.equal('fr');
  });

  it('ignores empty entries and missing maps', () => {
    expect(getValues({ en: [], fr: ['Livre'] }, ['en'])).to.deep.equal(['Livre']);
    expect(getValues(undefined, ['en'])).to.deep.equal([]);
    expect(getText({}, ['en'])).to.equal('');
  });
});
