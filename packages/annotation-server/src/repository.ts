import { randomBytes } from 'node:crypto';
import { textOf, type Annotation } from './annotation.js';
import { ChangeLog } from './change-log.js';
import type { Database, Queryable } from './database.js';
import { HttpError } from './http-error.js';

/** One stored annotation: the client's fields, and what the server keeps beside them. */
export interface StoredAnnotation {
  slug: string;
  body: Annotation;
  etag: string;
  creator: string;
  created: Date;
  modified: Date;
}

export interface ContainerSummary {
  total: number;
  modified?: Date;
  /** Changes whenever an annotation in the container is added, changed or removed. */
  etag: string;
}

export interface SearchFilter {
  /** Every term must occur in the annotation's text, in any script; none matches every annotation. */
  terms: readonly string[];
  /** The annotation has one of these motivations; none means any. */
  motivations: readonly string[];
  /** One of these users made the annotation; none means anyone. */
  creators: readonly string[];
}

/** The filters of a search, over the parameters $3 (motivations) and $4 (creators). */
const FILTERED = `(cardinality($3::text[]) = 0 or body -> 'motivation' ?| $3::text[])
         and (cardinality($4::text[]) = 0 or creator = any ($4::text[]))`;

const COLUMNS = 'slug, body, etag, creator, created, modified';

const newEtag = () => `"${randomBytes(12).toString('hex')}"`;
const likePattern = (term: string) => `%${term.replace(/[\\%_]/g, '\\$&')}%`;

/** The SQL behind the protocol and the search services. */
export class AnnotationRepository {
  constructor(private readonly db: Database) {}

  async summary(container: string): Promise<ContainerSummary> {
    const [row] = await this.db.query<{ total: number; modified: Date | null; version: string | null }>(
      `select count(*)::int as total, max(modified) as modified, max(position)::text || ':' || count(*)::text || ':' || coalesce(max(modified)::text, '') as version
       from annotations where container = $1`,
      [container],
    );
    return { total: row.total, modified: row.modified ?? undefined, etag: `"${Buffer.from(row.version ?? 'empty').toString('base64url')}"` };
  }

  page(container: string, offset: number, limit: number): Promise<StoredAnnotation[]> {
    return this.db.query(`select ${COLUMNS} from annotations where container = $1 order by position offset $2 limit $3`, [container, offset, limit]);
  }

  get(container: string, slug: string): Promise<StoredAnnotation> {
    return this.#current(this.db, container, slug);
  }

  /** Stores a new annotation, creating its container on first use; `created` is false when the slug was taken already. */
  async create(container: string, slug: string, body: Annotation, creator: string): Promise<{ stored: StoredAnnotation; created: boolean }> {
    return this.db.transaction(async (tx) => {
      await tx.query('insert into containers (name) values ($1) on conflict do nothing', [container]);
      await ChangeLog.lock(tx, container);
      const [inserted] = await tx.query<StoredAnnotation>(
        `insert into annotations (container, slug, body, etag, creator, searchable) values ($1, $2, $3, $4, $5, $6)
         on conflict (container, slug) do nothing returning ${COLUMNS}`,
        [container, slug, body, newEtag(), creator, textOf(body)],
      );
      if (!inserted) return { stored: await this.#current(tx, container, slug), created: false };
      await ChangeLog.record(tx, container, slug, 'put');
      return { stored: inserted, created: true };
    });
  }

  /** Replaces the annotation if its ETag is still `ifMatch`: 412 when someone changed it since, 404 when it is gone. */
  async replace(container: string, slug: string, body: Annotation, ifMatch: string): Promise<StoredAnnotation> {
    return this.db.transaction(async (tx) => {
      await ChangeLog.lock(tx, container);
      const [updated] = await tx.query<StoredAnnotation>(
        `update annotations set body = $3, etag = $4, searchable = $5, modified = now()
         where container = $1 and slug = $2 and etag = $6 returning ${COLUMNS}`,
        [container, slug, body, newEtag(), textOf(body), ifMatch],
      );
      if (!updated) throw await this.#changedSince(tx, container, slug, ifMatch);
      await ChangeLog.record(tx, container, slug, 'put');
      return updated;
    });
  }

  /** Removes the annotation, if its ETag is still `ifMatch` when one is given. */
  async delete(container: string, slug: string, ifMatch: string | undefined): Promise<void> {
    await this.db.transaction(async (tx) => {
      await ChangeLog.lock(tx, container);
      const deleted = await tx.query(`delete from annotations where container = $1 and slug = $2 and ($3::text is null or etag = $3) returning slug`, [container, slug, ifMatch ?? null]);
      if (!deleted.length) throw await this.#changedSince(tx, container, slug, ifMatch);
      await ChangeLog.record(tx, container, slug, 'delete');
    });
  }

  async #current(on: Queryable, container: string, slug: string): Promise<StoredAnnotation> {
    const [row] = await on.query<StoredAnnotation>(`select ${COLUMNS} from annotations where container = $1 and slug = $2`, [container, slug]);
    if (!row) throw new HttpError(404, `No annotation ${slug} in ${container}`);
    return row;
  }

  /** The 412 for a write made from `ifMatch`, or the 404 when the annotation is gone. */
  async #changedSince(on: Queryable, container: string, slug: string, ifMatch: string | undefined): Promise<HttpError> {
    const current = await this.#current(on, container, slug);
    return new HttpError(412, `The annotation changed since ${ifMatch}; it is now ${current.etag}`, { ETag: current.etag });
  }

  /** The annotations whose text holds every term, whole-word matches first, with the total count. */
  async search(container: string, filter: SearchFilter, offset: number, limit: number): Promise<{ total: number; rows: (StoredAnnotation & { searchable: string })[] }> {
    const rows = await this.db.query<StoredAnnotation & { searchable: string; total: number }>(
      `select ${COLUMNS}, searchable, (count(*) over ())::int as total from annotations
       where container = $1 and searchable ilike all ($2::text[]) and ${FILTERED}
       order by ts_rank(words, plainto_tsquery('simple', $5)) desc, position offset $6 limit $7`,
      [container, filter.terms.map(likePattern), filter.motivations, filter.creators, filter.terms.join(' '), offset, limit],
    );
    return { total: rows[0]?.total ?? 0, rows };
  }

  /** The texts of up to `limit` annotations that contain `prefix` and pass the filter, for autocomplete. */
  async textsContaining(container: string, prefix: string, filter: Omit<SearchFilter, 'terms'>, limit: number): Promise<string[]> {
    const rows = await this.db.query<{ searchable: string }>(
      `select searchable from annotations where container = $1 and searchable ilike $2 and ${FILTERED} limit $5`,
      [container, likePattern(prefix), filter.motivations, filter.creators, limit],
    );
    return rows.map((row) => row.searchable);
  }
}
