const MINIMAL_CONTAINER = 'http://www.w3.org/ns/ldp#PreferMinimalContainer';
const CONTAINED_IRIS = 'http://www.w3.org/ns/oa#PreferContainedIRIs';

/** How much of a container the client asked for in its `Prefer` header; descriptions in full by default. */
export function containerPreference(prefer: string | undefined): { minimal: boolean; iris: boolean } {
  const include = /include\s*=\s*"([^"]*)"/.exec(prefer ?? '')?.[1].split(/\s+/) ?? [];
  return { minimal: include.includes(MINIMAL_CONTAINER), iris: include.includes(CONTAINED_IRIS) };
}

/** JSON with its keys sorted, so two equal annotations give one string however their keys were ordered. */
export function canonicalJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(',')}]`;
  if (typeof value === 'object' && value !== null) {
    const entries = Object.entries(value).sort(([a], [b]) => (a < b ? -1 : 1));
    return `{${entries.map(([key, entry]) => `${JSON.stringify(key)}:${canonicalJson(entry)}`).join(',')}}`;
  }
  return JSON.stringify(value);
}
