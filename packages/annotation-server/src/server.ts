import Fastify, { type FastifyError, type FastifyInstance } from 'fastify';
import { ChangeLog } from './change-log.js';
import { changeRoutes } from './change-routes.js';
import { ChangeWatches } from './change-watch.js';
import type { Database } from './database.js';
import { HttpError } from './http-error.js';
import { migrate } from './migrations.js';
import { protocolRoutes } from './protocol-routes.js';
import { Addresses, ANNOTATION_TYPE } from './representations.js';
import { AnnotationRepository } from './repository.js';
import { searchRoutes } from './search-routes.js';

export interface ServerOptions {
  database: Database;
  /** The base URL clients reach the server at; every id it serves starts with it. */
  publicUrl: string;
  /** Origins whose pages may call the server (CORS); `*` allows any. */
  origins?: readonly string[];
  /** Anyone may read without a token (true by default); writing always needs one. */
  publicRead?: boolean;
  /** Annotations per page of a container. */
  pageSize?: number;
  /** The largest request body in bytes; a larger one is answered 413. */
  bodyLimit?: number;
  logger?: boolean;
}

const CORS_HEADERS = {
  'Access-Control-Allow-Methods': 'GET, HEAD, POST, PUT, DELETE, OPTIONS',
  'Access-Control-Allow-Headers': 'Authorization, Content-Type, If-Match, If-None-Match, Last-Event-ID, Prefer, Slug',
  'Access-Control-Expose-Headers': 'ETag, Location, Link, Allow, Accept-Post, Vellum-Change-Seq',
  'Access-Control-Max-Age': '600',
};

/** Errors that mean the database cannot be reached now (down, restarting), so the client should retry. */
function unavailable(error: FastifyError & { code?: string }): boolean {
  return ['ECONNREFUSED', 'ECONNRESET', '57P01', '57P02', '57P03', '08000', '08003', '08006'].includes(error.code ?? '') || /Connection terminated/i.test(error.message);
}

/** CORS for `origins`; every answer varies by Origin then, so a cache never gives one origin's answer to another. */
function corsFor(app: FastifyInstance, origins: readonly string[]): void {
  if (!origins.length) return;
  app.addHook('onRequest', async (request, reply) => {
    const origin = request.headers.origin;
    if (!origin || !(origins.includes('*') || origins.includes(origin))) return;
    reply.header('Access-Control-Allow-Origin', origin).header('Access-Control-Expose-Headers', CORS_HEADERS['Access-Control-Expose-Headers']);
    if (request.method === 'OPTIONS' && request.headers['access-control-request-method']) {
      return reply.code(204).headers(CORS_HEADERS).send();
    }
  });
  app.addHook('onSend', async (_request, reply) => {
    const vary = [reply.getHeader('Vary') ?? []].flat().join(',').split(/\s*,\s*/).filter(Boolean);
    if (!vary.includes('Origin')) reply.header('Vary', [...vary, 'Origin'].join(', '));
  });
}

/** The annotation server over `database`, its schema brought up to date first. */
export async function createServer(options: ServerOptions): Promise<FastifyInstance> {
  const { database: db, publicUrl, origins = [], publicRead = true, pageSize = 100, bodyLimit = 1024 * 1024, logger = false } = options;
  await migrate(db);
  const app = Fastify({ logger, bodyLimit });
  app.removeContentTypeParser('text/plain');
  app.addContentTypeParser(/^application\/ld\+json/, { parseAs: 'string' }, app.getDefaultJsonParser('error', 'error'));
  corsFor(app, origins);
  app.setErrorHandler((error: FastifyError, request, reply) => {
    if (error instanceof HttpError) return reply.code(error.status).headers(error.headers).send({ error: error.message });
    if (error.code === 'FST_ERR_CTP_INVALID_MEDIA_TYPE') return reply.code(415).send({ error: `Send annotations as ${ANNOTATION_TYPE}` });
    if (error.statusCode && error.statusCode < 500) return reply.code(error.statusCode).send({ error: error.message });
    if (unavailable(error)) return reply.code(503).header('Retry-After', '1').send({ error: 'The database cannot be reached; try again' });
    request.log.error(error);
    return reply.code(500).send({ error: 'The server failed; the change was not made' });
  });
  app.setNotFoundHandler((request, reply) => reply.code(404).send({ error: `Nothing is served at ${request.url}` }));
  const changes = new ChangeLog(db);
  const context = { db, repository: new AnnotationRepository(db), changes, watches: new ChangeWatches(changes), addresses: new Addresses(publicUrl.replace(/\/$/, '')), publicRead, pageSize };
  protocolRoutes(app, context);
  searchRoutes(app, context);
  changeRoutes(app, context);
  app.get('/health', async () => {
    await db.query('select 1');
    return { status: 'ok' };
  });
  return app;
}
