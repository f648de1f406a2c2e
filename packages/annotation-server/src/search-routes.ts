import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { authorize, callerOf } from './access.js';
import { targetOf } from './annotation.js';
import { HttpError } from './http-error.js';
import { nameOf } from './names.js';
import { annotationJson, type Addresses } from './representations.js';
import type { StoredAnnotation } from './repository.js';
import { completionsOf, quoteOf, termsOf } from './search-text.js';
import type { ServerContext } from './server-context.js';

const SEARCH_PAGE_SIZE = 50;
const COMPLETIONS = 10;
/** Autocomplete reads the texts of at most this many matching annotations. */
const COMPLETION_SAMPLE = 1000;
const SEARCH_CONTEXT_2 = 'http://iiif.io/api/search/2/context.json';
const SEARCH_CONTEXT_1 = 'http://iiif.io/api/search/1/context.json';

type Query = { q?: string; motivation?: string; user?: string; page?: string };
type Request = FastifyRequest<{ Params: { version: string; container: string }; Querystring: Query }>;
type Match = StoredAnnotation & { searchable: string };

function versionOf(value: string): 1 | 2 {
  if (value === '1' || value === '2') return Number(value) as 1 | 2;
  throw new HttpError(404, `No Content Search ${value}; this server answers 1 and 2`);
}

function pageUrl(base: string, query: Query, page: number): string {
  const params = new URLSearchParams(Object.entries({ ...query, page: String(page) }).filter((entry): entry is [string, string] => entry[1] !== undefined));
  return `${base}?${params}`;
}

interface Found {
  url: string;
  total: number;
  page: number;
  last: number;
  rows: Match[];
  terms: string[];
}

function results2(addresses: Addresses, container: string, query: Query, found: Found): unknown {
  const iriOf = (row: Match) => addresses.annotation(container, row.slug);
  const quotes = found.rows.flatMap((row) => {
    const quote = quoteOf(row.searchable, found.terms[0]);
    return quote ? [{ row, quote }] : [];
  });
  return {
    '@context': SEARCH_CONTEXT_2,
    id: pageUrl(found.url, query, found.page),
    type: 'AnnotationPage',
    partOf: { id: pageUrl(found.url, query, 0), type: 'AnnotationCollection', total: found.total, first: pageUrl(found.url, query, 0), last: pageUrl(found.url, query, found.last) },
    startIndex: found.page * SEARCH_PAGE_SIZE,
    ...(found.page < found.last ? { next: pageUrl(found.url, query, found.page + 1) } : {}),
    items: found.rows.map((row) => annotationJson(addresses, container, row)),
    annotations: [
      {
        type: 'AnnotationPage',
        items: quotes.map(({ row, quote }) => ({
          id: `${iriOf(row)}#match`,
          type: 'Annotation',
          motivation: 'contextualizing',
          target: { type: 'SpecificResource', source: iriOf(row), selector: [{ type: 'TextQuoteSelector', ...quote }] },
        })),
      },
    ],
  };
}

function results1(addresses: Addresses, container: string, query: Query, found: Found): unknown {
  return {
    '@context': ['http://iiif.io/api/presentation/2/context.json', SEARCH_CONTEXT_1],
    '@id': pageUrl(found.url, query, found.page),
    '@type': 'sc:AnnotationList',
    within: { '@type': 'sc:Layer', total: found.total, first: pageUrl(found.url, query, 0), last: pageUrl(found.url, query, found.last) },
    startIndex: found.page * SEARCH_PAGE_SIZE,
    ...(found.page < found.last ? { next: pageUrl(found.url, query, found.page + 1) } : {}),
    resources: found.rows.map((row) => {
      const { source, xywh } = targetOf(row.body);
      const [motivation] = [row.body.motivation].flat();
      return {
        '@id': addresses.annotation(container, row.slug),
        '@type': 'oa:Annotation',
        motivation: `oa:${typeof motivation === 'string' ? motivation : 'commenting'}`,
        resource: { '@type': 'cnt:ContentAsText', chars: row.searchable },
        on: xywh ? `${source}#xywh=${xywh}` : source,
      };
    }),
    hits: found.rows.flatMap((row) => {
      const quote = quoteOf(row.searchable, found.terms[0]);
      return quote ? [{ '@type': 'search:Hit', annotations: [addresses.annotation(container, row.slug)], match: quote.exact, before: quote.prefix, after: quote.suffix }] : [];
    }),
  };
}

/** IIIF Content Search 2.0 and 1.0 over a container's annotations, with autocomplete. */
export function searchRoutes(app: FastifyInstance, context: ServerContext): void {
  const { db, repository, addresses, publicRead } = context;

  async function readable(request: Request): Promise<{ version: 1 | 2; container: string; q: string }> {
    const version = versionOf(request.params.version);
    const container = nameOf(request.params.container, 'container');
    await authorize(db, await callerOf(db, request.headers.authorization), container, 'read', publicRead);
    const q = request.query.q?.trim() ?? '';
    if (!q) throw new HttpError(400, 'A search needs q, the words to find');
    return { version, container, q };
  }

  async function search(request: Request, reply: FastifyReply) {
    const { version, container, q } = await readable(request);
    const page = Number(request.query.page ?? 0);
    if (!Number.isInteger(page) || page < 0) throw new HttpError(400, 'page must be a whole number from 0');
    const terms = termsOf(q);
    const { motivation, user } = request.query;
    const { total, rows } = await repository.search(container, { terms, motivation, creator: user }, page * SEARCH_PAGE_SIZE, SEARCH_PAGE_SIZE);
    const found = { url: addresses.search(version, container), total, page, last: Math.max(0, Math.ceil(total / SEARCH_PAGE_SIZE) - 1), rows, terms };
    const body = version === 2 ? results2(addresses, container, request.query, found) : results1(addresses, container, request.query, found);
    return reply.type('application/ld+json').send(body);
  }

  async function autocomplete(request: Request, reply: FastifyReply) {
    const { version, container, q } = await readable(request);
    const completions = completionsOf(await repository.textsContaining(container, q, COMPLETION_SAMPLE), q, COMPLETIONS);
    const searchUrl = (term: string) => `${addresses.search(version, container)}?${new URLSearchParams({ q: term })}`;
    const url = `${addresses.autocomplete(version, container)}?${new URLSearchParams({ q })}`;
    const body =
      version === 2
        ? { '@context': SEARCH_CONTEXT_2, id: url, type: 'TermPage', items: completions.map(({ term, count }) => ({ value: term, total: count })) }
        : { '@context': SEARCH_CONTEXT_1, '@id': url, '@type': 'search:TermList', terms: completions.map(({ term, count }) => ({ match: term, count, url: searchUrl(term) })) };
    return reply.type('application/ld+json').send(body);
  }

  app.get('/search/:version/:container', search);
  app.get('/autocomplete/:version/:container', autocomplete);
}
