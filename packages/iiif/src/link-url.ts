/** What a link taken from a manifest may open; `javascript:`, `data:`, `file:` and every other scheme never become links. */
export const LINK_SCHEMES: readonly string[] = ['http:', 'https:', 'mailto:'];

/** What an image taken from a manifest may load, for a logo. */
export const IMAGE_SCHEMES: readonly string[] = ['http:', 'https:'];

/**
 * A URL from a manifest, absolute and with one of the given schemes (in any letter case, with spaces around it or
 * tabs in it, as the URL parser reads it), normalised; undefined for anything else.
 */
export function linkUrl(value: unknown, schemes: readonly string[] = LINK_SCHEMES): string | undefined {
  if (typeof value !== 'string' || !URL.canParse(value)) return undefined;
  const url = new URL(value);
  return schemes.includes(url.protocol) ? url.href : undefined;
}
