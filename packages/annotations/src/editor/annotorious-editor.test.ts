import { editorStylesForTests } from './test-env.js';
import { expect } from '@esm-bundle/chai';
import { Slot, type SlotCanvas } from '@vellum/engine';
import { IndexedDbAnnotationStore } from '../indexeddb-store.js';
import type { W3CAnnotation } from '../store.js';
import { AnnotoriousEditor } from './annotorious-editor.js';
import { fieldsOf } from './fields.js';

const canvasId = 'https://example.org/canvas-size/canvas/1';
/** The canvas-size fixture: a 1600 × 2200 image painted on a canvas of 3200 × 4400. */
const canvas: SlotCanvas = {
  id: canvasId,
  width: 3200,
  height: 4400,
  images: [
    {
      source: { kind: 'service', serviceId: `${location.origin}/fixtures/images/page-03/iiif3`, infoUrl: `${location.origin}/fixtures/images/page-03/iiif3/info.json`, version: 3, level: 0 },
      target: { x: 0, y: 0, width: 3200, height: 4400 },
    },
  ],
};

const stored: W3CAnnotation = {
  id: 'urn:uuid:0b6c7f0e-1',
  type: 'Annotation',
  motivation: 'commenting',
  body: [{ type: 'TextualBody', purpose: 'commenting', value: 'The mark', format: 'text/plain' }],
  target: { type: 'SpecificResource', source: { id: canvasId, type: 'Canvas' }, selector: { type: 'FragmentSelector', conformsTo: 'http://www.w3.org/TR/media-frags/', value: 'xywh=pixel:1760,2728,1120,1100' } },
};

const changed = (editor: AnnotoriousEditor) => new Promise((resolve) => editor.addEventListener('change', resolve, { once: true }));
const selectorOf = (annotation: W3CAnnotation) => (annotation.target as { selector: unknown }).selector;

describe('AnnotoriousEditor', () => {
  let container: HTMLElement;
  let slot: Slot;
  let store: IndexedDbAnnotationStore;
  let editor: AnnotoriousEditor;

  beforeEach(async () => {
    container = Object.assign(document.createElement('div'), { style: 'width: 600px; height: 800px; position: relative' });
    document.body.append(container);
    slot = new Slot(container, { drawer: 'canvas' });
    await slot.show(canvas);
    store = await IndexedDbAnnotationStore.open(`vellum-editor-test-${Date.now()}-${Math.random()}`);
    await store.put(stored);
    editor = await AnnotoriousEditor.open(slot.pluginHost, canvasId, store, await editorStylesForTests());
  });

  afterEach(() => {
    editor.destroy();
    store.close();
    slot.destroy();
    container.remove();
  });

  it('maps the image pixels Annotorious works in to canvas units', () => {
    expect(slot.pluginHost.imagePlacement()).to.deep.equal({ x: 0, y: 0, scale: 2 });
  });

  it('shows the stored annotations of the canvas, still in canvas units', () => {
    expect(editor.annotations.map((annotation) => [annotation.id, selectorOf(annotation)])).to.deep.equal([[stored.id, selectorOf(stored)]]);
  });

  it('writes a form edit before reporting it saved; undo and redo write again', async () => {
    const selection = changed(editor);
    editor.select(stored.id);
    expect(editor.selected?.id).to.equal(stored.id);
    await selection;
    editor.update(stored.id, { comment: 'A red mark', tags: ['mark'], colour: '#2b8a3e' });
    expect(editor.saveStatus).to.equal('saving');
    await editor.settled();
    expect(editor.saveStatus).to.equal('saved');
    const [saved] = await store.list(canvasId);
    expect(fieldsOf(saved)).to.deep.equal({ comment: 'A red mark', tags: ['mark'], colour: '#2b8a3e' });
    expect(selectorOf(saved)).to.deep.equal(selectorOf(stored));

    expect(editor.canUndo).to.equal(true);
    editor.undo();
    await editor.settled();
    expect(fieldsOf((await store.list(canvasId))[0])).to.deep.equal({ comment: 'The mark', tags: [] });
    editor.redo();
    await editor.settled();
    expect(fieldsOf((await store.list(canvasId))[0])).to.deep.equal({ comment: 'A red mark', tags: ['mark'], colour: '#2b8a3e' });
  });

  it('deletes an annotation from the store, and undo brings it back', async () => {
    editor.select(stored.id);
    editor.delete(stored.id);
    await editor.settled();
    expect(await store.all()).to.deep.equal([]);
    expect(editor.annotations).to.deep.equal([]);
    editor.undo();
    await editor.settled();
    expect((await store.all()).map(selectorOf)).to.deep.equal([selectorOf(stored)]);
  });
});
