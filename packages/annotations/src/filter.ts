import type { ViewerAnnotation } from './model.js';

export interface AnnotationFilter {
  motivation?: string;
  tag?: string;
  /** Matched case-insensitively against the bodies' text and the tags. */
  text?: string;
}

/** The plain text of an annotation's bodies, for lists and search. */
export function annotationText(annotation: ViewerAnnotation): string {
  return annotation.bodies
    .map((body) => (body.kind === 'image' ? '' : body.kind === 'link' ? body.text || body.url : body.text))
    .filter(Boolean)
    .join(' — ');
}

export function filterAnnotations(annotations: readonly ViewerAnnotation[], filter: AnnotationFilter): ViewerAnnotation[] {
  const text = filter.text?.trim().toLowerCase();
  return annotations.filter(
    (annotation) =>
      (!filter.motivation || annotation.motivations.includes(filter.motivation)) &&
      (!filter.tag || annotation.tags.includes(filter.tag)) &&
      (!text || `${annotationText(annotation)} ${annotation.tags.join(' ')}`.toLowerCase().includes(text)),
  );
}

/** The distinct values of a list field across annotations, sorted. */
export function distinct(annotations: readonly ViewerAnnotation[], field: 'motivations' | 'tags'): string[] {
  return [...new Set(annotations.flatMap((annotation) => annotation[field]))].sort();
}
