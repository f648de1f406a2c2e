import type { Database } from './database.js';

/** The schema, one step per version; a step never changes once released, a new one is added. */
const MIGRATIONS: readonly string[] = [
  `create extension if not exists pg_trgm;
   create table containers (
     name text primary key,
     created timestamptz not null default now()
   );
   create table annotations (
     container text not null references containers (name) on delete cascade,
     slug text not null,
     body jsonb not null,
     etag text not null,
     creator text not null,
     searchable text not null default '',
     words tsvector generated always as (to_tsvector('simple', searchable)) stored,
     created timestamptz not null default now(),
     modified timestamptz not null default now(),
     position bigserial,
     primary key (container, slug)
   );
   create index annotations_in_order on annotations (container, position);
   create index annotations_trigrams on annotations using gin (searchable gin_trgm_ops);
   create index annotations_words on annotations using gin (words);
   create table users (
     name text primary key,
     role text not null default 'member' check (role in ('member', 'editor'))
   );
   create table tokens (
     hash text primary key,
     user_name text not null references users (name) on delete cascade,
     created timestamptz not null default now()
   );
   create table grants (
     user_name text not null references users (name) on delete cascade,
     containers text not null,
     access text not null check (access in ('read', 'write')),
     primary key (user_name, containers)
   );`,
  `create table changes (
     seq bigserial primary key,
     container text not null references containers (name) on delete cascade,
     slug text not null,
     kind text not null check (kind in ('put', 'delete')),
     at timestamptz not null default now()
   );
   create index changes_in_order on changes (container, seq);`,
];

function statementsOf(migration: string): string[] {
  return migration.split(';').map((statement) => statement.trim()).filter(Boolean);
}

/** Any number for the advisory lock that keeps two processes from migrating at once. */
const MIGRATION_LOCK = 7_240_511;

/** Brings the schema to the newest version; safe to run from several processes at once. Returns the version. */
export async function migrate(database: Database): Promise<number> {
  return database.transaction(async (tx) => {
    await tx.query('select pg_advisory_xact_lock($1)', [MIGRATION_LOCK]);
    await tx.query('create table if not exists schema_migrations (version integer primary key, applied timestamptz not null default now())');
    const [{ version }] = await tx.query<{ version: number }>('select coalesce(max(version), 0)::int as version from schema_migrations');
    for (let next = version + 1; next <= MIGRATIONS.length; next++) {
      for (const statement of statementsOf(MIGRATIONS[next - 1])) await tx.query(statement);
      await tx.query('insert into schema_migrations (version) values ($1)', [next]);
    }
    return MIGRATIONS.length;
  });
}
