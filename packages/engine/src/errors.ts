/**
 * 'no-cors': the pixels come from another site that does not allow this page to read them (no CORS headers);
 * 'export': an export could not be made for another reason.
 */
export type EngineErrorKind = 'info-json' | 'tiles' | 'invalid-canvas' | 'no-cors' | 'export';

/** A failure to show or export a canvas, typed so the UI can explain it in the window it concerns. */
export class EngineError extends Error {
  readonly kind: EngineErrorKind;
  readonly url?: string;

  constructor(kind: EngineErrorKind, message: string, url?: string, options?: ErrorOptions) {
    super(message, options);
    this.name = 'EngineError';
    this.kind = kind;
    this.url = url;
  }
}

/** The EngineError an export failure stands for: a SecurityError means the pixels were not readable. */
export function exportFailure(error: unknown): EngineError {
  if (error instanceof EngineError) return error;
  if (error instanceof DOMException && error.name === 'SecurityError') {
    return new EngineError('no-cors', 'The image comes from a server that does not allow other sites to read its pixels (no CORS headers)');
  }
  return new EngineError('export', `The export failed: ${error instanceof Error ? error.message : String(error)}`, undefined, { cause: error });
}
