import { authProbeOf } from './auth/services.js';
import { imageSourceOf } from './image-source.js';
import { asArray, asObject, asObjects, asString, asStrings, idOf, isObject, typeOf, type JsonObject } from './json.js';
import { matchLanguage } from './language-match.js';
import { languageMapOf } from './descriptive.js';
import type { LanguageMap, PaintedImage, Rect, Size } from './model.js';
import { parseImageRegion, parseXywh } from './rect.js';
import { quarterTurn, styleClassRotation } from './style-rotation.js';

function selectorsOf(resource: JsonObject): JsonObject[] {
  return asObjects(resource.selector);
}

/** The target area on the canvas: `#xywh=` on a target id or in a FragmentSelector, else the whole canvas. */
export function targetRect(target: unknown, canvas: Size): Rect {
  const whole = { x: 0, y: 0, width: canvas.width, height: canvas.height };
  const first = asArray(target)[0];
  if (typeof first === 'string') {
    const hash = first.indexOf('#');
    return (hash >= 0 ? parseXywh(first.slice(hash + 1), canvas) : undefined) ?? whole;
  }
  const resource = asObject(first);
  if (!resource) return whole;
  const fragment = selectorsOf(resource)
    .filter((selector) => typeOf(selector) === 'FragmentSelector')
    .map((selector) => parseXywh(asString(selector.value) ?? '', canvas))
    .find((rect) => rect !== undefined);
  return fragment ?? targetRect(idOf(resource.source) ?? idOf(resource), canvas);
}

function regionOf(specificResource: JsonObject, image: Size | undefined): Rect | undefined {
  for (const selector of selectorsOf(specificResource)) {
    const type = typeOf(selector);
    if (type === 'ImageApiSelector') return parseImageRegion(asString(selector.region) ?? 'full', image);
    if (type === 'FragmentSelector' && image) return parseXywh(asString(selector.value) ?? '', image);
  }
  return undefined;
}

/** The quarter turn an ImageApiSelector asks for (mirroring, `!`, is not applied), in degrees clockwise. */
function rotationOf(specificResource: JsonObject): number {
  const selector = selectorsOf(specificResource).find((item) => typeOf(item) === 'ImageApiSelector');
  return quarterTurn(Number((asString(selector?.rotation) ?? String(selector?.rotation ?? 0)).replace('!', '')));
}

/** The index of a Choice's item in the user's language when items declare one, else 0 (the default). */
function chosenIndex(items: JsonObject[], languages: readonly string[]): number {
  const language = matchLanguage(items.flatMap((item) => asStrings(item.language)), languages);
  return Math.max(0, items.findIndex((item) => language && asStrings(item.language).includes(language)));
}

function choiceImage(choice: JsonObject, annotation: JsonObject, canvas: Size, languages: readonly string[]): PaintedImage | undefined {
  const items = asObjects(choice.items).filter((item) => !isHidden(item));
  const painted = items.flatMap((item) => {
    const image = paintedImage(item, annotation, canvas, languages);
    return image ? [{ item, image }] : [];
  });
  const preferred = items[chosenIndex(items, languages)];
  const selected = Math.max(0, painted.findIndex(({ item }) => item === preferred));
  const image = painted[selected]?.image;
  if (!image || painted.length < 2) return image;
  return { ...image, choice: { options: painted.map(({ image }) => ({ label: image.label ?? {}, image })), selected } };
}

function languageLabel(resource: JsonObject): LanguageMap | undefined {
  return resource.label === undefined ? undefined : languageMapOf(resource.label);
}

/** The image a body paints, with its annotation's target, and turned as its selector or style class asks. */
function paintedImage(body: unknown, annotation: JsonObject, canvas: Size, languages: readonly string[]): PaintedImage | undefined {
  if (!isObject(body) || isHidden(body)) return undefined;
  const type = typeOf(body);
  if (type === 'Choice' || type === 'oa:Choice') return choiceImage(body, annotation, canvas, languages);
  const isSpecific = type === 'SpecificResource';
  const source = imageSourceOf(isSpecific ? body.source : body);
  if (!source) return undefined;
  const imageSize = source.width && source.height ? { width: source.width, height: source.height } : undefined;
  const region = isSpecific ? regionOf(body, imageSize) : undefined;
  const rotation = quarterTurn((isSpecific ? rotationOf(body) : 0) + styleClassRotation(annotation, body));
  const label = languageLabel(body) ?? (isSpecific && isObject(body.source) ? languageLabel(body.source) : undefined);
  const auth = authProbeOf(isSpecific && isObject(body.source) ? body.source : body);
  return {
    source,
    target: targetRect(annotation.target, canvas),
    ...(region ? { region } : {}),
    ...(rotation ? { rotation } : {}),
    ...(label ? { label } : {}),
    ...(auth ? { auth } : {}),
  };
}

/** `hidden` resources are not rendered by default. */
function isHidden(resource: JsonObject): boolean {
  return asStrings(resource.behavior).includes('hidden');
}

function isPainting(annotation: JsonObject): boolean {
  const motivations = asStrings(annotation.motivation);
  return !isHidden(annotation) && (motivations.length === 0 || motivations.some((motivation) => motivation === 'painting' || motivation === 'sc:painting'));
}

/** The images painted on a Presentation 3 canvas, in order. Non-image bodies (audio, video, text) are skipped. */
export function paintedImagesOf(canvas: JsonObject, size: Size, languages: readonly string[]): PaintedImage[] {
  return asObjects(canvas.items)
    .flatMap((page) => asObjects(page.items))
    .filter(isPainting)
    .flatMap((annotation) =>
      asArray(annotation.body).flatMap((body) => paintedImage(body, annotation, size, languages) ?? []),
    );
}
