import { html, nothing, type TemplateResult } from 'lit';
import { unsafeHTML } from 'lit/directives/unsafe-html.js';
import { until } from 'lit/directives/until.js';
import { getValues, isHtml, type LanguageMap } from '@vellum/iiif';

/** An HTML value through the IIIF sanitiser, which loads only once a value needs it. */
const sanitised = (value: string) => import('@vellum/iiif/sanitize').then(({ sanitizeHtml }) => unsafeHTML(sanitizeHtml(value)));

/** One IIIF value: HTML only through the IIIF sanitiser, anything else as plain text. */
export function iiifValue(value: string): TemplateResult {
  return isHtml(value) ? html`${until(sanitised(value), nothing)}` : html`${value}`;
}

/** Every displayed value of a language map, one block each. */
export function iiifValues(map: LanguageMap | undefined, languages: readonly string[]) {
  const values = getValues(map, languages);
  if (values.length === 0) return nothing;
  return values.map((value) => html`<div class="value">${iiifValue(value)}</div>`);
}
