import { completed, requested } from '../idb.js';
import { canvasIdOf, type W3CAnnotation } from '../store.js';

/** An annotation as this browser last knew it, and the server's ETag of that version (none until the server has it). */
export interface ReplicaRecord extends ServerVersion {
  id: string;
  /** The annotation's IRI on the server, to find it by when the server reports it deleted. */
  iri: string;
  canvasId: string;
  annotation: W3CAnnotation;
}

/** Which version on the server a copy is of: its ETag when known, else its `modified` date as served. */
export interface ServerVersion {
  etag?: string;
  modified?: string;
}

/** A change made here and not yet accepted by the server: the annotation to write, or null to delete it. */
export interface OutboxEntry {
  id: string;
  annotation: W3CAnnotation | null;
  /** The server's version the change was made from; none for an annotation the server has not seen. */
  base: ServerVersion;
  /** Bumped on every change, so a write that finishes after a newer change does not drop it. */
  revision: number;
  /** Why the server refused the change, when it did (it is not sent again until changed). */
  refusal?: string;
}

/** Both sides of a change the server refused as stale (412): this browser's, and what the server holds now. */
export interface Conflict {
  id: string;
  mine: W3CAnnotation | null;
  theirs: W3CAnnotation | null;
  /** The server version `theirs` is, which a change that keeps `mine` is made from. */
  theirsVersion: ServerVersion;
}

const STORES = ['replica', 'outbox', 'conflicts'] as const;
type StoreName = (typeof STORES)[number];

export function replicaRecord(annotation: W3CAnnotation, iri: string, version: ServerVersion): ReplicaRecord {
  const canvasId = canvasIdOf(annotation);
  if (!canvasId) throw new TypeError(`Annotation ${annotation.id} targets no canvas`);
  return { id: annotation.id, iri, canvasId, annotation, ...version };
}

/** One IndexedDB transaction's stores, by name. */
export type SyncStores = Record<StoreName, IDBObjectStore>;

/** This browser's copy of one container, its outbox and its conflicts, kept in IndexedDB so that nothing is lost offline. */
export class SyncDatabase {
  static async open(containerUrl: string): Promise<SyncDatabase> {
    const request = indexedDB.open(`vellum-sync ${containerUrl}`, 1);
    request.onupgradeneeded = () => {
      const database = request.result;
      const replica = database.createObjectStore('replica', { keyPath: 'id' });
      replica.createIndex('canvasId', 'canvasId');
      replica.createIndex('iri', 'iri', { unique: true });
      database.createObjectStore('outbox', { keyPath: 'id' });
      database.createObjectStore('conflicts', { keyPath: 'id' });
    };
    const database = await requested(request);
    database.onversionchange = () => database.close();
    return new SyncDatabase(database);
  }

  private constructor(private readonly database: IDBDatabase) {}

  /** Runs `work` in one transaction over every store and settles once it has committed durably. */
  async write<T>(work: (stores: SyncStores) => Promise<T> | T): Promise<T> {
    const transaction = this.database.transaction(STORES, 'readwrite', { durability: 'strict' });
    const done = completed(transaction);
    const stores = Object.fromEntries(STORES.map((name) => [name, transaction.objectStore(name)])) as SyncStores;
    try {
      const result = await work(stores);
      await done;
      return result;
    } catch (error) {
      if (transaction.error === null) transaction.abort();
      await done.catch(() => undefined);
      throw error;
    }
  }

  async listCanvas(canvasId: string): Promise<ReplicaRecord[]> {
    return requested(this.database.transaction('replica').objectStore('replica').index('canvasId').getAll(canvasId));
  }

  async all<T>(store: 'replica' | 'outbox' | 'conflicts'): Promise<T[]> {
    return requested(this.database.transaction(store).objectStore(store).getAll());
  }

  close(): void {
    this.database.close();
  }
}
