export function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** A JSON value that may be one item or a list, as a list. */
export function listOf(value: unknown): unknown[] {
  if (value === undefined || value === null) return [];
  return Array.isArray(value) ? value : [value];
}

/** The id of a resource given as a string or an object with `id` (or Presentation 2's `@id`). */
export function idOf(value: unknown): string | undefined {
  if (typeof value === 'string') return value;
  if (!isRecord(value)) return undefined;
  const id = value.id ?? value['@id'];
  return typeof id === 'string' ? id : undefined;
}

export function typeOf(value: unknown): string | undefined {
  if (!isRecord(value)) return undefined;
  const type = value.type ?? value['@type'];
  return typeof type === 'string' ? type : undefined;
}

/** The resource a target points at: a SpecificResource's `source` (Presentation 2: `full`), or the target itself. */
export function targetSource(target: unknown): unknown {
  if (!isRecord(target)) return target;
  return target.source ?? target.full ?? target;
}
