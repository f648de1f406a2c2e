import type { Change, ChangeLog } from './change-log.js';

/** A reader of a container's changes: what it has been given so far, and how to give it more. */
export interface Follower {
  reached: number;
  deliver(changes: readonly Change[]): void;
}

const BATCH = 500;

/** The followers of one container, and the poll that brings them its changes. */
class Watch {
  readonly followers = new Set<Follower>();
  #timer?: NodeJS.Timeout;
  #polling = false;
  #again = false;

  constructor(
    private readonly log: ChangeLog,
    private readonly container: string,
    private readonly intervalMs: number,
  ) {}

  /** Polls now, or right after the poll under way. */
  poll(): void {
    clearTimeout(this.#timer);
    if (this.#polling) {
      this.#again = true;
      return;
    }
    this.#polling = true;
    void this.#read().finally(() => {
      this.#polling = false;
      if (this.#again || !this.followers.size) {
        this.#again = false;
        if (this.followers.size) this.poll();
        return;
      }
      this.#timer = setTimeout(() => this.poll(), this.intervalMs);
    });
  }

  stop(): void {
    clearTimeout(this.#timer);
    this.followers.clear();
  }

  async #read(): Promise<void> {
    for (;;) {
      const from = Math.min(...[...this.followers].map((follower) => follower.reached));
      if (!Number.isFinite(from)) return;
      // The database may be away for a moment; the next poll tries again.
      const read = await this.log.since(this.container, from, BATCH).catch(() => undefined);
      if (!read) return;
      for (const follower of this.followers) {
        const unseen = read.changes.filter((change) => change.seq > follower.reached);
        follower.reached = Math.max(follower.reached, read.reached);
        if (unseen.length) follower.deliver(unseen);
      }
      if (!read.more) return;
    }
  }
}

/**
 * Brings each container's followers its new changes: one poll of the database per container while anyone follows it,
 * which also sees the changes other server processes on the same database make.
 */
export class ChangeWatches {
  #watches = new Map<string, Watch>();

  constructor(
    private readonly log: ChangeLog,
    private readonly intervalMs = 250,
  ) {}

  /** Starts giving `follower` the container's changes after `follower.reached`; returns the means to stop. */
  follow(container: string, follower: Follower): () => void {
    let watch = this.#watches.get(container);
    if (!watch) {
      watch = new Watch(this.log, container, this.intervalMs);
      this.#watches.set(container, watch);
    }
    watch.followers.add(follower);
    watch.poll();
    return () => {
      watch.followers.delete(follower);
      if (!watch.followers.size && this.#watches.get(container) === watch) {
        watch.stop();
        this.#watches.delete(container);
      }
    };
  }

  /** Polls the container now, after a write in this process, so its followers need not wait for the next poll. */
  wrote(container: string): void {
    this.#watches.get(container)?.poll();
  }

  close(): void {
    for (const watch of this.#watches.values()) watch.stop();
    this.#watches.clear();
  }
}
