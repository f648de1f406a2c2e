import { expect } from '@esm-bundle/chai';
import { contentStateOf, encodeContentState, InputError, targetOfInput } from './index.js';

const manifestUrl = 'https://example.org/book/manifest';
const canvasId = 'https://example.org/book/canvas/3';
const region = { x: 1, y: 2, width: 30, height: 40 };

describe('targetOfInput', () => {
  it('opens a manifest URL as it is, spaces around it aside', () => {
    expect(targetOfInput(`  ${manifestUrl}\n`)).to.deep.equal({ manifestUrl });
  });

  it('reads a classic IIIF icon link and an iiif-content link', () => {
    const icon = `https://library.example/viewer?manifest=${encodeURIComponent(manifestUrl)}&canvas=${encodeURIComponent(canvasId)}`;
    expect(targetOfInput(icon)).to.deep.equal({ manifestUrl, canvasId });
    const state = encodeContentState(contentStateOf({ manifestUrl, canvasId, region }));
    expect(targetOfInput(`https://viewer.example/?iiif-content=${state}`)).to.deep.equal({ manifestUrl, canvasId, region });
  });

  it('reads content-state JSON', () => {
    expect(targetOfInput(JSON.stringify(contentStateOf({ manifestUrl, canvasId })))).to.deep.equal({ manifestUrl, canvasId });
  });

  it('reads anything else as base64url content state', () => {
    const state = encodeContentState(contentStateOf({ manifestUrl, canvasId, region }));
    expect(targetOfInput(state)).to.deep.equal({ manifestUrl, canvasId, region });
    expect(() => targetOfInput('%%%not-base64')).to.throw(InputError).with.property('kind', 'malformed-content-state');
  });

  it('refuses a link that is not a web address', () => {
    const link = `https://viewer.example/?manifest=${encodeURIComponent('ftp://example.org/m')}`;
    expect(() => targetOfInput(link)).to.throw(InputError).with.property('kind', 'not-url');
  });
});
