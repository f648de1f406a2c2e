import { expect } from '@esm-bundle/chai';
import { closestLanguage, matchLanguage } from './language-match.js';

describe('closestLanguage', () => {
  it('walks zh-Hant-TW to zh-TW, then zh-Hant, then another Traditional region, then zh, and never to Simplified', () => {
    const order = ['zh-TW', 'zh-Hant', 'zh-HK', 'zh'];
    for (let i = 0; i < order.length; i++) {
      expect(closestLanguage('zh-Hant-TW', ['zh-Hans', 'zh-CN', ...order.slice(i).reverse()])).to.equal(order[i]);
    }
    expect(closestLanguage('zh-Hant-TW', ['zh-Hans', 'zh-CN'])).to.equal(undefined);
  });

  it('serves a Simplified reader from zh and zh-CN, and a Traditional one from zh-TW', () => {
    expect(closestLanguage('zh', ['zh-TW', 'zh-CN'])).to.equal('zh-CN');
    expect(closestLanguage('zh-SG', ['zh-TW', 'zh-CN'])).to.equal('zh-CN');
    expect(closestLanguage('zh-HK', ['zh-CN', 'zh-TW'])).to.equal('zh-TW');
    expect(closestLanguage('zh-Hans', ['zh-TW', 'zh'])).to.equal('zh');
  });

  it('takes another region of the same language, the exact tag first, and old codes by their new ones', () => {
    expect(closestLanguage('en-GB', ['fr', 'en'])).to.equal('en');
    expect(closestLanguage('pt-PT', ['pt-BR'])).to.equal('pt-BR');
    expect(closestLanguage('en-GB', ['en-US', 'en-GB'])).to.equal('en-GB');
    expect(closestLanguage('no', ['nb'])).to.equal('nb');
    expect(closestLanguage('iw', ['he'])).to.equal('he');
    expect(closestLanguage('sr-Latn', ['sr-Cyrl'])).to.equal(undefined);
  });

  it('matches keys that are not language tags only exactly', () => {
    expect(closestLanguage('none', ['en', 'none'])).to.equal('none');
    expect(closestLanguage('@none', ['en'])).to.equal(undefined);
  });
});

describe('matchLanguage', () => {
  it('follows the reader languages in order', () => {
    expect(matchLanguage(['en', 'zh-Hant'], ['ja', 'zh-TW', 'en'])).to.equal('zh-Hant');
    expect(matchLanguage(['en', 'zh-Hant'], ['ja'])).to.equal(undefined);
  });
});
