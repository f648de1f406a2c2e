import { expect } from '@esm-bundle/chai';
import { argumentsOf, hasStrayBrace, MessageFormatter, pluralForms } from './message-format.js';

const pages = '{count, plural, =0 {No pages} one {# page of {title}} few {# strony} other {# pages of {title}}}';

describe('MessageFormatter', () => {
  it('fills placeholders, with numbers in the language', () => {
    expect(new MessageFormatter('en').format('{index} of {total}', { index: 3, total: 12000 })).to.equal('3 of 12,000');
    expect(new MessageFormatter('fr').format('{index} sur {total}', { index: 3, total: 12000 })).to.equal('3 sur 12\u202f000');
    expect(new MessageFormatter('en').format('{missing} stays', {})).to.equal('{missing} stays');
  });

  it('picks the plural form of the language, an exact value first, with # for the number', () => {
    const english = new MessageFormatter('en');
    expect(english.format(pages, { count: 0, title: 'Atlas' })).to.equal('No pages');
    expect(english.format(pages, { count: 1, title: 'Atlas' })).to.equal('1 page of Atlas');
    expect(english.format(pages, { count: 1500, title: 'Atlas' })).to.equal('1,500 pages of Atlas');
    expect(new MessageFormatter('pl').format(pages, { count: 3, title: 'Atlas' })).to.equal('3 strony');
    expect(new MessageFormatter('ar').format('{n, plural, two {اثنان} other {#}}', { n: 2 })).to.equal('اثنان');
  });

  it('lists the arguments and plural forms a message takes, for the catalogs check', () => {
    expect([...argumentsOf(pages)].sort()).to.deep.equal(['count', 'title']);
    expect([...pluralForms(pages).get('count')!.keys()]).to.deep.equal(['=0', 'one', 'few', 'other']);
    expect([...argumentsOf('Colour {n}')]).to.deep.equal(['n']);
    expect(hasStrayBrace(pages)).to.equal(false);
    expect(hasStrayBrace('{count, plural, one {# page}')).to.equal(true);
    expect(hasStrayBrace('Colour {n')).to.equal(true);
  });
});
