import { after, before } from 'node:test';
import { createServer, issueToken, openDatabase, type Access, type Database, type ServerOptions } from '@vellum/annotation-server';
import { startPostgres, type PostgresCluster } from '../support/postgres.ts';

export const ANNOTATION_TYPE = 'application/ld+json; profile="http://www.w3.org/ns/anno.jsonld"';

/** A running server on a fresh database, and the means to call it. */
export interface Running {
  url: string;
  /** Where the database is, to start a second server on it. */
  location: string;
  db: Database;
  /** A new user's token with these grants. */
  token(user: string, grants: Record<string, Access>, role?: 'member' | 'editor'): Promise<string>;
  close(): Promise<void>;
}

export interface Backend {
  name: string;
  serve(options?: Partial<ServerOptions>): Promise<Running>;
  /** The PostgreSQL server behind the backend, to stop and start it; none for PGlite. */
  cluster?(): PostgresCluster;
}

let cluster: PostgresCluster | undefined;
let databases = 0;

/** A server on the database at `location`, on a port of its own. */
export async function serveOn(location: string, options: Partial<ServerOptions> = {}): Promise<Running> {
  const db = await openDatabase(location);
  // The public URL must be known before listening, so take a free port first by listening once.
  const probe = await createServer({ database: db, publicUrl: 'http://127.0.0.1' });
  await probe.listen({ port: 0, host: '127.0.0.1' });
  const { port } = probe.server.address() as { port: number };
  await probe.close();
  const url = `http://127.0.0.1:${port}`;
  const app = await createServer({ database: db, publicUrl: url, ...options });
  await app.listen({ port, host: '127.0.0.1' });
  return {
    url,
    location,
    db,
    token: (user, grants, role) => issueToken(db, user, Object.entries(grants).map(([containers, access]) => ({ containers, access })), role),
    async close() {
      await app.close();
      await db.close();
    },
  };
}

/** The embedded PGlite and a real PostgreSQL server (started for this file), each test on a database of its own. */
export function backends(): Backend[] {
  before(async () => {
    cluster = await startPostgres();
  });
  after(() => cluster?.stop());
  return [
    { name: 'PGlite', serve: (options = {}) => serveOn('memory', options) },
    { name: 'PostgreSQL', serve: async (options = {}) => serveOn(await cluster!.createDatabase(`test_${++databases}`), options), cluster: () => cluster! },
  ];
}

/** A W3C annotation commenting on a region of a canvas. */
export function comment(text: string, canvas = 'https://example.org/canvas/1', xywh = '10,20,30,40'): Record<string, unknown> {
  return {
    '@context': 'http://www.w3.org/ns/anno.jsonld',
    type: 'Annotation',
    motivation: 'commenting',
    body: { type: 'TextualBody', value: text, format: 'text/plain' },
    target: { source: canvas, selector: { type: 'FragmentSelector', conformsTo: 'http://www.w3.org/TR/media-frags/', value: `xywh=${xywh}` } },
  };
}

/** Sends `body` as JSON-LD. */
export function send(url: string, method: string, body: unknown, headers: Record<string, string> = {}): Promise<Response> {
  return fetch(url, { method, headers: { 'Content-Type': ANNOTATION_TYPE, ...headers }, body: typeof body === 'string' ? body : JSON.stringify(body) });
}

export const bearer = (token: string) => ({ Authorization: `Bearer ${token}` });
