import { HttpError } from './http-error.js';

export type Annotation = Record<string, unknown> & { id?: string; type: unknown; target: unknown };

const ANNOTATION_CONTEXTS = ['http://www.w3.org/ns/anno.jsonld', 'http://iiif.io/api/presentation/3/context.json'];
/** What the server sets itself; a client's values for them are replaced. */
const SERVER_FIELDS = ['id', 'creator', 'created', 'modified'];

const listOf = (value: unknown): unknown[] => (value === undefined ? [] : Array.isArray(value) ? value : [value]);

/** Throws 400 unless `value` is a W3C Web Annotation in JSON-LD: the annotation context, type Annotation, a target. */
export function validAnnotation(value: unknown): Annotation {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) throw new HttpError(400, 'The body must be one JSON-LD object');
  const annotation = value as Annotation;
  if (!listOf(annotation['@context']).some((context) => ANNOTATION_CONTEXTS.includes(context as string))) {
    throw new HttpError(400, `@context must include ${ANNOTATION_CONTEXTS[0]}`);
  }
  if (!listOf(annotation.type).includes('Annotation')) throw new HttpError(400, 'type must be Annotation');
  const targets = listOf(annotation.target);
  if (!targets.length || !targets.every((target) => typeof target === 'string' || (typeof target === 'object' && target !== null))) {
    throw new HttpError(400, 'An annotation needs a target');
  }
  return annotation;
}

/** The annotation without the fields the server owns, so a retried POST can be compared with the first. */
export function clientFieldsOf(annotation: Annotation): Record<string, unknown> {
  return Object.fromEntries(Object.entries(annotation).filter(([key]) => !SERVER_FIELDS.includes(key)));
}

const stripTags = (html: string) => html.replace(/<[^>]*>/g, ' ');

/** The words of an annotation's textual bodies, for search: comments, transcriptions and tags. */
export function textOf(annotation: Annotation): string {
  const values = listOf(annotation.body).flatMap((body) => {
    if (typeof body === 'string') return [];
    const { value, format } = (body ?? {}) as { value?: unknown; format?: unknown };
    if (typeof value !== 'string') return [];
    return [format === 'text/html' ? stripTags(value) : value];
  });
  return values.join('\n').replace(/[ \t]+/g, ' ').trim();
}

const XYWH = /^xywh=(?:pixel:)?((?:percent:)?[\d.,]+)$/;

function fragmentTarget(iri: string): { source?: string; xywh?: string } {
  const [source, fragment] = iri.split('#');
  return { source, xywh: XYWH.exec(fragment ?? '')?.[1] };
}

/** The canvas (or other resource) and the `xywh` region (`percent:` kept) an annotation's first target points at. */
export function targetOf(annotation: Annotation): { source?: string; xywh?: string } {
  const [target] = listOf(annotation.target);
  if (typeof target === 'string') return fragmentTarget(target);
  const { id, source, selector } = target as { id?: unknown; source?: unknown; selector?: unknown };
  const sourceId = typeof source === 'string' ? source : (source as { id?: unknown } | undefined)?.id;
  if (typeof sourceId !== 'string') return typeof id === 'string' ? fragmentTarget(id) : {};
  const fragment = listOf(selector).map((s) => (s as { type?: unknown; value?: unknown })).find((s) => s.type === 'FragmentSelector');
  return { source: sourceId, xywh: XYWH.exec(String(fragment?.value ?? ''))?.[1] };
}
