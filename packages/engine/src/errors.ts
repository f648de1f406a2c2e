export type EngineErrorKind = 'info-json' | 'tiles' | 'invalid-canvas';

/** A failure to show a canvas, typed so the UI can explain it in the window it concerns. */
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
