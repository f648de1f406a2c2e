import { agentsOf, labelValueOf, languageMapOf, linkedResourcesOf, metadataOf, uniqueStrings } from './descriptive.js';
import { IIIFError } from './errors.js';
import { imageSourcesOf } from './image-source.js';
import { linkUrl } from './link-url.js';
import { asObjects, asPositiveNumber, idOf, typeOf, type JsonObject } from './json.js';
import { getText } from './language.js';
import type { CollectionItem, ViewerCanvas, ViewerCollection, ViewerManifest, ViewerRange, ViewingDirection } from './model.js';
import { paintedImagesOf } from './painting.js';
import { asNavDate, canvasReferenceOf, sequenceOrder, structuresOf } from './ranges.js';
import { searchServiceOf } from './search/service.js';

export interface BuildContext {
  /** Where the resource came from, for errors. */
  url?: string;
  languages: readonly string[];
}

const viewingDirections: ViewingDirection[] = ['left-to-right', 'right-to-left', 'top-to-bottom', 'bottom-to-top'];

function viewingDirectionOf(value: unknown): ViewingDirection {
  return viewingDirections.find((direction) => direction === value) ?? 'left-to-right';
}

/**
 * A canvas that paints images must have a positive width and height. One that does not is kept, so that the
 * rest of the manifest shows, but with no images and the reason in `invalid`: no layer above ever sees a canvas
 * it cannot place. Canvases without images (audio, video, empty) get size 0 and no images.
 */
function canvasOf(canvas: JsonObject, index: number, context: BuildContext): ViewerCanvas {
  const id = idOf(canvas) ?? '';
  const label = languageMapOf(canvas.label);
  const width = asPositiveNumber(canvas.width) ?? 0;
  const height = asPositiveNumber(canvas.height) ?? 0;
  const painted = paintedImagesOf(canvas, { width, height }, context.languages);
  const sized = !!width && !!height;
  const invalid = painted.length && !sized ? `Canvas ${index + 1} (${getText(label, context.languages) || id}) has images but no valid width and height, so it cannot be shown.` : undefined;
  const images = invalid ? [] : painted;
  const behavior = uniqueStrings(canvas.behavior);
  const navDate = asNavDate(canvas.navDate);
  const search = searchServiceOf(canvas);
  return {
    id,
    index,
    label,
    width,
    height,
    images,
    thumbnail: imageSourcesOf(canvas.thumbnail),
    ...(behavior.length ? { behavior } : {}),
    ...(navDate ? { navDate } : {}),
    ...(search ? { search } : {}),
    ...(invalid ? { invalid } : {}),
  };
}

/** The canvases in the order of the first `sequence` range (canvases it leaves out follow), indexes renumbered. */
function inSequence(canvases: ViewerCanvas[], structures: ViewerRange[]): ViewerCanvas[] {
  const order = sequenceOrder(structures);
  if (!order) return canvases;
  const byId = new Map(canvases.map((canvas) => [canvas.id, canvas]));
  const ordered = [...order.flatMap((id) => byId.get(id) ?? []), ...canvases.filter((canvas) => !order.includes(canvas.id))];
  return ordered.map((canvas, index) => ({ ...canvas, index }));
}

/** The viewer model of a Presentation 3 Manifest (as JSON). Throws 'no-canvases', or 'invalid-canvas' when no canvas can be shown. */
export function buildManifest(json: JsonObject, context: BuildContext): ViewerManifest {
  const canvases = asObjects(json.items)
    .filter((item) => typeOf(item) === 'Canvas')
    .map((canvas, index) => canvasOf(canvas, index, context));
  if (!canvases.length) {
    throw new IIIFError('no-canvases', 'This manifest has no canvases, so there is nothing to show.', { url: context.url });
  }
  if (canvases.every((canvas) => canvas.invalid)) throw new IIIFError('invalid-canvas', canvases[0].invalid!, { url: context.url });
  const sizes = new Map(canvases.map((canvas) => [canvas.id, { width: canvas.width, height: canvas.height }]));
  const structures = structuresOf(json, sizes);
  const start = canvasReferenceOf(json.start, sizes);
  const navDate = asNavDate(json.navDate);
  const requiredStatement = labelValueOf(json.requiredStatement);
  const search = searchServiceOf(json);
  return {
    id: idOf(json) ?? '',
    label: languageMapOf(json.label),
    summary: languageMapOf(json.summary),
    metadata: metadataOf(json.metadata),
    ...(requiredStatement ? { requiredStatement } : {}),
    ...(linkUrl(json.rights) ? { rights: linkUrl(json.rights) } : {}),
    provider: agentsOf(json.provider),
    homepage: linkedResourcesOf(json.homepage),
    rendering: linkedResourcesOf(json.rendering),
    seeAlso: linkedResourcesOf(json.seeAlso),
    thumbnail: imageSourcesOf(json.thumbnail),
    behavior: uniqueStrings(json.behavior),
    viewingDirection: viewingDirectionOf(json.viewingDirection),
    canvases: inSequence(canvases, structures),
    startCanvasId: start?.canvasId,
    ...(start?.region ? { startRegion: start.region } : {}),
    ...(navDate ? { navDate } : {}),
    ...(structures.length ? { structures } : {}),
    ...(search ? { search } : {}),
  };
}

function collectionItemOf(item: JsonObject): CollectionItem[] {
  const type = typeOf(item);
  const id = idOf(item);
  if (!id || (type !== 'Manifest' && type !== 'Collection')) return [];
  return [{ id, type, label: languageMapOf(item.label), thumbnail: imageSourcesOf(item.thumbnail) }];
}

/** The viewer model of a Presentation 3 Collection (as JSON): its Manifests and Collections. */
export function buildCollection(json: JsonObject): ViewerCollection {
  return {
    id: idOf(json) ?? '',
    label: languageMapOf(json.label),
    summary: languageMapOf(json.summary),
    behavior: uniqueStrings(json.behavior),
    items: asObjects(json.items).flatMap(collectionItemOf),
  };
}
