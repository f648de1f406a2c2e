import { expect } from '@esm-bundle/chai';
import type { CanvasRef } from './model.js';
import { canvasAnnotationSet, countOnCanvases, exportShownAnnotations, shownAnnotationSet, type AnnotationSources } from './sources.js';
import type { W3CAnnotation } from './store.js';

const left: CanvasRef = { id: 'https://example.org/canvas/left', width: 1000, height: 1500 };
const right: CanvasRef = { id: 'https://example.org/canvas/right', width: 1000, height: 1500 };
const options = { languages: ['en'] };
const noSources: AnnotationSources = { manifestPages: new Map(), addedPages: [], own: new Map() };

function note(id: string, canvas: CanvasRef, value: string, xywh = '10,20,30,40'): W3CAnnotation {
  return { id, type: 'Annotation', motivation: 'commenting', body: { type: 'TextualBody', value }, target: `${canvas.id}#xywh=${xywh}` };
}

const page = (...items: unknown[]) => ({ type: 'AnnotationPage', items });
const texts = (sources: AnnotationSources, canvas = left) =>
  canvasAnnotationSet(canvas, sources, options).annotations.map(({ id, own, bodies }) => [id, own ?? false, bodies[0]?.kind === 'text' ? bodies[0].text : '']);

describe('canvasAnnotationSet', () => {
  it("reads a canvas's annotations from the manifest, the pages added and the user's own", () => {
    const sources: AnnotationSources = {
      manifestPages: new Map([[left.id, [page(note('m', left, 'From the manifest'))]]]),
      addedPages: [page(note('a', left, 'Added'))],
      own: new Map([[left.id, [note('o', left, 'Mine')]]]),
    };
    expect(texts(sources)).to.deep.equal([
      ['m', false, 'From the manifest'],
      ['a', false, 'Added'],
      ['o', true, 'Mine'],
    ]);
  });

  it("shows the user's copy of an annotation in place of the added one, and an added one in place of the manifest's", () => {
    const sources: AnnotationSources = {
      manifestPages: new Map([[left.id, [page(note('x', left, 'Manifest x'), note('y', left, 'Manifest y'))]]]),
      addedPages: [page(note('x', left, 'Added x'), note('y', left, 'Added y'))],
      own: new Map([[left.id, [note('y', left, 'My y')]]]),
    };
    expect(texts(sources)).to.deep.equal([
      ['x', false, 'Added x'],
      ['y', true, 'My y'],
    ]);
  });

  it('does not count the annotations of other canvases on an added page as skipped; those of the manifest it does', () => {
    const other = note('elsewhere', right, 'Elsewhere');
    const added = canvasAnnotationSet(left, { ...noSources, addedPages: [page(other)] }, options);
    expect(added.skipped).to.deep.equal({});
    const manifest = canvasAnnotationSet(left, { ...noSources, manifestPages: new Map([[left.id, [page(other)]]]) }, options);
    expect(manifest.skipped).to.deep.equal({ 'other-canvas': 1 });
  });
});

describe('shownAnnotationSet', () => {
  it('holds the annotations of every canvas of a spread, each on its own canvas in the colour of its tag, and adds up what was skipped', () => {
    const tagged = { ...note('r', right, 'Right'), body: [{ type: 'TextualBody', value: 'Right' }, { type: 'TextualBody', purpose: 'tagging', value: 'figure' }] };
    const sources: AnnotationSources = {
      ...noSources,
      manifestPages: new Map([
        [left.id, [page(note('l', left, 'Left'), note('bad', left, 'Unreadable', 'nonsense'))]],
        [right.id, [page(tagged)]],
      ]),
    };
    const set = shownAnnotationSet([left, right], sources, { ...options, tagColours: { figure: '#2b8a3e' } });
    expect(set.annotations.map(({ id, canvasId, colour }) => [id, canvasId, colour])).to.deep.equal([
      ['l', left.id, undefined],
      ['r', right.id, '#2b8a3e'],
    ]);
    expect(Object.values(set.skipped).reduce((sum, count) => sum + (count ?? 0), 0)).to.equal(1);
  });
});

describe('countOnCanvases', () => {
  it('counts the annotations of a page that target the canvases on show', () => {
    const added = page(note('l', left, 'Left'), note('r', right, 'Right'), note('r2', right, 'Right again'));
    expect(countOnCanvases(added, [right], options)).to.equal(2);
    expect(countOnCanvases(added, [left, right], options)).to.equal(3);
  });
});

describe('exportShownAnnotations', () => {
  it("exports each annotation of the canvases on show once, the user's copy in place of any other", () => {
    const sources: AnnotationSources = {
      manifestPages: new Map([[left.id, [page(note('m', left, 'Manifest'), note('shared', left, 'Manifest copy'))]]]),
      addedPages: [page(note('a', right, 'Added'), note('elsewhere', { ...left, id: 'https://example.org/canvas/other' }, 'Other'))],
      own: new Map([[left.id, [note('shared', left, 'My copy')]]]),
    };
    const { json, count } = exportShownAnnotations([left.id, right.id], sources);
    const exported = JSON.parse(json);
    expect(count).to.equal(3);
    expect(exported).to.include({ '@context': 'http://iiif.io/api/presentation/3/context.json', id: `${left.id}/annotations`, type: 'AnnotationPage' });
    expect(exported.items.map((item: W3CAnnotation) => [item.id, (item.body as { value: string }).value])).to.deep.equal([
      ['m', 'Manifest'],
      ['shared', 'My copy'],
      ['a', 'Added'],
    ]);
  });
});
