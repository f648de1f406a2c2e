import { unsafeCSS, type CSSResult } from 'lit';

/**
 * A public custom property, `--vellum-<name>`. Its default is the CSS used when the page sets none; a default may
 * name other tokens as `var(--vellum-other)`, which then brings that token's own default.
 */
interface Token {
  readonly default: string;
  readonly doc: string;
}

/**
 * Every `--vellum-*` custom property, with its one default. Themes set these and nothing else. Colours default to
 * a light and a dark value (`light-dark()`), chosen by the `color-scheme` the viewer inherits from its page: a page
 * that declares `color-scheme: light dark` gets the dark one for readers who ask for it, any other stays light.
 */
export const tokens = {
  accent: { default: 'light-dark(#2457c5, #8ab4f8)', doc: 'Accent colour: focus rings, links, pressed buttons, the current and selected items.' },
  'accent-background': {
    default: 'color-mix(in srgb, var(--vellum-accent) 12%, transparent)',
    doc: 'Background of a button or an entry under the pointer, pressed or open.',
  },
  'annotation-color': { default: '#1a73e8', doc: 'Colour of an annotation drawn on the image that has no colour of its own or of its tags.' },
  'annotation-highlight': { default: '#ffbf00', doc: 'Colour of the highlighted annotation on the image.' },
  'annotation-highlight-background': { default: 'light-dark(#fff3c4, #4d4000)', doc: 'Background of the highlighted row in the annotations panel.' },
  background: { default: 'light-dark(#fff, #1e1e1e)', doc: 'Background of windows, panels and menus.' },
  border: { default: 'light-dark(#d6d3cc, #4f4c47)', doc: 'Colour of borders and dividers.' },
  'border-width': { default: '1px', doc: "Width of the viewer's outer border." },
  'canvas-background': { default: 'light-dark(#2b2b2b, #121212)', doc: 'Colour around the image in every view.' },
  'canvas-color': { default: '#f4f4f4', doc: 'Text colour over the image area (loading and messages).' },
  color: { default: 'light-dark(#1f1f1f, #e8e6e3)', doc: 'Text colour.' },
  'control-background': { default: 'light-dark(rgb(255 255 255 / 0.9), rgb(38 38 38 / 0.9))', doc: 'Background of the controls floating over the image.' },
  'error-background': { default: 'light-dark(#fdecea, #4a1512)', doc: 'Background of an error shown over the image.' },
  'error-color': { default: 'light-dark(#8a1c13, #ffb4ab)', doc: 'Text colour of error messages.' },
  font: { default: "system-ui, -apple-system, 'Segoe UI', Roboto, sans-serif", doc: 'Font family.' },
  'font-size': { default: '16px', doc: 'Base font size; every size inside scales with it.' },
  height: { default: '600px', doc: 'Height of the viewer and of the workspace.' },
  'muted-color': { default: 'light-dark(#5f5f5f, #b3afa8)', doc: 'Text colour of secondary text (counts, kinds).' },
  'notice-background': { default: 'light-dark(#fff7d6, #3d3200)', doc: 'Background of a notice over the image (tiles that failed).' },
  'notice-color': { default: 'light-dark(#4a3b00, #ffe08a)', doc: 'Text colour of a notice over the image.' },
  'panel-background': { default: 'var(--vellum-background)', doc: 'Background of side panels and of the annotation editor.' },
  'portfolio-background': { default: 'var(--vellum-surface)', doc: 'Background of the portfolio grid.' },
  'search-hit': { default: '#e0a800', doc: 'Colour of the search results drawn on the image.' },
  'search-match-background': { default: 'light-dark(#ffe58a, #6b5400)', doc: 'Background of the words found, in the search panel.' },
  'strip-background': { default: 'var(--vellum-surface)', doc: 'Background of the thumbnail strip.' },
  surface: { default: 'light-dark(#f2f1ee, #2a2927)', doc: 'Background of bars, cards and messages.' },
  'thumbnail-background': { default: 'light-dark(#dddad3, #3a3835)', doc: 'Background behind a thumbnail or a page image while it loads.' },
} as const satisfies Record<string, Token>;

export type TokenName = keyof typeof tokens;

const reference = /var\(--vellum-([a-z-]+)\)/g;

/** `var(--vellum-<name>, <default>)`, with the defaults of the tokens its default names filled in. */
function resolved(name: TokenName): string {
  const fallback = tokens[name].default.replace(reference, (_, other: TokenName) => resolved(other));
  return `var(--vellum-${name}, ${fallback})`;
}

/** A token for a style: `${token('accent')}` in a `css` template reads `--vellum-accent`, or its default. */
export function token(name: TokenName): CSSResult {
  return unsafeCSS(resolved(name));
}
