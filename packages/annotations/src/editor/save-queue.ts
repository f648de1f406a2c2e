import type { AnnotationStore, W3CAnnotation } from '../store.js';

/** 'saved' only once every change made so far is durable in the store. */
export type SaveStatus = 'idle' | 'saving' | 'saved' | 'failed';

/**
 * Writes an editor's changes to a store, one write at a time, in order. Changes to the same annotation made while a
 * write is under way are merged into the next write, so a drag makes a few writes, not one per pointer move.
 */
export class SaveQueue {
  /** The latest change per annotation id not yet handed to the store: the annotation to put, or null to delete it. */
  readonly #pending = new Map<string, W3CAnnotation | null>();
  #writing?: Promise<void>;
  #status: SaveStatus = 'idle';

  constructor(
    private readonly store: AnnotationStore,
    private readonly onStatus: (status: SaveStatus) => void,
  ) {}

  get status(): SaveStatus {
    return this.#status;
  }

  put(annotation: W3CAnnotation): void {
    this.#queue(annotation.id, annotation);
  }

  delete(id: string): void {
    this.#queue(id, null);
  }

  /** Resolves once everything queued so far has been written (or has failed). */
  async settled(): Promise<void> {
    while (this.#writing) await this.#writing;
  }

  #queue(id: string, change: W3CAnnotation | null): void {
    this.#pending.set(id, change);
    this.#setStatus('saving');
    this.#writing ??= this.#drain();
  }

  async #drain(): Promise<void> {
    let failed = false;
    while (this.#pending.size > 0 && !failed) {
      const changes = [...this.#pending];
      this.#pending.clear();
      try {
        await this.#write(changes);
      } catch {
        for (const [id, change] of changes) if (!this.#pending.has(id)) this.#pending.set(id, change);
        failed = true;
      }
    }
    this.#writing = undefined;
    this.#setStatus(failed ? 'failed' : 'saved');
  }

  async #write(changes: [string, W3CAnnotation | null][]): Promise<void> {
    const puts = changes.flatMap(([, change]) => (change ? [change] : []));
    if (puts.length > 0) await this.store.putAll(puts);
    for (const [id, change] of changes) if (!change) await this.store.delete(id);
  }

  #setStatus(status: SaveStatus): void {
    if (status === this.#status) return;
    this.#status = status;
    this.onStatus(status);
  }
}
