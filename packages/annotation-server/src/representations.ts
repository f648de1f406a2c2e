import type { ContainerSummary, StoredAnnotation } from './repository.js';

export const ANNOTATION_TYPE = 'application/ld+json; profile="http://www.w3.org/ns/anno.jsonld"';
const CONTEXTS = ['http://www.w3.org/ns/anno.jsonld', 'http://www.w3.org/ns/ldp.jsonld'];

/** The addresses the server answers at, under its public base URL. */
export class Addresses {
  constructor(readonly base: string) {}

  container(container: string): string {
    return `${this.base}/annotations/${container}/`;
  }

  annotation(container: string, slug: string): string {
    return `${this.container(container)}${slug}`;
  }

  page(container: string, page: number, iris: boolean): string {
    return `${this.container(container)}?page=${page}${iris ? '&iris=1' : ''}`;
  }

  search(version: 1 | 2, container: string): string {
    return `${this.base}/search/${version}/${container}`;
  }

  autocomplete(version: 1 | 2, container: string): string {
    return `${this.base}/autocomplete/${version}/${container}`;
  }

  changes(container: string): string {
    return `${this.base}/changes/${container}`;
  }

  user(name: string): string {
    return `${this.base}/users/${encodeURIComponent(name)}`;
  }
}

/** The stored annotation as served: its IRI, and its creator and dates as the server recorded them. */
export function annotationJson(addresses: Addresses, container: string, stored: StoredAnnotation): Record<string, unknown> {
  const { '@context': context, ...fields } = stored.body;
  return {
    '@context': context,
    id: addresses.annotation(container, stored.slug),
    ...fields,
    creator: { id: addresses.user(stored.creator), type: 'Person', name: stored.creator },
    created: stored.created.toISOString(),
    modified: stored.modified.toISOString(),
  };
}

/** The services of a container: Content Search 2.0 and 1.0, each with its autocomplete, and its change feed. */
export function containerServices(addresses: Addresses, container: string): unknown[] {
  return [
    {
      id: addresses.search(2, container),
      type: 'SearchService2',
      service: [{ id: addresses.autocomplete(2, container), type: 'AutoCompleteService2' }],
    },
    {
      '@id': addresses.search(1, container),
      profile: 'http://iiif.io/api/search/1/search',
      service: { '@id': addresses.autocomplete(1, container), profile: 'http://iiif.io/api/search/1/autocomplete' },
    },
    { id: addresses.changes(container), type: 'ChangeFeed', profile: 'https://vellum.dev/ns/change-feed' },
  ];
}

export interface PageRequest {
  container: string;
  page: number;
  pageSize: number;
  iris: boolean;
}

const lastPageOf = (summary: ContainerSummary, pageSize: number) => Math.max(0, Math.ceil(summary.total / pageSize) - 1);

/** One page of a container's annotations, as IRIs or in full. */
export function pageJson(addresses: Addresses, request: PageRequest, summary: ContainerSummary, rows: readonly StoredAnnotation[], embedded = false): Record<string, unknown> {
  const { container, page, pageSize, iris } = request;
  const last = lastPageOf(summary, pageSize);
  return {
    ...(embedded ? {} : { '@context': CONTEXTS[0] }),
    id: addresses.page(container, page, iris),
    type: 'AnnotationPage',
    ...(embedded ? {} : { partOf: { id: addresses.container(container), total: summary.total, modified: summary.modified?.toISOString() } }),
    startIndex: page * pageSize,
    ...(page > 0 ? { prev: addresses.page(container, page - 1, iris) } : {}),
    ...(page < last ? { next: addresses.page(container, page + 1, iris) } : {}),
    items: rows.map((row) => (iris ? addresses.annotation(container, row.slug) : annotationJson(addresses, container, row))),
  };
}

/** The container, with its first page embedded unless the client asked for the minimal container. */
export function containerJson(addresses: Addresses, request: PageRequest & { minimal: boolean }, summary: ContainerSummary, firstRows: readonly StoredAnnotation[]): Record<string, unknown> {
  const { container, pageSize, iris, minimal } = request;
  return {
    '@context': CONTEXTS,
    id: addresses.container(container),
    type: ['BasicContainer', 'AnnotationCollection'],
    total: summary.total,
    ...(summary.modified ? { modified: summary.modified.toISOString() } : {}),
    ...(summary.total
      ? {
          first: minimal ? addresses.page(container, 0, iris) : pageJson(addresses, { ...request, page: 0 }, summary, firstRows, true),
          last: addresses.page(container, lastPageOf(summary, pageSize), iris),
        }
      : {}),
    service: containerServices(addresses, container),
  };
}
