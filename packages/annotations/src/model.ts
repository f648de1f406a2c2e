import type { Rect, Size } from '@vellum/iiif';

/** A region of a canvas, in canvas coordinates. */
export type Shape =
  | { kind: 'rect'; rect: Rect }
  | { kind: 'polygon'; points: [number, number][] }
  | { kind: 'path'; d: string }
  | { kind: 'ellipse'; cx: number; cy: number; rx: number; ry: number }
  | { kind: 'point'; x: number; y: number };

/** One body, ready to show: `html` is always sanitised; `text` is its plain text. */
export type AnnotationBody =
  | { kind: 'text'; text: string; language?: string; purpose?: string }
  | { kind: 'html'; html: string; text: string; language?: string; purpose?: string }
  | { kind: 'image'; url: string }
  | { kind: 'link'; url: string; text: string };

/** An annotation that can be drawn on a canvas. */
export interface ViewerAnnotation {
  id: string;
  canvasId: string;
  motivations: string[];
  shape: Shape;
  /** The box around the shape, in canvas coordinates. */
  bounds: Rect;
  bodies: AnnotationBody[];
  tags: string[];
  /** The user's own annotation, from their store (drawn and edited by the editor). */
  own?: boolean;
  /** The colour it is drawn in (`#rrggbb`): its own, else that of one of its tags (see withTagColours); else the theme's. */
  colour?: string;
}

/** Why an annotation could not be shown. */
export type SkipReason =
  | 'unknown-selector'
  | 'other-canvas'
  | 'broken-svg'
  | 'script'
  | 'too-large'
  | 'invalid'
  | 'unreadable-page';

export type SkipCounts = Partial<Record<SkipReason, number>>;

/** What a source yielded for one canvas: the annotations to show and the count of those skipped. */
export interface AnnotationSet {
  annotations: ViewerAnnotation[];
  skipped: SkipCounts;
}

/** The canvas annotations are read for. */
export interface CanvasRef extends Size {
  id: string;
}

export interface ReadOptions {
  /** The user's languages in preference order, to choose among language alternatives. */
  languages: readonly string[];
}

/** Total number of skipped annotations. */
export function skippedTotal(skipped: SkipCounts): number {
  return Object.values(skipped).reduce((sum, count) => sum + (count ?? 0), 0);
}

export function mergeSets(sets: readonly AnnotationSet[]): AnnotationSet {
  const skipped: SkipCounts = {};
  for (const set of sets) {
    for (const [reason, count] of Object.entries(set.skipped) as [SkipReason, number][]) {
      skipped[reason] = (skipped[reason] ?? 0) + count;
    }
  }
  return { annotations: sets.flatMap((set) => set.annotations), skipped };
}
