import { isIIIFError } from '@vellum/iiif';
import { EngineError } from '@vellum/engine/errors';
import type { VellumErrorKind } from '../events/events.js';

/** A collection was given where a manifest is needed, and it holds no manifest. */
export class EmptyCollectionError extends Error {
  readonly kind = 'collection';
  constructor() {
    super('The collection holds no manifest to show.');
    this.name = 'EmptyCollectionError';
  }
}

/** The error kind the UI explains, for anything a load or the engine may throw. */
export function errorKindOf(error: unknown): VellumErrorKind {
  if (isIIIFError(error) || error instanceof EngineError || error instanceof EmptyCollectionError) return error.kind;
  return 'unknown';
}

export function errorMessageOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
