/** What a link taken from a manifest may open; `javascript:`, `data:`, `file:` and every other scheme never become links. */
export const LINK_SCHEMES: readonly string[] = ['http:', 'https:', 'mailto:'];

/** What an image service taken from a manifest or an info.json may be at. */
export const SERVICE_SCHEMES: readonly string[] = ['http:', 'https:'];

/** What an image taken from a manifest may load: a web address, or a local file the page made (a dropped image). */
const IMAGE_SCHEMES: readonly string[] = [...SERVICE_SCHEMES, 'blob:'];

/**
 * A URL from a manifest, absolute and with one of the given schemes (in any letter case, with spaces around it or
 * tabs in it, as the URL parser reads it), normalised; undefined for anything else.
 */
export function linkUrl(value: unknown, schemes: readonly string[] = LINK_SCHEMES): string | undefined {
  if (typeof value !== 'string' || !URL.canParse(value)) return undefined;
  const url = new URL(value);
  return schemes.includes(url.protocol) ? url.href : undefined;
}

/** An image URL from a manifest: http, https, blob, or an inline `data:image/…`; undefined for anything else. */
export function imageUrl(value: unknown): string | undefined {
  const url = linkUrl(value, [...IMAGE_SCHEMES, 'data:']);
  return url && (!url.startsWith('data:') || /^data:image\/[a-z0-9.+-]+[;,]/i.test(url)) ? url : undefined;
}
