import { colourOf, tagColourOf, type TagColours } from '../colour.js';
import { isRecord, listOf } from '../json.js';
import type { W3CAnnotation } from '../store.js';

/** What the editor's form changes on an annotation: a comment, tags and an optional colour (`#rrggbb`). */
export interface EditableFields {
  comment: string;
  tags: string[];
  colour?: string;
}

/** The colours offered for annotations; a tag without an annotation colour takes one of them by its name. */
export const palette = ['#d9480f', '#2b8a3e', '#1971c2', '#9c36b5', '#e8a200', '#c2255c'] as const;

interface Bodied {
  body?: unknown;
  bodies?: unknown;
  target?: unknown;
}

function textBodies(annotation: Bodied, purpose: string): string[] {
  return listOf(annotation.body ?? annotation.bodies)
    .filter(isRecord)
    .filter((body) => body.purpose === purpose && typeof body.value === 'string')
    .map((body) => body.value as string);
}

export function tagsOf(annotation: Bodied): string[] {
  return textBodies(annotation, 'tagging');
}

export function fieldsOf(annotation: Bodied): EditableFields {
  const colour = colourOf(annotation);
  return { comment: textBodies(annotation, 'commenting').join('\n'), tags: tagsOf(annotation), ...(colour && { colour }) };
}

/** A tag's own colour: always the same one for the same name. */
export function tagColour(tag: string): string {
  let hash = 0;
  for (const character of tag) hash = (hash * 31 + character.codePointAt(0)!) >>> 0;
  return palette[hash % palette.length];
}

/** The colour an annotation is drawn in: its own, else the user's colour of one of its tags, else its first tag's, else the first of the palette. */
export function displayColour(annotation: Bodied, tagColours: TagColours = {}): string {
  const tags = tagsOf(annotation);
  return colourOf(annotation) ?? tagColourOf(tags, tagColours) ?? (tags[0] ? tagColour(tags[0]) : palette[0]);
}

/** Splits what a user typed into distinct tags: commas separate them, as each script writes a comma (, ， 、 ،). */
export function parseTags(text: string): string[] {
  return [...new Set(text.split(/[,，、،]/).map((tag) => tag.trim()).filter(Boolean))];
}

/**
 * The annotation with the given comment, tags and colour, as standard W3C: TextualBodies with the purposes
 * `commenting` and `tagging`, and a colour as a CSS stylesheet whose class the target names.
 */
export function withFields(annotation: W3CAnnotation, { comment, tags, colour }: EditableFields): W3CAnnotation {
  const kept = listOf(annotation.body).filter((body) => !isRecord(body) || (body.purpose !== 'commenting' && body.purpose !== 'tagging'));
  const body = [
    ...(comment.trim() ? [{ type: 'TextualBody', purpose: 'commenting', value: comment, format: 'text/plain' }] : []),
    ...tags.map((tag) => ({ type: 'TextualBody', purpose: 'tagging', value: tag })),
    ...kept,
  ];
  const [target, ...others] = listOf(annotation.target);
  const rest: W3CAnnotation = { ...annotation };
  delete rest.stylesheet;
  const styledTarget: Record<string, unknown> = isRecord(target) ? { ...target } : { source: target };
  delete styledTarget.styleClass;
  const className = colour && /^#[0-9a-f]{6}$/i.test(colour) ? `vellum-colour-${colour.slice(1).toLowerCase()}` : undefined;
  if (className) styledTarget.styleClass = className;
  return {
    ...rest,
    motivation: comment.trim() || tags.length === 0 ? 'commenting' : 'tagging',
    body,
    target: others.length > 0 ? [styledTarget, ...others] : styledTarget,
    ...(className && { stylesheet: { type: 'CssStylesheet', value: `.${className} { stroke: ${colour}; fill: ${colour}; }` } }),
  };
}
