import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { authorize, callerOf } from './access.js';
import type { Change } from './change-log.js';
import { HttpError } from './http-error.js';
import { nameOf } from './names.js';
import { annotationJson } from './representations.js';
import type { ServerContext } from './server-context.js';

const PAGE_SIZE = 500;
const KEEP_ALIVE_MS = 15_000;

type Request = FastifyRequest<{ Params: { container: string }; Querystring: { since?: string } }>;

function sequenceNumber(value: string | undefined, name: string): number | undefined {
  if (value === undefined || value === '') return undefined;
  if (!/^\d{1,15}$/.test(value)) throw new HttpError(400, `${name} must be a change number, a whole number from 0`);
  return Number(value);
}

const wantsStream = (accept: string | undefined) => /text\/event-stream/.test(accept ?? '');

/**
 * A container's change feed: every write and delete in the order the server made them, numbered, so a client that
 * read the container at change N can follow on from N. Server-Sent Events for `Accept: text/event-stream`, else JSON pages.
 */
export function changeRoutes(app: FastifyInstance, context: ServerContext): void {
  const { db, addresses, changes, watches, publicRead } = context;
  const streams = new Set<() => void>();

  const dataOf = (container: string, change: Change) =>
    change.stored
      ? { id: addresses.annotation(container, change.slug), etag: change.stored.etag, annotation: annotationJson(addresses, container, change.stored) }
      : { id: addresses.annotation(container, change.slug) };

  async function readable(request: Request): Promise<string> {
    const container = nameOf(request.params.container, 'container');
    await authorize(db, await callerOf(db, request.headers.authorization), container, 'read', publicRead);
    return container;
  }

  async function page(request: Request, reply: FastifyReply) {
    const container = await readable(request);
    const since = sequenceNumber(request.query.since, 'since') ?? 0;
    const last = await changes.latest(container);
    const read = await changes.since(container, since, PAGE_SIZE);
    return reply.send({
      last,
      items: read.changes.map((change) => ({ seq: change.seq, kind: change.kind, ...dataOf(container, change) })),
      ...(read.more ? { next: `${addresses.changes(container)}?since=${read.reached}` } : {}),
    });
  }

  async function stream(request: Request, reply: FastifyReply) {
    const container = await readable(request);
    const lastEventId = request.headers['last-event-id'];
    const from = sequenceNumber(typeof lastEventId === 'string' ? lastEventId : undefined, 'Last-Event-ID') ?? sequenceNumber(request.query.since, 'since') ?? (await changes.latest(container));
    reply.hijack();
    const raw = reply.raw;
    raw.writeHead(200, { ...(reply.getHeaders() as Record<string, string>), 'Content-Type': 'text/event-stream; charset=utf-8', 'Cache-Control': 'no-cache', 'X-Accel-Buffering': 'no' });
    raw.write(': following\n\n');
    const unfollow = watches.follow(container, {
      reached: from,
      deliver: (delivered) => {
        raw.write(delivered.map((change) => `id: ${change.seq}\nevent: ${change.kind}\ndata: ${JSON.stringify(dataOf(container, change))}\n\n`).join(''));
      },
    });
    const keepAlive = setInterval(() => raw.write(': keep-alive\n\n'), KEEP_ALIVE_MS);
    const end = () => {
      clearInterval(keepAlive);
      unfollow();
      streams.delete(end);
      raw.end();
    };
    streams.add(end);
    request.raw.once('close', end);
  }

  app.get('/changes/:container', (request: Request, reply) => (wantsStream(request.headers.accept) ? stream(request, reply) : page(request, reply)));
  app.addHook('preClose', async () => {
    for (const end of [...streams]) end();
    watches.close();
  });
}
