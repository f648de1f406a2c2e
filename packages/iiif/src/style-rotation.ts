import { asObjects, asString, asStrings, typeOf, type JsonObject } from './json.js';

const className = /^-?[A-Za-z_][\w-]*$/;

/** Degrees as the nearest quarter turn clockwise, in [0, 360). */
export function quarterTurn(degrees: number): number {
  return Number.isFinite(degrees) ? ((Math.round(degrees / 90) * 90) % 360 + 360) % 360 : 0;
}

/** The declarations of `.name { ... }` rules in a stylesheet's text. */
function declarationsOf(css: string, name: string): string[] {
  return [...css.matchAll(new RegExp(`\\.${name}\\s*\\{([^}]*)\\}`, 'g'))].map((rule) => rule[1]);
}

/**
 * The quarter turn that a body's `styleClass` gives it in its annotation's inline CssStylesheet (cookbook 0040). The CSS
 * is never applied: only a `rotate(Ndeg)` in the class's `transform` is read, as a turn like an ImageApiSelector's;
 * 0 when there is none. Stylesheets given by reference are not fetched.
 */
export function styleClassRotation(annotation: JsonObject, body: JsonObject): number {
  const css = asObjects(annotation.stylesheet)
    .filter((sheet) => typeOf(sheet) === 'CssStylesheet')
    .map((sheet) => asString(sheet.value) ?? '')
    .join('\n');
  if (!css) return 0;
  const classes = asStrings(body.styleClass).flatMap((value) => value.split(/\s+/)).filter((name) => className.test(name));
  for (const declarations of classes.flatMap((name) => declarationsOf(css, name))) {
    const transform = /(?:^|;)\s*transform\s*:([^;]*)/.exec(declarations)?.[1];
    const degrees = transform && /rotate\(\s*(-?\d+(?:\.\d+)?)deg\s*\)/.exec(transform)?.[1];
    if (degrees) return quarterTurn(Number(degrees));
  }
  return 0;
}
