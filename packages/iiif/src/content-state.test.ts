import { expect } from '@esm-bundle/chai';
import { contentStateOf, decodeContentState, encodeContentState, InputError, loadResource, resolveTarget, type InputErrorKind } from './index.js';

/** Content State API 1.0, §6.3: the JSON and its encoding as the specification prints them. */
const specJson = {
  id: 'https://example.org/object1/canvas7#xywh=1000,2000,1000,2000',
  type: 'Canvas',
  partOf: [{ id: 'https://example.org/object1/manifest', type: 'Manifest' }],
};
const specEncoded =
  'JTdCJTIyaWQlMjIlM0ElMjJodHRwcyUzQSUyRiUyRmV4YW1wbGUub3JnJTJGb2JqZWN0MSUyRmNhbnZhczclMjN4eXdoJTNEMTAwMCUyQzIwMDAlMkMxMDAwJTJDMjAwMCUyMiUyQyUyMnR5cGUlMjIlM0ElMjJDYW52YXMlMjIlMkMlMjJwYXJ0T2YlMjIlM0ElNUIlN0IlMjJpZCUyMiUzQSUyMmh0dHBzJTNBJTJGJTJGZXhhbXBsZS5vcmclMkZvYmplY3QxJTJGbWFuaWZlc3QlMjIlMkMlMjJ0eXBlJTIyJTNBJTIyTWFuaWZlc3QlMjIlN0QlNUQlN0Q';

function kindOf(action: () => unknown): InputErrorKind {
  try {
    action();
  } catch (error) {
    if (error instanceof InputError) return error.kind;
    throw error;
  }
  throw new Error('expected an InputError');
}

describe('content state', () => {
  it('encodes the specification example exactly as §6.3 prints it', () => {
    expect(encodeContentState(specJson)).to.equal(specEncoded);
  });

  it('decodes the §6.3 example to its manifest, canvas and region', () => {
    expect(decodeContentState(specEncoded)).to.deep.equal([{
      manifestUrl: 'https://example.org/object1/manifest',
      canvasId: 'https://example.org/object1/canvas7',
      region: { x: 1000, y: 2000, width: 1000, height: 2000 },
    }]);
  });

  it('round-trips a shared view, including non-ASCII ids', () => {
    const view = { manifestUrl: 'https://example.org/é/manifest', canvasId: 'https://example.org/é/c2', region: { x: 10, y: 20, width: 300, height: 400 } };
    const encoded = encodeContentState(contentStateOf(view));
    expect(encoded).to.match(/^[A-Za-z0-9_-]+$/);
    expect(decodeContentState(encoded)).to.deep.equal([view]);
    expect(decodeContentState(encodeContentState(contentStateOf({ manifestUrl: view.manifestUrl })))).to.deep.equal([{ manifestUrl: view.manifestUrl }]);
  });

  it('encodes a content state of any length (a 100 KB manifest URL) and reads it back', () => {
    const manifestUrl = `https://example.org/${'a'.repeat(100_000)}`;
    expect(decodeContentState(encodeContentState(contentStateOf({ manifestUrl })))).to.deep.equal([{ manifestUrl }]);
  });

  it('shares only the part of a letterboxed view on the canvas: Media Fragments have no negative numbers', () => {
    const view = { manifestUrl: 'https://example.org/m', canvasId: 'https://example.org/c1', region: { x: -3303, y: -10, width: 9606, height: 4200 } };
    const targetOf = (shared: object) => (shared as { target: { id: string } }).target.id;
    expect(targetOf(contentStateOf({ ...view, canvasSize: { width: 3000, height: 4000 } }))).to.equal('https://example.org/c1#xywh=0,0,3000,4000');
    expect(targetOf(contentStateOf(view))).to.equal('https://example.org/c1#xywh=0,0,6303,4190');
    const offCanvas = { ...view, region: { x: 5000, y: 0, width: 100, height: 100 }, canvasSize: { width: 3000, height: 4000 } };
    expect(targetOf(contentStateOf(offCanvas))).to.equal('https://example.org/c1');
  });

  it('reads a plain URI, a Manifest, a Range and a SpecificResource with a selector', () => {
    expect(decodeContentState('https://example.org/m.json')).to.deep.equal([{ manifestUrl: 'https://example.org/m.json' }]);
    expect(decodeContentState(encodeContentState({ id: 'https://example.org/m', type: 'Manifest' }))).to.deep.equal([{ manifestUrl: 'https://example.org/m' }]);
    const range = { id: 'https://example.org/r1', type: 'Range', partOf: [{ id: 'https://example.org/m', type: 'Manifest' }] };
    expect(decodeContentState(JSON.stringify(range))).to.deep.equal([{ manifestUrl: 'https://example.org/m', rangeId: 'https://example.org/r1' }]);
    const annotation = {
      type: 'Annotation',
      motivation: ['contentState'],
      target: {
        type: 'SpecificResource',
        source: { id: 'https://example.org/c1', type: 'Canvas', partOf: [{ id: 'https://example.org/m', type: 'Manifest' }] },
        selector: { type: 'FragmentSelector', value: 'xywh=1,2,3,4' },
      },
    };
    expect(decodeContentState(encodeContentState(annotation))).to.deep.equal([{
      manifestUrl: 'https://example.org/m',
      canvasId: 'https://example.org/c1',
      region: { x: 1, y: 2, width: 3, height: 4 },
    }]);
  });

  it('rejects malformed base64 and a canvas without its manifest', () => {
    expect(kindOf(() => decodeContentState('not base64!'))).to.equal('malformed-content-state');
    expect(kindOf(() => decodeContentState('JTdCJTIy'))).to.equal('malformed-content-state');
    expect(kindOf(() => decodeContentState(JSON.stringify({ id: 'https://example.org/c1', type: 'Canvas' })))).to.equal('no-manifest');
  });

  it('rejects a target whose canvas is not in the loaded manifest', async () => {
    const resource = await loadResource(`${location.origin}/fixtures/manifests/book.json`);
    if (resource.type !== 'Manifest') throw new Error('expected a manifest');
    const { manifest } = resource;
    expect(resolveTarget({ manifestUrl: manifest.id, canvasId: manifest.canvases[2].id }, manifest)).to.deep.equal({ canvasId: manifest.canvases[2].id, region: undefined });
    expect(kindOf(() => resolveTarget({ manifestUrl: manifest.id, canvasId: `${manifest.id}/nowhere` }, manifest))).to.equal('canvas-not-in-manifest');
  });
});
