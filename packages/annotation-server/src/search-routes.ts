import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { authorize, callerOf } from './access.js';
import { targetOf } from './annotation.js';
import { HttpError } from './http-error.js';
import { nameOf } from './names.js';
import { annotationJson, type Addresses } from './representations.js';
import type { SearchFilter, StoredAnnotation } from './repository.js';
import { completionsOf, quoteOf, termsOf } from './search-text.js';
import type { ServerContext } from './server-context.js';

const SEARCH_PAGE_SIZE = 50;
const COMPLETIONS = 10;
/** Autocomplete reads the texts of at most this many matching annotations. */
const COMPLETION_SAMPLE = 1000;
const SEARCH_CONTEXT_2 = 'http://iiif.io/api/search/2/context.json';
const SEARCH_CONTEXT_1 = 'http://iiif.io/api/search/1/context.json';
/** The parameters the services read; each may be given once. */
const PARAMETERS = ['q', 'motivation', 'user', 'date', 'page', 'min'] as const;
/** Parameters Content Search defines that this server does not implement, so it reports them as ignored. */
const UNIMPLEMENTED = ['date'] as const;
/** The parameters the addresses of result pages keep. */
const KEPT = ['q', 'motivation', 'user'] as const;

type Query = Partial<Record<(typeof PARAMETERS)[number], string>>;
type Request = FastifyRequest<{ Params: { version: string; container: string }; Querystring: Record<string, string | string[] | undefined> }>;
type Match = StoredAnnotation & { searchable: string };

function versionOf(value: string): 1 | 2 {
  if (value === '1' || value === '2') return Number(value) as 1 | 2;
  throw new HttpError(404, `No Content Search ${value}; this server answers 1 and 2`);
}

function queryOf(raw: Request['query']): Query {
  const query: Query = {};
  for (const name of PARAMETERS) {
    const value = raw[name];
    if (Array.isArray(value)) throw new HttpError(400, `${name} may be given only once`);
    if (value !== undefined) query[name] = value;
  }
  return query;
}

function wholeNumber(value: string | undefined, name: string, least: number): number | undefined {
  if (value === undefined || value === '') return undefined;
  if (!/^\d{1,9}$/.test(value) || Number(value) < least) throw new HttpError(400, `${name} must be a whole number from ${least}`);
  return Number(value);
}

const spaceSeparated = (value: string | undefined) => value?.split(/\s+/).filter(Boolean) ?? [];

/** The filters of `motivation` and `user`: any of the motivations, and any of the users by the URIs this server gives them (or by name). */
function filterOf(addresses: Addresses, query: Query): Omit<SearchFilter, 'terms'> {
  const users = addresses.user('');
  const nameOfUser = (user: string) => {
    if (!user.startsWith(users)) return user;
    try {
      return decodeURIComponent(user.slice(users.length));
    } catch {
      return user;
    }
  };
  return { motivations: spaceSeparated(query.motivation), creators: spaceSeparated(query.user).map(nameOfUser) };
}

const ignoredOf = (query: Query) => UNIMPLEMENTED.filter((name) => query[name] !== undefined);

function pageUrl(base: string, query: Query, page?: number): string {
  const kept = KEPT.flatMap((name) => (query[name] ? [[name, query[name]]] : []));
  const params = new URLSearchParams([...kept, ...(page === undefined ? [] : [['page', String(page)]])]);
  return `${base}?${params}`;
}

interface Found {
  url: string;
  query: Query;
  total: number;
  page: number;
  last: number;
  rows: Match[];
  terms: string[];
}

const quoted = (found: Found, row: Match) => (found.terms.length ? quoteOf(row.searchable, found.terms[0]) : undefined);

function results2(addresses: Addresses, container: string, found: Found): unknown {
  const iriOf = (row: Match) => addresses.annotation(container, row.slug);
  const pageOf = (page: number) => ({ id: pageUrl(found.url, found.query, page), type: 'AnnotationPage' });
  const ignored = ignoredOf(found.query);
  const quotes = found.rows.flatMap((row) => {
    const quote = quoted(found, row);
    return quote ? [{ row, quote }] : [];
  });
  return {
    '@context': SEARCH_CONTEXT_2,
    id: pageUrl(found.url, found.query, found.page),
    type: 'AnnotationPage',
    ...(ignored.length ? { ignored } : {}),
    partOf: { id: pageUrl(found.url, found.query), type: 'AnnotationCollection', total: found.total, first: pageOf(0), last: pageOf(found.last) },
    ...(found.page > 0 ? { prev: pageOf(found.page - 1) } : {}),
    ...(found.page < found.last ? { next: pageOf(found.page + 1) } : {}),
    startIndex: found.page * SEARCH_PAGE_SIZE,
    items: found.rows.map((row) => annotationJson(addresses, container, row)),
    ...(quotes.length
      ? {
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
        }
      : {}),
  };
}

/** A motivation as Presentation 2 names it: painting is `sc:`, the others are Open Annotation's. */
function motivation1(value: unknown): string {
  const [first] = [value].flat();
  const motivation = typeof first === 'string' ? first : 'commenting';
  return motivation.includes(':') ? motivation : `${motivation === 'painting' ? 'sc' : 'oa'}:${motivation}`;
}

function results1(addresses: Addresses, container: string, found: Found): unknown {
  const pageOf = (page: number) => pageUrl(found.url, found.query, page);
  const ignored = ignoredOf(found.query);
  return {
    '@context': ['http://iiif.io/api/presentation/2/context.json', SEARCH_CONTEXT_1],
    '@id': pageOf(found.page),
    '@type': 'sc:AnnotationList',
    within: { '@type': 'sc:Layer', total: found.total, first: pageOf(0), last: pageOf(found.last), ...(ignored.length ? { ignored } : {}) },
    ...(found.page > 0 ? { prev: pageOf(found.page - 1) } : {}),
    ...(found.page < found.last ? { next: pageOf(found.page + 1) } : {}),
    startIndex: found.page * SEARCH_PAGE_SIZE,
    resources: found.rows.map((row) => {
      const { source, xywh } = targetOf(row.body);
      return {
        '@id': addresses.annotation(container, row.slug),
        '@type': 'oa:Annotation',
        motivation: motivation1(row.body.motivation),
        resource: { '@type': 'cnt:ContentAsText', chars: row.searchable },
        on: xywh ? `${source}#xywh=${xywh}` : source,
      };
    }),
    hits: found.rows.flatMap((row) => {
      const quote = quoted(found, row);
      return quote ? [{ '@type': 'search:Hit', annotations: [addresses.annotation(container, row.slug)], match: quote.exact, before: quote.prefix, after: quote.suffix }] : [];
    }),
  };
}

/** IIIF Content Search 2.0 and 1.0 over a container's annotations, with autocomplete. */
export function searchRoutes(app: FastifyInstance, context: ServerContext): void {
  const { db, repository, addresses, publicRead } = context;

  async function readable(request: Request): Promise<{ version: 1 | 2; container: string; query: Query; q: string }> {
    const version = versionOf(request.params.version);
    const container = nameOf(request.params.container, 'container');
    await authorize(db, await callerOf(db, request.headers.authorization), container, 'read', publicRead);
    const query = queryOf(request.query);
    return { version, container, query, q: query.q?.trim() ?? '' };
  }

  /** A search without `q` is not restricted by words, as Content Search defines for an empty or missing parameter. */
  async function search(request: Request, reply: FastifyReply) {
    const { version, container, query, q } = await readable(request);
    const page = wholeNumber(query.page, 'page', 0) ?? 0;
    const terms = termsOf(q);
    const { total, rows } = await repository.search(container, { terms, ...filterOf(addresses, query) }, page * SEARCH_PAGE_SIZE, SEARCH_PAGE_SIZE);
    if (page > 0 && !rows.length) throw new HttpError(404, `The search has no page ${page}`);
    const found = { url: addresses.search(version, container), query, total, page, last: Math.max(0, Math.ceil(total / SEARCH_PAGE_SIZE) - 1), rows, terms };
    return reply.type('application/ld+json').send(version === 2 ? results2(addresses, container, found) : results1(addresses, container, found));
  }

  async function autocomplete(request: Request, reply: FastifyReply) {
    const { version, container, query, q } = await readable(request);
    if (!q) throw new HttpError(400, 'An autocomplete needs q, the first characters of a term');
    const min = wholeNumber(query.min, 'min', 1) ?? 1;
    const completions = completionsOf(await repository.textsContaining(container, q, filterOf(addresses, query), COMPLETION_SAMPLE), q, COMPLETIONS, min);
    const searchUrl = (term: string) => pageUrl(addresses.search(version, container), { ...query, q: term });
    const url = pageUrl(addresses.autocomplete(version, container), query);
    const ignored = ignoredOf(query);
    const body =
      version === 2
        ? { '@context': SEARCH_CONTEXT_2, id: url, type: 'TermPage', ...(ignored.length ? { ignored } : {}), items: completions.map(({ term, count }) => ({ value: term, total: count })) }
        : { '@context': SEARCH_CONTEXT_1, '@id': url, '@type': 'search:TermList', ...(ignored.length ? { ignored } : {}), terms: completions.map(({ term, count }) => ({ match: term, count, url: searchUrl(term) })) };
    return reply.type('application/ld+json').send(body);
  }

  app.get('/search/:version/:container', search);
  app.get('/autocomplete/:version/:container', autocomplete);
}
