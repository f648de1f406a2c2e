import { isHtml, matchLanguage } from '@vellum/iiif';
import { sanitizeHtml } from '@vellum/iiif/sanitize';
import type { AnnotationBody, ReadOptions, SkipReason } from './model.js';
import { idOf, isRecord, listOf, typeOf } from './json.js';

/** Longest body value shown, in characters; longer ones are skipped as too large. */
export const maxBodyLength = 100_000;

const webUrl = /^https?:\/\//i;

export type BodiesResult = { bodies: AnnotationBody[]; tags: string[] } | { skip: SkipReason };

/** Whether markup carries anything executable: script-like elements, event handlers or javascript: URLs. */
export function hasScript(html: string): boolean {
  const document = new DOMParser().parseFromString(html, 'text/html');
  if (document.querySelector('script, iframe, object, embed, frame, frameset, base, meta, link')) return true;
  return [...document.querySelectorAll('*')].some((element) =>
    [...element.attributes].some((attribute) => /^on/i.test(attribute.name) || /^\s*(?:javascript|vbscript|data):/i.test(attribute.value)),
  );
}

function stringOf(value: unknown): string | undefined {
  return typeof value === 'string' ? value : undefined;
}

function plainText(html: string): string {
  return new DOMParser().parseFromString(html, 'text/html').body.textContent ?? '';
}

function chooseLanguage(items: unknown[], options: ReadOptions): unknown {
  const languages = items.map((item) => (isRecord(item) && typeof item.language === 'string' ? item.language : ''));
  const chosen = matchLanguage(languages.filter(Boolean), options.languages);
  return chosen === undefined ? items[0] : items[languages.indexOf(chosen)];
}

type OneBody = AnnotationBody | SkipReason | undefined;

function textualBody(body: Record<string, unknown>, value: string): OneBody {
  if (value.length > maxBodyLength) return 'too-large';
  const language = stringOf(body.language);
  const purpose = stringOf(body.purpose);
  const format = stringOf(body.format);
  if (format !== 'text/html' && !isHtml(value)) return { kind: 'text', text: value, language, purpose };
  if (hasScript(value)) return 'script';
  const html = sanitizeHtml(value);
  return { kind: 'html', html, text: plainText(html), language, purpose };
}

function oneBody(body: unknown, options: ReadOptions): OneBody {
  if (typeof body === 'string') return webUrl.test(body) ? { kind: 'link', url: body, text: '' } : undefined;
  if (!isRecord(body)) return undefined;
  const type = typeOf(body);
  if (type === 'Choice' || type === 'oa:Choice') return oneBody(chooseLanguage(listOf(body.items ?? body.default), options), options);
  const value = stringOf(body.value) ?? stringOf(body.chars);
  if (value !== undefined) return textualBody(body, value);
  if (type === 'SpecificResource') return oneBody(body.source, options);
  const url = idOf(body);
  if (!url || !webUrl.test(url)) return undefined;
  return type === 'Image' || type === 'dctypes:Image' ? { kind: 'image', url } : { kind: 'link', url, text: '' };
}

/** Texts given in several languages (sibling bodies with a language) are alternatives: only those in the reader's best language are kept. */
function inReaderLanguage(bodies: AnnotationBody[], options: ReadOptions): AnnotationBody[] {
  const languageOf = (body: AnnotationBody) => ('language' in body ? body.language : undefined);
  const languages = [...new Set(bodies.map(languageOf).filter((language): language is string => !!language))];
  if (languages.length < 2) return bodies;
  const chosen = matchLanguage(languages, options.languages) ?? languages[0];
  return bodies.filter((body) => !languageOf(body) || languageOf(body) === chosen);
}

/** The bodies of an annotation ready to show, and its tags (bodies of a tagging annotation or with purpose tagging). */
export function readBodies(body: unknown, motivations: readonly string[], options: ReadOptions): BodiesResult {
  const bodies: AnnotationBody[] = [];
  const tags: string[] = [];
  for (const item of listOf(body)) {
    const read = oneBody(item, options);
    if (typeof read === 'string') return { skip: read };
    if (!read) continue;
    const isTag = (read.kind === 'text' || read.kind === 'html') && (read.purpose ?? motivations[0]) === 'tagging';
    if (isTag) tags.push(read.text);
    else bodies.push(read);
  }
  return { bodies: inReaderLanguage(bodies, options), tags };
}
