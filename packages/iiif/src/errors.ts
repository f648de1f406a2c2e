/** Stable failure kinds; the UI translates messages by kind. */
export type IIIFErrorKind =
  | 'network'
  | 'timeout'
  | 'http'
  | 'not-json'
  | 'not-iiif'
  | 'unsupported-version'
  | 'no-canvases'
  | 'invalid-canvas';

export interface IIIFErrorOptions {
  url?: string;
  status?: number;
  cause?: unknown;
}

/** Every loading failure of this package. `message` is readable English for a user. */
export class IIIFError extends Error {
  readonly kind: IIIFErrorKind;
  readonly url?: string;
  readonly status?: number;

  constructor(kind: IIIFErrorKind, message: string, options: IIIFErrorOptions = {}) {
    super(message, { cause: options.cause });
    this.name = 'IIIFError';
    this.kind = kind;
    this.url = options.url;
    this.status = options.status;
  }
}

export function isIIIFError(value: unknown): value is IIIFError {
  return value instanceof IIIFError;
}
