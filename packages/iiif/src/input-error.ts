/** Why a dropped item, a link or a content state cannot be opened; the UI translates messages by kind. */
export type InputErrorKind = 'not-url' | 'not-iiif' | 'malformed-content-state' | 'no-manifest' | 'canvas-not-in-manifest' | 'range-not-in-manifest';

export class InputError extends Error {
  override readonly name = 'InputError';
  constructor(
    readonly kind: InputErrorKind,
    message: string,
  ) {
    super(message);
  }
}

export function isInputError(value: unknown): value is InputError {
  return value instanceof InputError;
}
