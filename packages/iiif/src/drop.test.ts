import { expect } from '@esm-bundle/chai';
import { contentStateOf, encodeContentState, InputError, loadResource, targetsOfDrop, type InputErrorKind, type ViewerManifest } from './index.js';

const manifestUrl = `${location.origin}/fixtures/manifests/book.json`;
const canvasId = 'https://example.org/book/canvas/3';

function transfer(entries: Record<string, string>, files: File[] = []): DataTransfer {
  const data = new DataTransfer();
  for (const [type, value] of Object.entries(entries)) data.setData(type, value);
  for (const file of files) data.items.add(file);
  return data;
}

async function kindOf(promise: Promise<unknown>): Promise<InputErrorKind> {
  try {
    await promise;
  } catch (error) {
    if (error instanceof InputError) return error.kind;
    throw error;
  }
  throw new Error('expected an InputError');
}

async function manifestAt(url: string): Promise<ViewerManifest> {
  const resource = await loadResource(url);
  if (resource.type !== 'Manifest') throw new Error('expected a manifest');
  return resource.manifest;
}

function imageFile(name: string, width: number, height: number): Promise<File> {
  const canvas = document.createElement('canvas');
  canvas.width = width;
  canvas.height = height;
  canvas.getContext('2d')!.fillRect(0, 0, width, height);
  return new Promise((resolve) => canvas.toBlob((blob) => resolve(new File([blob!], name, { type: 'image/png' })), 'image/png'));
}

describe('targetsOfDrop with real DataTransfer objects', () => {
  it('reads a classic IIIF icon link with manifest and canvas', async () => {
    const link = `https://library.example/viewer?manifest=${encodeURIComponent(manifestUrl)}&canvas=${encodeURIComponent(canvasId)}`;
    expect(await targetsOfDrop(transfer({ 'text/uri-list': link, 'text/plain': link }))).to.deep.equal([{ manifestUrl, canvasId }]);
  });

  it('reads an iiif-content link', async () => {
    const state = encodeContentState(contentStateOf({ manifestUrl, canvasId, region: { x: 1, y: 2, width: 30, height: 40 } }));
    const targets = await targetsOfDrop(transfer({ 'text/uri-list': `https://viewer.example/?iiif-content=${state}` }));
    expect(targets).to.deep.equal([{ manifestUrl, canvasId, region: { x: 1, y: 2, width: 30, height: 40 } }]);
  });

  it('reads content-state JSON dropped as text/plain (cookbook 0599)', async () => {
    const json = JSON.stringify({ id: canvasId, type: 'Canvas', partOf: [{ id: manifestUrl, type: 'Manifest' }] }, null, 2);
    expect(await targetsOfDrop(transfer({ 'text/plain': json }))).to.deep.equal([{ manifestUrl, canvasId }]);
  });

  it('reads a bare manifest URL', async () => {
    expect(await targetsOfDrop(transfer({ 'text/plain': ` ${manifestUrl}\n` }))).to.deep.equal([{ manifestUrl }]);
  });

  it('opens a dropped .json manifest file through a blob URL', async () => {
    const text = await (await fetch(manifestUrl)).text();
    const [target] = await targetsOfDrop(transfer({}, [new File([text], 'book.json', { type: 'application/json' })]));
    expect(target.manifestUrl).to.match(/^blob:/);
    const manifest = await manifestAt(target.manifestUrl);
    expect(manifest.canvases.length).to.equal((await manifestAt(manifestUrl)).canvases.length);
  });

  it('wraps dropped images into a generated manifest, one canvas each at the image size', async () => {
    const files = [await imageFile('a.png', 40, 30), await imageFile('b.png', 20, 50)];
    const [target] = await targetsOfDrop(transfer({}, files));
    const manifest = await manifestAt(target.manifestUrl);
    expect(manifest.canvases.map(({ width, height }) => [width, height])).to.deep.equal([[40, 30], [20, 50]]);
    expect(manifest.canvases[0].label).to.deep.equal({ none: ['a.png'] });
    const source = manifest.canvases[1].images[0].source;
    expect(source.kind === 'plain' && source.url).to.match(/^blob:/);
  });

  it('gives typed errors for text that is not a URL, files that are not IIIF and malformed content state', async () => {
    expect(await kindOf(targetsOfDrop(transfer({ 'text/plain': 'hello there' })))).to.equal('not-url');
    expect(await kindOf(targetsOfDrop(transfer({})))).to.equal('not-url');
    const notIiif = new File([JSON.stringify({ hello: 'world' })], 'data.json', { type: 'application/json' });
    expect(await kindOf(targetsOfDrop(transfer({}, [notIiif])))).to.equal('not-iiif');
    expect(await kindOf(targetsOfDrop(transfer({}, [new File(['{nope'], 'x.json')])))).to.equal('not-iiif');
    expect(await kindOf(targetsOfDrop(transfer({}, [new File(['hi'], 'notes.txt', { type: 'text/plain' })])))).to.equal('not-iiif');
    expect(await kindOf(targetsOfDrop(transfer({ 'text/uri-list': 'https://viewer.example/?iiif-content=%%%' })))).to.equal('malformed-content-state');
  });
});
