import { expect } from '@esm-bundle/chai';
import { parseCatalog } from './index.js';

const first = 'https://example.org/first/manifest';
const second = 'https://example.org/second/manifest';

describe('parseCatalog', () => {
  it('reads a JSON array of URLs and { url, label } objects, labelling by URL when no label is given', () => {
    const value = JSON.stringify([first, { url: second, label: 'The second' }, { url: first }]);
    expect(parseCatalog(value)).to.deep.equal([
      { url: first, label: first },
      { url: second, label: 'The second' },
      { url: first, label: first },
    ]);
  });

  it('skips entries without a URL and ignores JSON that is not an array', () => {
    expect(parseCatalog(JSON.stringify([{ label: 'no url' }, 42, null, { url: second, label: 7 }]))).to.deep.equal([{ url: second, label: second }]);
    expect(parseCatalog(JSON.stringify({ url: first }))).to.deep.equal([]);
  });

  it('reads URLs separated by spaces when the value is not JSON', () => {
    expect(parseCatalog(` ${first}\n  ${second} `)).to.deep.equal([
      { url: first, label: first },
      { url: second, label: second },
    ]);
  });

  it('gives an empty catalog for no value', () => {
    expect(parseCatalog(null)).to.deep.equal([]);
    expect(parseCatalog('')).to.deep.equal([]);
  });
});
