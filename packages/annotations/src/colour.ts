import { isRecord, listOf } from './json.js';
import type { ViewerAnnotation } from './model.js';

const colourClass = /^vellum-colour-([0-9a-f]{6})$/;

/** The colour set on an annotation (W3C `styleClass` on its target, defined by its `stylesheet`). */
export function colourOf(annotation: { target?: unknown }): string | undefined {
  const [target] = listOf(annotation.target);
  const styleClass = isRecord(target) && typeof target.styleClass === 'string' ? target.styleClass : '';
  const match = colourClass.exec(styleClass);
  return match ? `#${match[1]}` : undefined;
}

/** The colours a user gave tags, by tag. */
export type TagColours = Readonly<Record<string, string>>;

/** The colour of the first of its tags the user gave one, if any. */
export function tagColourOf(tags: readonly string[], colours: TagColours): string | undefined {
  return tags.map((tag) => colours[tag]).find(Boolean);
}

/** The annotations, each without a colour of its own taking the colour of its first coloured tag. */
export function withTagColours(annotations: readonly ViewerAnnotation[], colours: TagColours): ViewerAnnotation[] {
  return annotations.map((annotation) => {
    const colour = annotation.colour ?? tagColourOf(annotation.tags, colours);
    return colour === annotation.colour ? annotation : { ...annotation, colour };
  });
}
