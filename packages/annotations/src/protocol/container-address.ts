import type { W3CAnnotation } from '../store.js';

const SERVER_FIELDS = ['creator', 'created', 'modified', 'via'] as const;

async function sha256Hex(text: string): Promise<string> {
  const digest = await crypto.subtle.digest('SHA-256', new TextEncoder().encode(text));
  return [...new Uint8Array(digest)].map((byte) => byte.toString(16).padStart(2, '0')).join('');
}

/**
 * A Web Annotation Protocol container, and how the ids the editor gives annotations map onto its IRIs. An annotation
 * made here keeps its own id (`urn:uuid:…`); the server files it under a slug derived from that id and keeps the id as
 * `via`, so every browser derives the same slug and a retried write can never make a second copy.
 */
export class ContainerAddress {
  readonly url: string;

  constructor(url: string) {
    this.url = url.endsWith('/') ? url : `${url}/`;
  }

  async slugOf(id: string): Promise<string> {
    if (id.startsWith(this.url)) return id.slice(this.url.length);
    const uuid = /^urn:uuid:([0-9a-f-]{36})$/i.exec(id)?.[1];
    return uuid ?? (await sha256Hex(id)).slice(0, 40);
  }

  async iriOf(id: string): Promise<string> {
    return id.startsWith(this.url) ? id : this.url + (await this.slugOf(id));
  }

  /** The annotation as this browser knows it: under the id it was made with, without the server's `via`. */
  localForm(served: W3CAnnotation): W3CAnnotation {
    const { via, ...fields } = served;
    return { ...fields, id: typeof via === 'string' ? via : served.id };
  }

  /** The annotation as sent: the server records who made it and when, so those fields are not the client's to send. */
  async sentForm(annotation: W3CAnnotation, asReplacement: boolean): Promise<Record<string, unknown>> {
    const fields: Record<string, unknown> = { ...annotation };
    for (const field of SERVER_FIELDS) delete fields[field];
    if (!asReplacement) return fields;
    const iri = await this.iriOf(annotation.id);
    return { ...fields, id: iri, ...(iri === annotation.id ? {} : { via: annotation.id }) };
  }
}
