import { randomUUID } from 'node:crypto';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { authorize, authorizeChange, callerOf, type Caller } from './access.js';
import { clientFieldsOf, validAnnotation } from './annotation.js';
import { HttpError } from './http-error.js';
import { isName, nameOf } from './names.js';
import { canonicalJson, containerPreference } from './prefer.js';
import { ANNOTATION_TYPE, annotationJson, containerJson, pageJson } from './representations.js';
import type { ServerContext } from './server-context.js';

const CONTAINER_HEADERS = {
  Link: '<http://www.w3.org/ns/ldp#BasicContainer>; rel="type", <http://www.w3.org/TR/annotation-protocol/>; rel="http://www.w3.org/ns/ldp#constrainedBy"',
  Allow: 'GET, HEAD, POST, OPTIONS',
  'Accept-Post': ANNOTATION_TYPE,
  Vary: 'Accept, Prefer',
};
const ANNOTATION_HEADERS = { Link: '<http://www.w3.org/ns/ldp#Resource>; rel="type"', Allow: 'GET, HEAD, PUT, DELETE, OPTIONS', Vary: 'Accept' };
const PAGE_HEADERS = { Allow: 'GET, HEAD, OPTIONS', Vary: 'Accept' };

type Params = { container: string; slug?: string };
type Request = FastifyRequest<{ Params: Params; Querystring: Record<string, string | undefined> }>;

function acceptsJsonLd(accept: string | undefined): boolean {
  return !accept || /(\*\/\*|application\/\*|application\/(ld\+)?json)/.test(accept);
}

function send(reply: FastifyReply, status: number, headers: Record<string, string>, body?: unknown): FastifyReply {
  reply.code(status).headers(headers);
  if (body === undefined) return reply.send();
  return reply.type(ANNOTATION_TYPE).send(Buffer.from(JSON.stringify(body)));
}

/** The W3C Web Annotation Protocol: containers created on demand, paged reads, and writes guarded by ETags. */
export function protocolRoutes(app: FastifyInstance, context: ServerContext): void {
  const { db, repository, changes, watches, addresses, publicRead, pageSize } = context;

  async function allowed(request: Request, access: 'read' | 'write'): Promise<{ container: string; caller: Caller | undefined }> {
    if (access === 'read' && !acceptsJsonLd(request.headers.accept)) throw new HttpError(406, `Only ${ANNOTATION_TYPE} is served`);
    const container = nameOf(request.params.container, 'container');
    const caller = await callerOf(db, request.headers.authorization);
    await authorize(db, caller, container, access, publicRead);
    return { container, caller };
  }

  async function readContainer(request: Request, reply: FastifyReply) {
    const { container } = await allowed(request, 'read');
    // Read before the rows, so a client following the change feed from here misses nothing written meanwhile.
    const seen = { 'Vellum-Change-Seq': String(await changes.latest(container)) };
    const summary = await repository.summary(container);
    const pageParam = request.query.page;
    const preference = containerPreference([request.headers.prefer ?? []].flat().join(', '));
    const iris = request.query.iris === '1' || preference.iris;
    if (pageParam !== undefined) {
      const page = Number(pageParam);
      if (!Number.isInteger(page) || page < 0) throw new HttpError(400, 'page must be a whole number from 0');
      const rows = await repository.page(container, page * pageSize, pageSize);
      if (page > 0 && !rows.length) throw new HttpError(404, `${container} has no page ${page}`);
      return send(reply, 200, { ...PAGE_HEADERS, ...seen }, pageJson(addresses, { container, page, pageSize, iris }, summary, rows));
    }
    const headers = { ...CONTAINER_HEADERS, ...seen, ETag: summary.etag };
    if (request.headers['if-none-match'] === summary.etag) return send(reply, 304, headers);
    const { minimal } = preference;
    const firstRows = minimal ? [] : await repository.page(container, 0, pageSize);
    return send(reply, 200, headers, containerJson(addresses, { container, page: 0, pageSize, iris, minimal }, summary, firstRows));
  }

  async function createAnnotation(request: Request, reply: FastifyReply) {
    const { container, caller } = await allowed(request, 'write');
    const annotation = validAnnotation(request.body);
    const fields = { ...clientFieldsOf(annotation), ...(annotation.id ? { via: annotation.id } : {}) };
    const slugHeader = request.headers.slug;
    const slug = typeof slugHeader === 'string' && isName(slugHeader) ? slugHeader : randomUUID();
    const { stored, created } = await repository.create(container, slug, validAnnotation(fields), caller!.name);
    const retried = !created && stored.creator === caller!.name && canonicalJson(stored.body) === canonicalJson(fields);
    if (!created && !retried) throw new HttpError(409, `${container} already holds a different annotation ${slug}`);
    if (created) watches.wrote(container);
    const iri = addresses.annotation(container, slug);
    return send(reply, created ? 201 : 200, { ...ANNOTATION_HEADERS, Location: iri, ETag: stored.etag }, annotationJson(addresses, container, stored));
  }

  async function readAnnotation(request: Request, reply: FastifyReply) {
    const { container } = await allowed(request, 'read');
    const stored = await repository.get(container, nameOf(request.params.slug, 'annotation'));
    const headers = { ...ANNOTATION_HEADERS, ETag: stored.etag };
    if (request.headers['if-none-match'] === stored.etag) return send(reply, 304, headers);
    return send(reply, 200, headers, annotationJson(addresses, container, stored));
  }

  async function changeable(request: Request) {
    const { container, caller } = await allowed(request, 'write');
    const slug = nameOf(request.params.slug, 'annotation');
    const existing = await repository.get(container, slug);
    authorizeChange(caller, existing.creator);
    return { container, slug };
  }

  async function replaceAnnotation(request: Request, reply: FastifyReply) {
    const ifMatch = request.headers['if-match'];
    if (!ifMatch) throw new HttpError(428, 'A PUT needs If-Match with the ETag the change was made from');
    const { container, slug } = await changeable(request);
    const annotation = validAnnotation(request.body);
    if (annotation.id && annotation.id !== addresses.annotation(container, slug)) throw new HttpError(400, `The body's id must be ${addresses.annotation(container, slug)}`);
    const stored = await repository.replace(container, slug, validAnnotation(clientFieldsOf(annotation)), ifMatch);
    watches.wrote(container);
    return send(reply, 200, { ...ANNOTATION_HEADERS, ETag: stored.etag }, annotationJson(addresses, container, stored));
  }

  async function deleteAnnotation(request: Request, reply: FastifyReply) {
    const { container, slug } = await changeable(request);
    await repository.delete(container, slug, request.headers['if-match']);
    watches.wrote(container);
    return send(reply, 204, {});
  }

  const notAllowed = (allow: string) => async () => {
    throw new HttpError(405, `Allowed here: ${allow}`, { Allow: allow });
  };
  const options = (headers: Record<string, string>) => async (_request: Request, reply: FastifyReply) => send(reply, 200, headers);

  for (const url of ['/annotations/:container/', '/annotations/:container']) {
    app.get(url, readContainer);
    app.post(url, createAnnotation);
    app.options(url, options(CONTAINER_HEADERS));
    app.route({ method: ['PUT', 'DELETE', 'PATCH'], url, handler: notAllowed(CONTAINER_HEADERS.Allow) });
  }
  const annotationUrl = '/annotations/:container/:slug';
  app.get(annotationUrl, readAnnotation);
  app.put(annotationUrl, replaceAnnotation);
  app.delete(annotationUrl, deleteAnnotation);
  app.options(annotationUrl, options(ANNOTATION_HEADERS));
  app.route({ method: ['POST', 'PATCH'], url: annotationUrl, handler: notAllowed(ANNOTATION_HEADERS.Allow) });
}
