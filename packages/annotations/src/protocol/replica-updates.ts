import { requested } from '../idb.js';
import { canvasIdOf, type W3CAnnotation } from '../store.js';
import type { RemoteChange } from './change-feed.js';
import type { ContainerAddress } from './container-address.js';
import type { Outcome } from './send-change.js';
import { replicaRecord, type Conflict, type OutboxEntry, type ReplicaRecord, type ServerVersion, type SyncStores } from './sync-database.js';

export const versionOf = (served: W3CAnnotation, etag?: string): ServerVersion => ({
  ...(etag ? { etag } : {}),
  ...(typeof served.modified === 'string' ? { modified: served.modified } : {}),
});

const canvasesOf = (...annotations: (W3CAnnotation | null | undefined)[]) => annotations.flatMap((annotation) => (annotation ? [canvasIdOf(annotation) ?? ''] : [])).filter(Boolean);

/** Makes the copy the container as read, keeping every annotation with a change of its own still to send. */
export async function replaceReplica(stores: SyncStores, address: ContainerAddress, served: readonly W3CAnnotation[]): Promise<void> {
  const pending = new Set((await requested(stores.outbox.getAllKeys())).map(String));
  const kept = new Set<string>();
  for (const annotation of served) {
    const local = address.localForm(annotation);
    kept.add(local.id);
    if (!pending.has(local.id) && canvasIdOf(local)) stores.replica.put(replicaRecord(local, annotation.id, versionOf(annotation)));
  }
  for (const id of (await requested(stores.replica.getAllKeys())).map(String)) if (!kept.has(id) && !pending.has(id)) stores.replica.delete(id);
}

/**
 * Applies another browser's change to the copy, unless a change of this browser's to the same annotation waits to
 * be sent (the server then refuses that as stale, and the user chooses). Returns the canvases whose annotations changed.
 */
export async function applyRemoteChange(stores: SyncStores, address: ContainerAddress, change: RemoteChange): Promise<string[]> {
  const iri = change.iri;
  const existing: ReplicaRecord | undefined = await requested(stores.replica.index('iri').get(iri));
  const local = change.annotation && address.localForm(change.annotation);
  const id = local?.id ?? existing?.id;
  if (!id || (await requested(stores.outbox.get(id)))) return [];
  const conflict: Conflict | undefined = await requested(stores.conflicts.get(id));
  const version = change.annotation ? versionOf(change.annotation, change.etag) : {};
  if (conflict) {
    stores.conflicts.put({ ...conflict, theirs: change.annotation ?? null, theirsVersion: version } satisfies Conflict);
    return [];
  }
  if (local && canvasIdOf(local)) stores.replica.put(replicaRecord(local, iri, version));
  else stores.replica.delete(id);
  return canvasesOf(existing?.annotation, local);
}

/** Records what the server made of a sent change, unless the user changed the annotation again meanwhile. */
export async function settleOutcome(stores: SyncStores, address: ContainerAddress, sent: OutboxEntry, outcome: Outcome): Promise<string[]> {
  const queued: OutboxEntry | undefined = await requested(stores.outbox.get(sent.id));
  const newer = queued !== undefined && queued.revision !== sent.revision;
  if (outcome.kind === 'refused') {
    if (!newer) stores.outbox.put({ ...sent, refusal: outcome.reason } satisfies OutboxEntry);
    return [];
  }
  if (outcome.kind === 'stale') {
    stores.outbox.delete(sent.id);
    stores.conflicts.put({ id: sent.id, mine: queued?.annotation ?? sent.annotation, theirs: outcome.theirs && address.localForm(outcome.theirs), theirsVersion: outcome.theirsVersion } satisfies Conflict);
    return [];
  }
  const version = outcome.annotation ? versionOf(outcome.annotation, outcome.etag) : {};
  if (newer) {
    stores.outbox.put({ ...queued, base: version } satisfies OutboxEntry);
    return [];
  }
  stores.outbox.delete(sent.id);
  if (!outcome.annotation) return [];
  const served = address.localForm(outcome.annotation);
  stores.replica.put(replicaRecord(served, outcome.annotation.id, version));
  return canvasesOf(served);
}
