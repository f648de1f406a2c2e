import type { W3CAnnotation } from '../store.js';
import type { Answer, ProtocolClient } from './protocol-client.js';
import type { OutboxEntry, ServerVersion } from './sync-database.js';

/** What became of one change sent to the server. */
export type Outcome =
  | { kind: 'accepted'; annotation?: W3CAnnotation; etag?: string }
  | { kind: 'stale'; theirs: W3CAnnotation | null; theirsVersion: ServerVersion }
  | { kind: 'refused'; reason: string };

const refusal = (answer: Answer): Outcome => ({ kind: 'refused', reason: answer.message ?? `The server answered ${answer.status}` });

const staleAgainst = (current: Answer): Outcome =>
  current.status === 200 && current.annotation
    ? { kind: 'stale', theirs: current.annotation, theirsVersion: { etag: current.etag, modified: String(current.annotation.modified ?? '') } }
    : { kind: 'stale', theirs: null, theirsVersion: {} };

/**
 * The ETag of the server's version a change was made from. A copy read from a container page has no ETag, only its
 * `modified` date, so the annotation is read again: the same date gives its ETag, another date means a newer version.
 */
async function baseEtag(client: ProtocolClient, iri: string, base: ServerVersion): Promise<string | Answer | undefined> {
  if (base.etag || !base.modified) return base.etag;
  const current = await client.send('GET', iri);
  return current.status === 200 && current.annotation?.modified === base.modified && current.etag ? current.etag : current;
}

/**
 * Sends one outbox entry: a new annotation is POSTed under its slug (a retry of a write whose answer was lost finds
 * it there), a changed one is PUT with If-Match, a deleted one is DELETEd. Throws Unreachable when it may be retried.
 */
export async function sendChange(client: ProtocolClient, entry: OutboxEntry): Promise<Outcome> {
  const { address } = client;
  const iri = await address.iriOf(entry.id);
  const etag = await baseEtag(client, iri, entry.base);
  if (typeof etag === 'object') return staleAgainst(etag);
  const ifMatch: Record<string, string> = etag ? { 'If-Match': etag } : {};
  if (entry.annotation === null) {
    const answer = await client.send('DELETE', iri, ifMatch);
    if (answer.status === 204 || answer.status === 404) return { kind: 'accepted' };
    return answer.status === 412 ? staleAgainst(await client.send('GET', iri)) : refusal(answer);
  }
  if (etag) {
    const answer = await client.send('PUT', iri, ifMatch, await address.sentForm(entry.annotation, true));
    if (answer.status === 200) return { kind: 'accepted', annotation: answer.annotation, etag: answer.etag };
    return answer.status === 412 || answer.status === 404 ? staleAgainst(await client.send('GET', iri)) : refusal(answer);
  }
  const answer = await client.send('POST', address.url, { Slug: await address.slugOf(entry.id) }, await address.sentForm(entry.annotation, false));
  if (answer.status === 201 || answer.status === 200) return { kind: 'accepted', annotation: answer.annotation, etag: answer.etag };
  if (answer.status !== 409) return refusal(answer);
  // The slug holds another version: an earlier write from here whose answer was lost, or someone else's.
  const current = await client.send('GET', iri);
  if (current.annotation?.via === entry.id && current.etag) return sendChange(client, { ...entry, base: { etag: current.etag } });
  return staleAgainst(current);
}
