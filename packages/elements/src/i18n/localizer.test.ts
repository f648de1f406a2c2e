import { expect } from '@esm-bundle/chai';
import { en, fr, Localizer, preferredLanguages } from './index.js';

describe('Localizer', () => {
  it('translates keys and fills parameters with localised numbers', () => {
    expect(new Localizer(['en']).msg('nav.position', { index: 3, total: 1200 })).to.equal('3 of 1,200');
    expect(new Localizer(['fr-FR']).msg('nav.position', { index: 3, total: 1200 })).to.match(/^3 sur 1\s200$/);
  });

  it('falls back through the preference list to English', () => {
    const localizer = new Localizer(['tlh', 'fr-CA', 'en']);
    expect(localizer.uiLanguage).to.equal('fr');
    expect(new Localizer(['tlh']).msg('nav.next')).to.equal('Next');
  });

  it('puts the language attribute before the browser languages', () => {
    const languages = preferredLanguages('fr');
    expect(languages[0]).to.equal('fr');
    expect(languages).to.include('en');
    expect(preferredLanguages(null)).to.deep.equal(preferredLanguages());
  });

  it('has a French string for every English key', () => {
    expect(Object.keys(fr).sort()).to.deep.equal(Object.keys(en).sort());
    for (const value of Object.values(fr)) expect(value).to.be.a('string').and.not.equal('');
  });
});
