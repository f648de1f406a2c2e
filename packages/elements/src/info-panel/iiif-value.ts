import { nothing, type TemplateResult } from 'lit';
import { unsafeHTML } from 'lit/directives/unsafe-html.js';
import { html } from 'lit';
import { getValues, isHtml, sanitizeHtml, type LanguageMap } from '@vellum/iiif';

/** One IIIF value: HTML only through the IIIF sanitiser, anything else as plain text. */
export function iiifValue(value: string): TemplateResult {
  return isHtml(value) ? html`${unsafeHTML(sanitizeHtml(value))}` : html`${value}`;
}

/** Every displayed value of a language map, one block each. */
export function iiifValues(map: LanguageMap | undefined, languages: readonly string[]) {
  const values = getValues(map, languages);
  if (values.length === 0) return nothing;
  return values.map((value) => html`<div class="value">${iiifValue(value)}</div>`);
}
