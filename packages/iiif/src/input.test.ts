import { expect } from '@esm-bundle/chai';
import { contentStateOf, encodeContentState, InputError, targetsOfInput } from './index.js';

const manifestUrl = 'https://example.org/book/manifest';
const canvasId = 'https://example.org/book/canvas/3';
const region = { x: 1, y: 2, width: 30, height: 40 };

describe('targetsOfInput', () => {
  it('opens a manifest URL as it is, spaces around it aside', () => {
    expect(targetsOfInput(`  ${manifestUrl}\n`)).to.deep.equal([{ manifestUrl }]);
  });

  it('reads a classic IIIF icon link and an iiif-content link', () => {
    const icon = `https://library.example/viewer?manifest=${encodeURIComponent(manifestUrl)}&canvas=${encodeURIComponent(canvasId)}`;
    expect(targetsOfInput(icon)).to.deep.equal([{ manifestUrl, canvasId }]);
    const state = encodeContentState(contentStateOf({ manifestUrl, canvasId, region }));
    expect(targetsOfInput(`https://viewer.example/?iiif-content=${state}`)).to.deep.equal([{ manifestUrl, canvasId, region }]);
  });

  it('reads content-state JSON', () => {
    expect(targetsOfInput(JSON.stringify(contentStateOf({ manifestUrl, canvasId })))).to.deep.equal([{ manifestUrl, canvasId }]);
  });

  it('reads anything else as base64url content state', () => {
    const state = encodeContentState(contentStateOf({ manifestUrl, canvasId, region }));
    expect(targetsOfInput(state)).to.deep.equal([{ manifestUrl, canvasId, region }]);
    expect(() => targetsOfInput('%%%not-base64')).to.throw(InputError).with.property('kind', 'malformed-content-state');
  });

  it('refuses a link that is not a web address', () => {
    const link = `https://viewer.example/?manifest=${encodeURIComponent('ftp://example.org/m')}`;
    expect(() => targetsOfInput(link)).to.throw(InputError).with.property('kind', 'not-url');
  });
});
