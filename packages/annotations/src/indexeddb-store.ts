import type { TagColours } from './colour.js';
import { completed, requested } from './idb.js';
import { canvasIdOf, type AnnotationStore, type TagColourStore, type W3CAnnotation } from './store.js';

const storeName = 'annotations';
const tagColourStoreName = 'tag-colours';

interface AnnotationRecord {
  id: string;
  canvasId: string;
  annotation: W3CAnnotation;
}

function recordOf(annotation: W3CAnnotation): AnnotationRecord {
  const canvasId = canvasIdOf(annotation);
  if (!canvasId) throw new TypeError(`Annotation ${annotation.id} targets no canvas`);
  return { id: annotation.id, canvasId, annotation };
}

/**
 * Annotations and the colours of tags in the browser's IndexedDB; a write resolves once its transaction has completed
 * with strict durability.
 */
export class IndexedDbAnnotationStore implements AnnotationStore, TagColourStore {
  static async open(name = 'vellum-annotations'): Promise<IndexedDbAnnotationStore> {
    const request = indexedDB.open(name, 2);
    request.onupgradeneeded = () => {
      const database = request.result;
      if (!database.objectStoreNames.contains(storeName)) database.createObjectStore(storeName, { keyPath: 'id' }).createIndex('canvasId', 'canvasId');
      if (!database.objectStoreNames.contains(tagColourStoreName)) database.createObjectStore(tagColourStoreName, { keyPath: 'tag' });
    };
    const database = await requested(request);
    // A newer version elsewhere (another tab) must not wait for this connection.
    database.onversionchange = () => database.close();
    return new IndexedDbAnnotationStore(database);
  }

  private constructor(private readonly database: IDBDatabase) {}

  async tagColours(): Promise<TagColours> {
    const records: { tag: string; colour: string }[] = await requested(this.database.transaction(tagColourStoreName).objectStore(tagColourStoreName).getAll());
    return Object.fromEntries(records.map(({ tag, colour }) => [tag, colour]));
  }

  async setTagColour(tag: string, colour: string | undefined): Promise<void> {
    const transaction = this.database.transaction(tagColourStoreName, 'readwrite', { durability: 'strict' });
    const done = completed(transaction);
    if (colour) transaction.objectStore(tagColourStoreName).put({ tag, colour });
    else transaction.objectStore(tagColourStoreName).delete(tag);
    await done;
  }

  async list(canvasId: string): Promise<W3CAnnotation[]> {
    const index = this.database.transaction(storeName).objectStore(storeName).index('canvasId');
    const records: AnnotationRecord[] = await requested(index.getAll(canvasId));
    return records.map((record) => record.annotation);
  }

  async all(): Promise<W3CAnnotation[]> {
    const records: AnnotationRecord[] = await requested(this.database.transaction(storeName).objectStore(storeName).getAll());
    return records.map((record) => record.annotation);
  }

  put(annotation: W3CAnnotation): Promise<void> {
    return this.putAll([annotation]);
  }

  async putAll(annotations: readonly W3CAnnotation[]): Promise<void> {
    const records = annotations.map(recordOf);
    const transaction = this.database.transaction(storeName, 'readwrite', { durability: 'strict' });
    const done = completed(transaction);
    for (const record of records) transaction.objectStore(storeName).put(record);
    await done;
  }

  async delete(id: string): Promise<void> {
    const transaction = this.database.transaction(storeName, 'readwrite', { durability: 'strict' });
    const done = completed(transaction);
    transaction.objectStore(storeName).delete(id);
    await done;
  }

  close(): void {
    this.database.close();
  }
}

let browserStore: Promise<IndexedDbAnnotationStore> | undefined;

/** The browser's store of the user's annotations, opened once per page and shared by every window and editor given no other. */
export function browserAnnotationStore(): Promise<IndexedDbAnnotationStore> {
  browserStore ??= IndexedDbAnnotationStore.open();
  return browserStore;
}
