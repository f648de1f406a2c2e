import { expect } from '@esm-bundle/chai';
import { exportAnnotationPage, importAnnotationFile, parseAnnotationFile } from './exchange.js';
import { IndexedDbAnnotationStore } from './indexeddb-store.js';
import { listByCanvas, tagColoursIn, type AnnotationStore, type W3CAnnotation } from './store.js';

const canvasId = 'https://example.org/canvas/1';

function note(id: string, text: string, canvas = canvasId): W3CAnnotation {
  return {
    id: `https://example.org/anno/${id}`,
    type: 'Annotation',
    motivation: 'commenting',
    body: [{ type: 'TextualBody', value: text, purpose: 'commenting' }, { type: 'TextualBody', value: 'figure', purpose: 'tagging' }],
    target: { type: 'SpecificResource', source: { id: canvas, type: 'Canvas' }, selector: { type: 'FragmentSelector', conformsTo: 'http://www.w3.org/TR/media-frags/', value: 'xywh=10,20,30,40' } },
  };
}

let databases = 0;
function freshName(): string {
  databases += 1;
  return `vellum-annotations-test-${Date.now()}-${databases}`;
}

describe('IndexedDbAnnotationStore', () => {
  it('keeps what was saved across a reload (a new store on the same database)', async () => {
    const name = freshName();
    const first = await IndexedDbAnnotationStore.open(name);
    await first.put(note('a', 'Saved'));
    await first.put(note('b', 'Elsewhere', 'https://example.org/canvas/2'));
    first.close();
    const reloaded = await IndexedDbAnnotationStore.open(name);
    expect(await reloaded.list(canvasId)).to.deep.equal([note('a', 'Saved')]);
    expect(await reloaded.all()).to.have.length(2);
    reloaded.close();
  });

  it('keeps the colours given to tags across a reload, and forgets one set to none', async () => {
    const name = freshName();
    const first = await IndexedDbAnnotationStore.open(name);
    await first.setTagColour('figure', '#2b8a3e');
    await first.setTagColour('margin', '#c2255c');
    await first.setTagColour('margin', undefined);
    first.close();
    const reloaded = await IndexedDbAnnotationStore.open(name);
    expect(await reloaded.tagColours()).to.deep.equal({ figure: '#2b8a3e' });
    reloaded.close();
  });

  it('opens a database of the first version, keeping its annotations and adding tag colours', async () => {
    const name = freshName();
    const request = indexedDB.open(name, 1);
    request.onupgradeneeded = () => request.result.createObjectStore('annotations', { keyPath: 'id' }).createIndex('canvasId', 'canvasId');
    const old = await new Promise<IDBDatabase>((resolve) => (request.onsuccess = () => resolve(request.result)));
    const transaction = old.transaction('annotations', 'readwrite');
    transaction.objectStore('annotations').put({ id: note('a', 'Old').id, canvasId, annotation: note('a', 'Old') });
    await new Promise((resolve) => (transaction.oncomplete = resolve));
    old.close();
    const store = await IndexedDbAnnotationStore.open(name);
    expect(await store.list(canvasId)).to.deep.equal([note('a', 'Old')]);
    expect(await store.tagColours()).to.deep.equal({});
    store.close();
  });

  it('replaces an edited annotation and deletes one', async () => {
    const store = await IndexedDbAnnotationStore.open(freshName());
    await store.put(note('a', 'Draft'));
    await store.put(note('a', 'Final'));
    await store.put(note('b', 'Gone'));
    await store.delete(note('b', '').id);
    expect(await store.list(canvasId)).to.deep.equal([note('a', 'Final')]);
    store.close();
  });

  it('refuses to save an annotation without a canvas target', async () => {
    const store = await IndexedDbAnnotationStore.open(freshName());
    const error = await store.put({ id: 'x', type: 'Annotation', target: 42 }).then(() => undefined, (e: unknown) => e);
    expect(error).to.be.instanceOf(TypeError);
    expect(await store.all()).to.deep.equal([]);
    store.close();
  });
});

describe('annotation files', () => {
  it('export then import gives back the same annotations, as IIIF and as W3C pages', async () => {
    const source = await IndexedDbAnnotationStore.open(freshName());
    await source.putAll([note('a', 'One'), note('b', 'Two')]);
    for (const format of ['iiif', 'w3c'] as const) {
      const file = exportAnnotationPage(await source.all(), format, 'https://example.org/export');
      expect(JSON.parse(file)).to.include({ type: 'AnnotationPage', '@context': format === 'iiif' ? 'http://iiif.io/api/presentation/3/context.json' : 'http://www.w3.org/ns/anno.jsonld' });
      const target = await IndexedDbAnnotationStore.open(freshName());
      expect(await importAnnotationFile(target, file)).to.have.property('annotations').with.length(2);
      expect(await target.list(canvasId)).to.deep.equal(await source.list(canvasId));
      target.close();
    }
    source.close();
  });

  it('reads an AnnotationCollection, a list and a single annotation', () => {
    const collection = { type: 'AnnotationCollection', first: { type: 'AnnotationPage', items: [note('a', 'One')] } };
    expect(parseAnnotationFile(JSON.stringify(collection))).to.deep.equal({ annotations: [note('a', 'One')] });
    expect(parseAnnotationFile(JSON.stringify([note('a', 'One')]))).to.deep.equal({ annotations: [note('a', 'One')] });
    expect(parseAnnotationFile(JSON.stringify(note('a', 'One')))).to.deep.equal({ annotations: [note('a', 'One')] });
  });

  it('a broken file changes nothing and says why', async () => {
    const store = await IndexedDbAnnotationStore.open(freshName());
    await store.put(note('a', 'Kept'));
    const noCanvas = { ...note('c', 'Bad'), target: { type: 'SpecificResource' } };
    const cases: [string, unknown][] = [
      ['{"type": "AnnotationPage", "items": [', { reason: 'not-json' }],
      ['{"type": "Manifest"}', { reason: 'no-annotations' }],
      [JSON.stringify({ type: 'AnnotationPage', items: [note('b', 'Good'), { type: 'Thing' }] }), { reason: 'invalid-annotation', index: 1, problem: 'not-an-annotation' }],
      [JSON.stringify([note('b', 'Good'), { ...note('x', ''), id: undefined }]), { reason: 'invalid-annotation', index: 1, problem: 'no-id' }],
      [JSON.stringify([note('b', 'Good'), noCanvas]), { reason: 'invalid-annotation', index: 1, problem: 'no-canvas-target' }],
    ];
    for (const [file, failure] of cases) {
      expect(await importAnnotationFile(store, file)).to.deep.equal(failure);
    }
    expect(await store.all()).to.deep.equal([note('a', 'Kept')]);
    store.close();
  });
});

describe('reading a store', () => {
  const gone = () => Promise.reject(new Error('gone'));
  const keepsNoColours: AnnotationStore = { list: gone, all: gone, put: gone, putAll: gone, delete: gone };
  const unreadable = { ...keepsNoColours, tagColours: gone, setTagColour: gone };

  it("lists each canvas's annotations by canvas, and none where there is no store or it fails", async () => {
    const store = await IndexedDbAnnotationStore.open(freshName());
    await store.put(note('a', 'Here'));
    const other = 'https://example.org/canvas/2';
    expect(await listByCanvas(store, [canvasId, other])).to.deep.equal(new Map([[canvasId, [note('a', 'Here')]], [other, []]]));
    expect(await listByCanvas(undefined, [canvasId])).to.deep.equal(new Map([[canvasId, []]]));
    expect(await listByCanvas(unreadable, [canvasId])).to.deep.equal(new Map([[canvasId, []]]));
    store.close();
  });

  it('reads the colours of tags, and none where there is no store, it keeps none, or it fails', async () => {
    const store = await IndexedDbAnnotationStore.open(freshName());
    await store.setTagColour('figure', '#2b8a3e');
    expect(await tagColoursIn(store)).to.deep.equal({ figure: '#2b8a3e' });
    expect(await tagColoursIn(undefined)).to.deep.equal({});
    expect(await tagColoursIn(keepsNoColours)).to.deep.equal({});
    expect(await tagColoursIn(unreadable)).to.deep.equal({});
    store.close();
  });
});
