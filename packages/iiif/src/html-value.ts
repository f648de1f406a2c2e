/**
 * Whether a IIIF string value is meant as HTML: per the spec, its first character is `<` and its
 * last is `>`. Any other value is plain text and must be rendered as text (never as markup).
 */
export function isHtml(value: string): boolean {
  const trimmed = value.trim();
  return trimmed.startsWith('<') && trimmed.endsWith('>');
}
