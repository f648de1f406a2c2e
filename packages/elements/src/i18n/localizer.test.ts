import { expect } from '@esm-bundle/chai';
import { Localizer, preferredLanguages } from './index.js';

describe('Localizer', () => {
  it('translates keys and fills parameters with localised numbers', async () => {
    expect(new Localizer(['en']).msg('nav.position', { index: 3, total: 1200 })).to.equal('3 of 1,200');
    expect((await Localizer.load(['fr-FR'])).msg('nav.position', { index: 3, total: 1200 })).to.match(/^3 sur 1\s200$/);
  });

  it('picks plural forms by the UI language', async () => {
    expect(new Localizer(['en']).msg('annotations.exported', { count: 1 })).to.equal('Exported 1 annotation.');
    expect(new Localizer(['en']).msg('annotations.exported', { count: 2 })).to.equal('Exported 2 annotations.');
    const polish = await Localizer.load(['pl']);
    expect(polish.msg('annotations.exported', { count: 3 })).to.not.equal(polish.msg('annotations.exported', { count: 5 }));
  });

  it('falls back through the preference list to English', async () => {
    const localizer = await Localizer.load(['tlh', 'fr-CA', 'en']);
    expect(localizer.uiLanguage).to.equal('fr');
    expect((await Localizer.load(['tlh'])).msg('nav.next')).to.equal('Next');
  });

  it('negotiates Chinese by script: Traditional for zh-Hant-TW and zh-HK, Simplified for zh and zh-SG', async () => {
    expect((await Localizer.load(['zh-Hant-TW'])).uiLanguage).to.equal('zh-TW');
    expect((await Localizer.load(['zh-HK'])).uiLanguage).to.equal('zh-TW');
    expect((await Localizer.load(['zh'])).uiLanguage).to.equal('zh-CN');
    expect((await Localizer.load(['zh-SG'])).uiLanguage).to.equal('zh-CN');
  });

  it('speaks English until a catalog has loaded, then the reader language', async () => {
    const languages = ['ko'];
    const before = new Localizer(languages);
    if (before.pending) expect(before.msg('nav.next')).to.equal('Next');
    const after = await Localizer.load(languages);
    expect(after.pending).to.equal(false);
    expect(after.uiLanguage).to.equal('ko');
    expect(after.msg('nav.next')).to.not.equal('Next');
  });

  it('gives the right-to-left languages their direction', async () => {
    for (const language of ['ar', 'he', 'fa']) expect((await Localizer.load([language])).dir).to.equal('rtl');
    expect((await Localizer.load(['zh-CN'])).dir).to.equal('ltr');
    expect(new Localizer(['en']).dir).to.equal('ltr');
  });

  it('puts the language attribute first, then the browser languages, then the page language', () => {
    const languages = preferredLanguages('fr', 'de');
    expect(languages[0]).to.equal('fr');
    expect(languages.indexOf('de')).to.be.greaterThan(languages.indexOf(navigator.languages[0]));
    expect(languages).to.include('en');
    expect(preferredLanguages(null)).to.deep.equal(preferredLanguages());
  });
});
