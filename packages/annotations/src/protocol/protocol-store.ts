import { requested } from '../idb.js';
import type { AnnotationStore, W3CAnnotation } from '../store.js';
import { ChangeFeed, type RemoteChange } from './change-feed.js';
import { ContainerAddress } from './container-address.js';
import { ProtocolClient, Unreachable } from './protocol-client.js';
import { applyRemoteChange, replaceReplica, settleOutcome } from './replica-updates.js';
import { sendChange } from './send-change.js';
import { replicaRecord, SyncDatabase, type Conflict, type OutboxEntry, type ReplicaRecord, type SyncStores } from './sync-database.js';

/** Where this browser's changes stand: how many wait to be sent, were refused, or clash with someone else's. */
export interface SyncStatus {
  /** Whether the server answered the last request. */
  connected: boolean;
  pending: number;
  refused: number;
  conflicts: number;
}

export interface ProtocolStoreOptions {
  /** The user's bearer token (an API key the server's `token` command made). */
  token?: string;
  fetch?: typeof fetch;
  /** How long a first read waits for the server before it answers from this browser's copy. */
  firstSyncWaitMs?: number;
}

const MAX_RETRY_MS = 30_000;

/**
 * Annotations shared on a W3C Web Annotation Protocol server, kept offline-first: every change is written to an
 * IndexedDB outbox before it settles and sent when the server answers, so going offline, a server restart or a
 * closed tab loses nothing. Others' changes arrive through the server's change feed. Fires `change` (with the
 * canvases whose annotations changed) and `status`.
 */
export class ProtocolAnnotationStore extends EventTarget implements AnnotationStore {
  static async open(containerUrl: string, options: ProtocolStoreOptions = {}): Promise<ProtocolAnnotationStore> {
    const address = new ContainerAddress(containerUrl);
    const database = await SyncDatabase.open(address.url);
    const store = new ProtocolAnnotationStore(database, new ProtocolClient(address, options.token, options.fetch));
    const [outbox, conflicts] = await Promise.all([database.all<OutboxEntry>('outbox'), database.all<Conflict>('conflicts')]);
    store.#status = { connected: false, pending: outbox.filter((entry) => !entry.refusal).length, refused: outbox.filter((entry) => entry.refusal).length, conflicts: conflicts.length };
    store.#firstSync = store.#start(options.firstSyncWaitMs ?? 4000);
    return store;
  }

  #status: SyncStatus = { connected: false, pending: 0, refused: 0, conflicts: 0 };
  #firstSync: Promise<void> = Promise.resolve();
  #feed?: ChangeFeed;
  #flushing?: Promise<void>;
  #retryTimer?: ReturnType<typeof setTimeout>;
  #retryMs = 1000;
  #closed = false;

  private constructor(
    private readonly database: SyncDatabase,
    private readonly client: ProtocolClient,
  ) {
    super();
  }

  get status(): SyncStatus {
    return this.#status;
  }

  get containerUrl(): string {
    return this.client.address.url;
  }

  async list(canvasId: string): Promise<W3CAnnotation[]> {
    await this.#firstSync;
    return (await this.database.listCanvas(canvasId)).map((record) => record.annotation);
  }

  async all(): Promise<W3CAnnotation[]> {
    await this.#firstSync;
    return (await this.database.all<ReplicaRecord>('replica')).map((record) => record.annotation);
  }

  put(annotation: W3CAnnotation): Promise<void> {
    return this.putAll([annotation]);
  }

  async putAll(annotations: readonly W3CAnnotation[]): Promise<void> {
    const iris = await Promise.all(annotations.map((annotation) => this.client.address.iriOf(annotation.id)));
    await this.database.write(async (stores) => {
      for (const [index, annotation] of annotations.entries()) {
        const record: ReplicaRecord | undefined = await requested(stores.replica.get(annotation.id));
        stores.replica.put(replicaRecord(annotation, iris[index], { etag: record?.etag, modified: record?.modified }));
        await this.#queue(stores, annotation.id, annotation, record);
      }
    });
    await this.#changedOutbox();
  }

  async delete(id: string): Promise<void> {
    await this.database.write(async (stores) => {
      const record: ReplicaRecord | undefined = await requested(stores.replica.get(id));
      stores.replica.delete(id);
      await this.#queue(stores, id, null, record);
    });
    await this.#changedOutbox();
  }

  /** The changes the server refused as stale, each with both versions, until the user resolves them. */
  conflicts(): Promise<Conflict[]> {
    return this.database.all<Conflict>('conflicts');
  }

  /** Resolves a conflict by keeping `kept` (the user's version, a merge of both, or null to delete), sent as a change of theirs. */
  async resolve(id: string, kept: W3CAnnotation | null): Promise<void> {
    await this.database.write(async (stores) => {
      const conflict: Conflict | undefined = await requested(stores.conflicts.get(id));
      if (!conflict) return;
      stores.conflicts.delete(id);
      const iri = await this.client.address.iriOf(id);
      if (kept) stores.replica.put(replicaRecord(kept, iri, conflict.theirsVersion));
      else stores.replica.delete(id);
      stores.outbox.put({ id, annotation: kept, base: conflict.theirsVersion, revision: 1 } satisfies OutboxEntry);
    });
    await this.#changedOutbox();
  }

  /** Takes the server's version of a conflicting annotation and drops the user's. */
  async takeTheirs(id: string): Promise<void> {
    const iri = await this.client.address.iriOf(id);
    await this.database.write(async (stores) => {
      const conflict: Conflict | undefined = await requested(stores.conflicts.get(id));
      if (!conflict) return;
      stores.conflicts.delete(id);
      if (conflict.theirs) stores.replica.put(replicaRecord(this.client.address.localForm(conflict.theirs), iri, conflict.theirsVersion));
      else stores.replica.delete(id);
    });
    await this.#recount();
    this.#announce([]);
  }

  /** Sends every change waiting in the outbox, one at a time; resolves when the outbox is empty or the server is away. */
  flush(): Promise<void> {
    this.#flushing ??= this.#drain().finally(() => (this.#flushing = undefined));
    return this.#flushing;
  }

  close(): void {
    this.#closed = true;
    this.#feed?.stop();
    clearTimeout(this.#retryTimer);
    globalThis.removeEventListener?.('online', this.#onOnline);
    this.database.close();
  }

  readonly #onOnline = () => void this.flush();

  async #queue(stores: SyncStores, id: string, annotation: W3CAnnotation | null, record: ReplicaRecord | undefined): Promise<void> {
    const queued: OutboxEntry | undefined = await requested(stores.outbox.get(id));
    const base = queued?.base ?? { etag: record?.etag, modified: record?.modified };
    stores.outbox.put({ id, annotation, base, revision: (queued?.revision ?? 0) + 1 } satisfies OutboxEntry);
  }

  async #changedOutbox(): Promise<void> {
    await this.#recount();
    void this.flush();
  }

  async #start(waitMs: number): Promise<void> {
    globalThis.addEventListener?.('online', this.#onOnline);
    const synced = this.#catchUp().catch(() => this.#scheduleRetry());
    void this.flush();
    await Promise.race([synced, new Promise((resolve) => setTimeout(resolve, waitMs))]);
  }

  /** Reads the whole container the first time, then follows its change feed from where the read began. */
  async #catchUp(): Promise<void> {
    const read = await this.client.readContainer();
    this.#setConnected(true);
    await this.database.write((stores) => replaceReplica(stores, this.client.address, read.annotations));
    this.#announce([]);
    const feed = new ChangeFeed(this.client, read.changeFeed ?? this.#derivedFeedUrl(), (change) => this.#applyRemote(change), () => this.#onFeedConnected());
    this.#feed = feed;
    if (!this.#closed) feed.follow(read.changeSeq);
  }

  #derivedFeedUrl(): string {
    return this.containerUrl.replace(/\/annotations\/([^/]+)\/$/, '/changes/$1');
  }

  readonly #onFeedConnected = () => {
    this.#setConnected(true);
    if (this.#status.pending) void this.flush();
  };

  async #applyRemote(change: RemoteChange): Promise<void> {
    const canvases = await this.database.write((stores) => applyRemoteChange(stores, this.client.address, change));
    await this.#recount();
    if (canvases.length) this.#announce(canvases);
  }

  async #drain(): Promise<void> {
    for (;;) {
      const entry = (await this.database.all<OutboxEntry>('outbox')).find((queued) => !queued.refusal);
      if (!entry || this.#closed) return;
      try {
        const outcome = await sendChange(this.client, entry);
        this.#setConnected(true);
        this.#retryMs = 1000;
        const canvases = await this.database.write((stores) => settleOutcome(stores, this.client.address, entry, outcome));
        await this.#recount();
        if (canvases.length || outcome.kind === 'stale') this.#announce(canvases);
      } catch (error) {
        if (!(error instanceof Unreachable)) throw error;
        this.#setConnected(false);
        this.#scheduleRetry();
        return;
      }
    }
  }

  #scheduleRetry(): void {
    if (this.#closed) return;
    clearTimeout(this.#retryTimer);
    this.#retryTimer = setTimeout(() => {
      void (this.#feed ? this.flush() : this.#catchUp().then(() => this.flush(), () => this.#scheduleRetry()));
    }, this.#retryMs);
    this.#retryMs = Math.min(this.#retryMs * 2, MAX_RETRY_MS);
  }

  async #recount(): Promise<void> {
    const [outbox, conflicts] = await Promise.all([this.database.all<OutboxEntry>('outbox'), this.database.all<Conflict>('conflicts')]);
    const refused = outbox.filter((entry) => entry.refusal).length;
    this.#setStatus({ ...this.#status, pending: outbox.length - refused, refused, conflicts: conflicts.length });
  }

  #setConnected(connected: boolean): void {
    if (connected !== this.#status.connected) this.#setStatus({ ...this.#status, connected });
  }

  #setStatus(status: SyncStatus): void {
    const changed = (Object.keys(status) as (keyof SyncStatus)[]).some((key) => status[key] !== this.#status[key]);
    this.#status = status;
    if (changed) this.dispatchEvent(new CustomEvent('status', { detail: status }));
  }

  /** Tells listeners the annotations of these canvases changed (none named: any may have). */
  #announce(canvasIds: readonly string[]): void {
    this.dispatchEvent(new CustomEvent('change', { detail: { canvasIds } }));
  }
}
