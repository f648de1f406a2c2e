/** Small readers for untrusted JSON: they never throw and never return the wrong type. */
export type JsonObject = Record<string, unknown>;

export function isObject(value: unknown): value is JsonObject {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

export function asObject(value: unknown): JsonObject | undefined {
  return isObject(value) ? value : undefined;
}

/** A value that may be one item or a list, as a list. */
export function asArray(value: unknown): unknown[] {
  if (value === undefined || value === null) return [];
  return Array.isArray(value) ? value : [value];
}

export function asObjects(value: unknown): JsonObject[] {
  return asArray(value).filter(isObject);
}

export function asString(value: unknown): string | undefined {
  return typeof value === 'string' ? value : undefined;
}

export function asStrings(value: unknown): string[] {
  return asArray(value).filter((item): item is string => typeof item === 'string');
}

export function asPositiveNumber(value: unknown): number | undefined {
  const number = typeof value === 'string' ? Number(value) : value;
  return typeof number === 'number' && Number.isFinite(number) && number > 0 ? number : undefined;
}

/** The id of a resource: `id` (Presentation 3) or `@id` (earlier versions), or the value itself when it is a string. */
export function idOf(value: unknown): string | undefined {
  if (typeof value === 'string') return value;
  if (!isObject(value)) return undefined;
  return asString(value.id) ?? asString(value['@id']);
}

export function typeOf(value: JsonObject): string | undefined {
  return asString(value.type) ?? asStrings(value['@type'])[0];
}
