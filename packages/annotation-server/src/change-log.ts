import type { Queryable } from './database.js';
import type { StoredAnnotation } from './repository.js';

/** One entry of a container's change log: an annotation written (with its state now) or deleted. */
export interface Change {
  seq: number;
  slug: string;
  kind: 'put' | 'delete';
  /** The annotation as it is now, for a put; a put whose annotation was deleted since is left out of reads. */
  stored?: StoredAnnotation;
}

type ChangeRow = { seq: string; slug: string; kind: 'put' | 'delete' } & Partial<Omit<StoredAnnotation, 'slug'>>;

/**
 * The order of changes to each container. Every write takes the container's lock before it numbers its change, so
 * changes commit in the order of their numbers and a reader that has seen number N has seen every change before it.
 */
export class ChangeLog {
  constructor(private readonly db: Queryable) {}

  /** Takes the container's write lock until the transaction `tx` ends. */
  static async lock(tx: Queryable, container: string): Promise<void> {
    await tx.query('select pg_advisory_xact_lock(hashtext($1))', [container]);
  }

  static async record(tx: Queryable, container: string, slug: string, kind: Change['kind']): Promise<void> {
    await tx.query('insert into changes (container, slug, kind) values ($1, $2, $3)', [container, slug, kind]);
  }

  /** The number of the container's latest change; 0 when it has none. */
  async latest(container: string): Promise<number> {
    const [row] = await this.db.query<{ seq: string }>('select coalesce(max(seq), 0)::text as seq from changes where container = $1', [container]);
    return Number(row.seq);
  }

  /** The changes among the `limit` after `seq`, oldest first, and the number of the last one read (`seq` when none). */
  async since(container: string, seq: number, limit: number): Promise<{ changes: Change[]; reached: number; more: boolean }> {
    const rows = await this.db.query<ChangeRow>(
      `select c.seq::text as seq, c.slug, c.kind, a.body, a.etag, a.creator, a.created, a.modified
       from changes c left join annotations a on a.container = c.container and a.slug = c.slug
       where c.container = $1 and c.seq > $2 order by c.seq limit $3`,
      [container, seq, limit],
    );
    const changes = rows.flatMap(({ seq: number, slug, kind, body, etag, creator, created, modified }): Change[] => {
      if (kind === 'delete') return [{ seq: Number(number), slug, kind }];
      if (!body) return [];
      return [{ seq: Number(number), slug, kind, stored: { slug, body, etag: etag!, creator: creator!, created: created!, modified: modified! } }];
    });
    return { changes, reached: rows.length ? Number(rows.at(-1)!.seq) : seq, more: rows.length === limit };
  }
}
