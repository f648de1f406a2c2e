import { PGlite } from '@electric-sql/pglite';
import { pg_trgm } from '@electric-sql/pglite/contrib/pg_trgm';
import pg from 'pg';

/** What both PostgreSQL backends offer: parameterised queries. */
export interface Queryable {
  query<Row>(sql: string, params?: readonly unknown[]): Promise<Row[]>;
}

/** A PostgreSQL database: the embedded PGlite or a real server; the server keeps no state outside it. */
export interface Database extends Queryable {
  /** Runs `work` in one transaction: committed when it resolves, rolled back when it throws. */
  transaction<T>(work: (tx: Queryable) => Promise<T>): Promise<T>;
  close(): Promise<void>;
}

async function openPglite(dataDir: string): Promise<Database> {
  const db = await PGlite.create({ dataDir: dataDir === 'memory' ? undefined : dataDir, extensions: { pg_trgm } });
  const query = async <Row>(on: Pick<PGlite, 'query'>, sql: string, params?: readonly unknown[]) => (await on.query<Row>(sql, params as unknown[])).rows;
  return {
    query: (sql, params) => query(db, sql, params),
    transaction: (work) => db.transaction((tx) => work({ query: (sql, params) => query(tx, sql, params) })),
    close: () => db.close(),
  };
}

function openPostgres(url: string): Database {
  const pool = new pg.Pool({ connectionString: url, max: 10 });
  // A connection the server drops (a restart) must not crash the process; the next query reconnects.
  pool.on('error', () => {});
  const query = async <Row>(on: pg.Pool | pg.PoolClient, sql: string, params?: readonly unknown[]) =>
    (await on.query(sql, params as unknown[])).rows as Row[];
  return {
    query: (sql, params) => query(pool, sql, params),
    async transaction(work) {
      const client = await pool.connect();
      try {
        await client.query('begin');
        const result = await work({ query: (sql, params) => query(client, sql, params) });
        await client.query('commit');
        return result;
      } catch (error) {
        await client.query('rollback').catch(() => {});
        throw error;
      } finally {
        client.release();
      }
    },
    close: () => pool.end(),
  };
}

/**
 * Opens `location`: a `postgres://` URL for a PostgreSQL server, `memory` for a throwaway
 * embedded database, or a directory for an embedded one kept on disk.
 */
export function openDatabase(location: string): Promise<Database> {
  return /^postgres(ql)?:\/\//.test(location) ? Promise.resolve(openPostgres(location)) : openPglite(location);
}
