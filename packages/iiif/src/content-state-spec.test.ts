import { expect } from '@esm-bundle/chai';
import { encodeContentState, InputError, loadResource, resolveTarget, targetsOfDrop, targetsOfInput, targetsOfLink, type ViewerManifest } from './index.js';

/** Every form and example of IIIF Content State 1.0, written for these tests over the project's own book fixture. */
const book = `${location.origin}/fixtures/manifests/book.json`;
const canvas = (n: number) => `${location.origin}/fixtures/manifests/book/canvas/${n}`;
const partOfBook = [{ id: book, type: 'Manifest' }];
const annotation = (target: unknown) => ({ '@context': 'http://iiif.io/api/presentation/3/context.json', id: 'https://example.org/import/1', type: 'Annotation', motivation: ['contentState'], target });
const served = (json: unknown) => URL.createObjectURL(new Blob([JSON.stringify(json)], { type: 'application/ld+json' }));

function transfer(entries: Record<string, string>, files: File[] = []): DataTransfer {
  const data = new DataTransfer();
  for (const [type, value] of Object.entries(entries)) data.setData(type, value);
  for (const file of files) data.items.add(file);
  return data;
}

async function loadedBook(): Promise<ViewerManifest> {
  const json = await (await fetch(book)).json();
  const items = json.items.slice(4, 7).map((item: { id: string }) => ({ id: item.id, type: 'Canvas' }));
  const withRanges = { ...json, id: `${book}?ranges`, structures: [{ id: `${book}/range/1`, type: 'Range', label: { en: ['Part 1'] }, items: [{ id: `${book}/range/1.1`, type: 'Range', label: { en: ['Chapter'] }, items }] }] };
  const resource = await loadResource(withRanges);
  if (resource.type !== 'Manifest') throw new Error('expected a manifest');
  return resource.manifest;
}

describe('Content State 1.0, every form the specification gives', () => {
  const canvasTarget = { id: `${canvas(3)}#xywh=100,200,300,400`, type: 'Canvas', partOf: partOfBook };
  const expected = [{ manifestUrl: book, canvasId: canvas(3), region: { x: 100, y: 200, width: 300, height: 400 } }];

  it('§2.2.1 and §5.1: a full Annotation with a region of a canvas in a manifest', () => {
    expect(targetsOfInput(JSON.stringify(annotation(canvasTarget)))).to.deep.equal(expected);
    expect(targetsOfInput(encodeContentState(annotation(canvasTarget)))).to.deep.equal(expected);
  });

  it('§2.2.2: the URI of an Annotation is loaded, and resolves to its targets', async () => {
    const uri = served(annotation(canvasTarget));
    expect(await loadResource(uri)).to.deep.equal({ type: 'ContentState', targets: expected });
  });

  it('§2.2.3: the target body alone, as JSON and content-state-encoded', () => {
    expect(targetsOfInput(JSON.stringify(canvasTarget))).to.deep.equal(expected);
    expect(targetsOfInput(encodeContentState(canvasTarget))).to.deep.equal(expected);
  });

  it('§2.2.4: a target URI is loaded: a Manifest opens as it is, a Canvas that names its manifest is followed', async () => {
    expect(targetsOfInput(book)).to.deep.equal([{ manifestUrl: book }]);
    expect((await loadResource(book)).type).to.equal('Manifest');
    const canvasUri = served({ id: canvas(5), type: 'Canvas', partOf: partOfBook });
    expect(await loadResource(canvasUri)).to.deep.equal({ type: 'ContentState', targets: [{ manifestUrl: book, canvasId: canvas(5) }] });
  });

  it('§3.1 and §5.4: the iiif-content request parameter, as a URI, encoded, and in the unencoded form of §5.4', () => {
    expect(targetsOfLink(`https://viewer.example/?iiif-content=${encodeURIComponent(book)}`)).to.deep.equal([{ manifestUrl: book }]);
    expect(targetsOfLink(`https://viewer.example/?iiif-content=${encodeContentState(annotation(canvasTarget))}`)).to.deep.equal(expected);
    expect(targetsOfLink(`https://viewer.example/viewer.html?iiif-content=${encodeURIComponent(JSON.stringify(canvasTarget))}`)).to.deep.equal(expected);
  });

  it('§3.4 and §3.5: a dragged link, dragged JSON, and a content state file', async () => {
    const link = `https://viewer.example/?iiif-content=${encodeContentState(annotation(canvasTarget))}`;
    expect(await targetsOfDrop(transfer({ 'text/uri-list': link }))).to.deep.equal(expected);
    expect(await targetsOfDrop(transfer({ 'text/plain': JSON.stringify(annotation(canvasTarget), null, 2) }))).to.deep.equal(expected);
    const file = new File([JSON.stringify(annotation(canvasTarget))], 'view.json', { type: 'application/json' });
    expect(await targetsOfDrop(transfer({}, [file]))).to.deep.equal(expected);
  });

  it('§5.2: a point in time, from a PointSelector and from a #t= fragment', () => {
    const point = { type: 'SpecificResource', source: { id: canvas(1), type: 'Canvas', partOf: partOfBook }, selector: { type: 'PointSelector', t: 14.5 } };
    expect(targetsOfInput(JSON.stringify(annotation(point)))).to.deep.equal([{ manifestUrl: book, canvasId: canvas(1), time: 14.5 }]);
    expect(targetsOfInput(JSON.stringify({ id: `${canvas(1)}#t=npt:30`, type: 'Canvas', partOf: partOfBook }))).to.deep.equal([{ manifestUrl: book, canvasId: canvas(1), time: 30 }]);
  });

  it('§5.3: multiple targets for a comparison view, motivation given as a string', () => {
    const two = { ...annotation([{ id: canvas(2), type: 'Canvas', partOf: partOfBook }, { id: canvas(9), type: 'Canvas', partOf: partOfBook }]), motivation: 'contentState' };
    expect(targetsOfInput(JSON.stringify(two))).to.deep.equal([
      { manifestUrl: book, canvasId: canvas(2) },
      { manifestUrl: book, canvasId: canvas(9) },
    ]);
  });

  it('a Range opens at its first canvas, found however deep the range is nested', async () => {
    const manifest = await loadedBook();
    const [target] = targetsOfInput(JSON.stringify({ id: `${book}/range/1.1`, type: 'Range', partOf: [{ id: manifest.id, type: 'Manifest' }] }));
    expect(target).to.deep.equal({ manifestUrl: manifest.id, rangeId: `${book}/range/1.1` });
    expect(resolveTarget(target, manifest)).to.deep.equal({ canvasId: canvas(5) });
    expect(() => resolveTarget({ ...target, rangeId: `${book}/range/none` }, manifest)).to.throw(InputError).with.property('kind', 'range-not-in-manifest');
  });

  it('says what is wrong with an Annotation without targets or with a target that is neither an object nor a URI', () => {
    expect(() => targetsOfInput(JSON.stringify(annotation([])))).to.throw(InputError).with.property('kind', 'malformed-content-state');
    expect(() => targetsOfInput(JSON.stringify(annotation([42])))).to.throw(InputError).with.property('kind', 'malformed-content-state');
  });
});
