import DOMPurify from 'dompurify';

/** The Presentation 3 HTML allowlist. */
const allowedTags = ['a', 'b', 'br', 'i', 'img', 'p', 'small', 'span', 'sub', 'sup'];
const allowedAttributes = ['href', 'src', 'alt'];
const allowedUrl = /^(?:https?:|mailto:)/i;

/**
 * Cleans an HTML value with the IIIF allowlist: only a, b, br, i, img, p, small, span, sub and sup;
 * only the attributes href, src and alt; only http:, https: and mailto: URLs. Needs a DOM.
 */
export function sanitizeHtml(html: string): string {
  return DOMPurify.sanitize(html, {
    ALLOWED_TAGS: allowedTags,
    ALLOWED_ATTR: allowedAttributes,
    ALLOWED_URI_REGEXP: allowedUrl,
    ALLOW_DATA_ATTR: false,
    ALLOW_ARIA_ATTR: false,
  });
}
