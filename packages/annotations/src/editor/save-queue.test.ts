import { expect } from '@esm-bundle/chai';
import { IndexedDbAnnotationStore } from '../indexeddb-store.js';
import type { W3CAnnotation } from '../store.js';
import { SaveQueue, type SaveStatus } from './save-queue.js';

const canvasId = 'https://example.org/canvas/1';

function note(id: string, text: string): W3CAnnotation {
  return {
    id: `urn:uuid:${id}`,
    type: 'Annotation',
    body: [{ type: 'TextualBody', purpose: 'commenting', value: text }],
    target: { type: 'SpecificResource', source: { id: canvasId, type: 'Canvas' }, selector: { type: 'FragmentSelector', value: 'xywh=pixel:1,2,3,4' } },
  };
}

let databases = 0;
const freshName = () => `vellum-save-queue-test-${Date.now()}-${(databases += 1)}`;

describe('SaveQueue', () => {
  it('reports saved only once the changes are in the database, in the order they were made', async () => {
    const name = freshName();
    const store = await IndexedDbAnnotationStore.open(name);
    const statuses: SaveStatus[] = [];
    const queue = new SaveQueue(store, (status) => statuses.push(status));
    for (let i = 0; i < 20; i++) queue.put(note('a', `Draft ${i}`));
    queue.put(note('b', 'Gone'));
    queue.delete(note('b', '').id);
    expect(queue.status).to.equal('saving');
    await queue.settled();
    expect(statuses).to.deep.equal(['saving', 'saved']);
    const reloaded = await IndexedDbAnnotationStore.open(name);
    expect(await reloaded.list(canvasId)).to.deep.equal([note('a', 'Draft 19')]);
    reloaded.close();
    store.close();
  });

  it('says a write failed, and writes it again with the next change', async () => {
    const store = await IndexedDbAnnotationStore.open(freshName());
    const statuses: SaveStatus[] = [];
    const queue = new SaveQueue(store, (status) => statuses.push(status));
    queue.put({ ...note('c', 'Nowhere'), target: 42 });
    await queue.settled();
    expect(statuses).to.deep.equal(['saving', 'failed']);
    queue.put(note('c', 'On the canvas'));
    await queue.settled();
    expect(statuses).to.deep.equal(['saving', 'failed', 'saving', 'saved']);
    expect(await store.all()).to.deep.equal([note('c', 'On the canvas')]);
    store.close();
  });
});
