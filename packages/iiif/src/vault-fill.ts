import { addMappings, batchActions, importEntities } from '@iiif/helpers/vault/actions';
import { getDefaultEntities, normalize } from '@iiif/parser';
import { runInIdleTime } from './idle-steps.js';
import { asObjects, idOf, isObject, typeOf, type JsonObject } from './json.js';
import { vault } from './vault.js';

/** Canvases normalised in one step: a few milliseconds of work, so filling never blocks the page for long. */
const canvasesPerStep = 100;

/** Values that `normalize()` reads but never changes, so the vault may share them with the loaded JSON. */
const keptAsIs = new Set(['label', 'summary', 'metadata', 'requiredStatement']);

type Normalized = Pick<ReturnType<typeof normalize>, 'entities' | 'mapping'>;

const fills = new Map<string, Promise<void>>();

/** A copy of the parts of a resource that `normalize()` changes in place; the loaded JSON stays intact. */
function copyForNormalize(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(copyForNormalize);
  if (!isObject(value)) return value;
  const copy: JsonObject = {};
  for (const key in value) copy[key] = keptAsIs.has(key) ? value[key] : copyForNormalize(value[key]);
  return copy;
}

function normalizeCanvases(manifestId: string, canvases: JsonObject[], into: Normalized): void {
  const { entities, mapping } = normalize({ id: manifestId, type: 'Manifest', items: canvases.map(copyForNormalize) });
  entities.Manifest = {};
  for (const type of Object.keys(entities) as (keyof Normalized['entities'])[]) Object.assign(into.entities[type], entities[type]);
  Object.assign(into.mapping, mapping);
}

/**
 * The canvases are normalised a slice per step, then go into the vault in one update with the Manifest:
 * every update of the vault's store copies its tables, so an update per slice would cost O(n²).
 */
function* manifestSteps(id: string, json: JsonObject): Generator<() => void> {
  const canvases = asObjects(json.items);
  const normalized: Normalized = { entities: getDefaultEntities(), mapping: {} };
  for (let start = 0; start < canvases.length; start += canvasesPerStep) {
    yield () => normalizeCanvases(id, canvases.slice(start, start + canvasesPerStep), normalized);
  }
  yield () => {
    vault.loadManifestSync(id, copyForNormalize({ ...json, items: [] }));
    const items = canvases.map((canvas) => ({ id: idOf(canvas), type: typeOf(canvas) }));
    const entities = { ...normalized.entities, Manifest: { [id]: { id, type: 'Manifest', items } } };
    vault.dispatch(batchActions({ actions: [importEntities({ entities }), addMappings({ mapping: normalized.mapping })] }));
  };
}

/**
 * The vault merges a Collection's member stubs over the Manifests it already holds, which resets their
 * label and viewingDirection; those Manifests are put back as they were.
 */
function addCollection(id: string, json: JsonObject): void {
  const held = vault.getState().iiif.entities.Manifest;
  const members = asObjects(json.items).flatMap((member) => {
    const memberId = idOf(member) ?? '';
    return held[memberId] && vault.requestStatus(memberId)?.loadingState === 'RESOURCE_READY' ? [[memberId, held[memberId]]] : [];
  });
  vault.loadCollectionSync(id, copyForNormalize(json));
  vault.dispatch(importEntities({ entities: { Manifest: Object.fromEntries(members) } }));
}

/**
 * Adds a Presentation 3 resource to the shared vault in idle time, a slice at a time, after the
 * resources loaded before it. A resource already added (or being added) under this id is left as it
 * is. `json` is never changed. A failure is reported with console.warn and never thrown.
 */
export function fillVault(id: string, type: 'Manifest' | 'Collection', json: JsonObject): void {
  if (fills.has(id)) return;
  const steps = type === 'Collection' ? [() => addCollection(id, json)] : manifestSteps(id, json);
  fills.set(id, runInIdleTime(steps, (error) => console.warn(`Vellum could not add ${id} to the IIIF vault; its view model is not affected.`, error)));
}

/** Resolves once the resource loaded under `id` is in the vault, or adding it failed (see `fillVault`). */
export function vaultReady(id: string): Promise<void> {
  return fills.get(id) ?? Promise.resolve();
}
