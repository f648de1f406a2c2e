import { HttpError } from './http-error.js';

const NAME = /^[A-Za-z0-9._~-]{1,200}$/;
/** `.` and `..` are path segments a URL resolves away, so they cannot name anything. */
const DOTS = /^\.{1,2}$/;

/** Whether `value` can name a container or an annotation in a URL as it is. */
export const isName = (value: string) => NAME.test(value) && !DOTS.test(value);

/** `value`, or a 400 when it cannot name a container or an annotation. */
export function nameOf(value: string | undefined, what: string): string {
  if (!value || !isName(value)) throw new HttpError(400, `The ${what} name must be 1 to 200 letters, digits or . _ ~ -, and not . or ..`);
  return value;
}
