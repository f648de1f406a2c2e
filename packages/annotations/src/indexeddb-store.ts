import { canvasIdOf, type AnnotationStore, type W3CAnnotation } from './store.js';

const storeName = 'annotations';

interface AnnotationRecord {
  id: string;
  canvasId: string;
  annotation: W3CAnnotation;
}

function requested<T>(request: IDBRequest<T>): Promise<T> {
  return new Promise((resolve, reject) => {
    request.onsuccess = () => resolve(request.result);
    request.onerror = () => reject(request.error);
  });
}

function completed(transaction: IDBTransaction): Promise<void> {
  return new Promise((resolve, reject) => {
    transaction.oncomplete = () => resolve();
    transaction.onabort = () => reject(transaction.error ?? new DOMException('Transaction aborted', 'AbortError'));
    transaction.onerror = () => reject(transaction.error);
  });
}

function recordOf(annotation: W3CAnnotation): AnnotationRecord {
  const canvasId = canvasIdOf(annotation);
  if (!canvasId) throw new TypeError(`Annotation ${annotation.id} targets no canvas`);
  return { id: annotation.id, canvasId, annotation };
}

/** Annotations in the browser's IndexedDB; a write resolves once its transaction has completed with strict durability. */
export class IndexedDbAnnotationStore implements AnnotationStore {
  static async open(name = 'vellum-annotations'): Promise<IndexedDbAnnotationStore> {
    const request = indexedDB.open(name, 1);
    request.onupgradeneeded = () => {
      request.result.createObjectStore(storeName, { keyPath: 'id' }).createIndex('canvasId', 'canvasId');
    };
    return new IndexedDbAnnotationStore(await requested(request));
  }

  private constructor(private readonly database: IDBDatabase) {}

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
