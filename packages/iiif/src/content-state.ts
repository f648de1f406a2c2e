import { InputError } from './input-error.js';
import { asArray, asObject, asString, idOf, isObject, typeOf, type JsonObject } from './json.js';
import type { Rect, Size, ViewerManifest, ViewerRange } from './model.js';
import { firstCanvasOf } from './ranges.js';
import { clipToCanvas, parseXywh } from './rect.js';

/** What a content state asks to open: a Manifest or Collection, optionally at a canvas, a region of it, or a range. */
export interface ResourceTarget {
  manifestUrl: string;
  canvasId?: string;
  /** Canvas region in canvas units, from `#xywh=` (pixels) or a FragmentSelector. */
  region?: Rect;
  rangeId?: string;
  /** A point in time in seconds, from `#t=` or a PointSelector's `t`. */
  time?: number;
}

/** The view to share: a manifest, optionally a canvas and the region of it on screen. */
export interface SharedView {
  manifestUrl: string;
  canvasId?: string;
  /** The region in view, in canvas units; what lies off the canvas (a letterbox) is left out. */
  region?: Rect;
  /** The canvas's size, to clip the region to; without it, the region is clipped to the canvas's origin only. */
  canvasSize?: Size;
}

const malformed = (detail: string) => new InputError('malformed-content-state', `The content state is malformed: ${detail}.`);

function fromBase64Url(value: string): string {
  if (!/^[A-Za-z0-9_-]+={0,2}$/.test(value)) throw malformed('it is neither JSON, a URL nor base64url');
  const base64 = value.replace(/=+$/, '').replace(/-/g, '+').replace(/_/g, '/');
  try {
    const binary = atob(base64.padEnd(Math.ceil(base64.length / 4) * 4, '='));
    const text = new TextDecoder('utf-8', { fatal: true }).decode(Uint8Array.from(binary, (char) => char.charCodeAt(0)));
    return text.startsWith('%') ? decodeURIComponent(text) : text;
  } catch {
    throw malformed('its base64url does not decode to text');
  }
}

/** Content State 1.0 §6: URI-encode the JSON, base64url it, drop the padding. */
export function encodeContentState(json: object): string {
  // URI-encoded text is ASCII, which btoa takes as it is, at any length.
  return btoa(encodeURIComponent(JSON.stringify(json))).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

type Place = Pick<ResourceTarget, 'region' | 'time'>;

/** The start of a media fragment `t=` (seconds, `npt:` allowed). */
function parseTime(fragment: string): number | undefined {
  const match = /(?:^|[#&])t=(?:npt:)?(\d+(?:\.\d+)?)/.exec(fragment);
  return match ? Number(match[1]) : undefined;
}

function placeOf(fragment: string): Place {
  const region = parseXywh(fragment, { width: 0, height: 0 });
  const time = parseTime(fragment);
  return { ...(region ? { region } : {}), ...(time !== undefined ? { time } : {}) };
}

function splitFragment(id: string): { id: string; place: Place } {
  const hash = id.indexOf('#');
  return hash < 0 ? { id, place: {} } : { id: id.slice(0, hash), place: placeOf(id.slice(hash + 1)) };
}

/** What the selectors of a SpecificResource pick: a FragmentSelector's region or time, a PointSelector's time. */
function selectorPlace(selector: unknown): Place {
  return asArray(selector).reduce<Place>((place, item) => {
    const object = asObject(item);
    const value = object && asString(object.value);
    const time = object && typeOf(object) === 'PointSelector' && typeof object.t === 'number' && object.t >= 0 ? { time: object.t } : {};
    return { ...(value ? placeOf(value) : {}), ...time, ...place };
  }, {});
}

function manifestOf(resource: JsonObject): string | undefined {
  const parent = asArray(resource.partOf).filter(isObject).find((part) => ['Manifest', 'Collection'].includes(typeOf(part) ?? ''));
  return idOf(parent) ?? asString(asArray(resource.partOf).find((part) => typeof part === 'string'));
}

function targetOf(resource: JsonObject): ResourceTarget {
  if (typeOf(resource) === 'SpecificResource') {
    const source = asObject(resource.source) ?? { id: asString(resource.source) };
    const target = targetOf({ ...source, type: typeOf(source) ?? 'Canvas', partOf: source.partOf ?? resource.partOf });
    return { ...target, ...selectorPlace(resource.selector) };
  }
  const id = idOf(resource);
  if (!id) throw malformed('its target has no id');
  const type = typeOf(resource);
  if (type === 'Manifest' || type === 'Collection' || type === 'sc:Manifest' || type === 'sc:Collection') return { manifestUrl: id };
  const manifestUrl = manifestOf(resource);
  if (!manifestUrl) throw new InputError('no-manifest', `The content state names ${id} without the manifest it is part of.`);
  if (type === 'Range') return { manifestUrl, rangeId: id };
  const { id: canvasId, place } = splitFragment(id);
  return { manifestUrl, canvasId, ...place };
}

const MAX_TARGETS = 16;
const contentStateTypes = ['Annotation', 'Canvas', 'Range', 'SpecificResource'];

/** Whether JSON is a content state rather than a Manifest or Collection: an Annotation, or a Canvas, Range or part of one. */
export function isContentState(json: unknown): boolean {
  const object = asObject(json);
  return object !== undefined && contentStateTypes.includes(typeOf(object) ?? '');
}

/**
 * The targets of a content state, at most 16: those of an Annotation (motivation contentState), or a bare target
 * resource. A target given as a plain URI is taken for a Manifest or Collection, which loading finds out.
 */
export function readContentState(json: unknown): ResourceTarget[] {
  const object = asObject(json);
  if (!object) throw malformed('it is not a JSON object');
  const targets = typeOf(object) === 'Annotation' ? asArray(object.target).slice(0, MAX_TARGETS) : [object];
  if (targets.length === 0) throw malformed('it has no target');
  return targets.map((target) => {
    if (typeof target === 'string') return { manifestUrl: target };
    const resource = asObject(target);
    if (!resource) throw malformed('a target is neither an object nor a URI');
    return targetOf(resource);
  });
}

/** Decodes an `iiif-content` value: base64url JSON, raw JSON, or a plain URI (loading finds out what it is). */
export function decodeContentState(value: string): ResourceTarget[] {
  const text = value.trim();
  if (/^https?:\/\//i.test(text)) return [{ manifestUrl: text }];
  const json = text.startsWith('{') ? text : fromBase64Url(text);
  try {
    return readContentState(JSON.parse(json));
  } catch (error) {
    if (error instanceof InputError) throw error;
    throw malformed('it is not JSON');
  }
}

const xywh = ({ x, y, width, height }: Rect) => [x, y, width, height].map(Math.round).join(',');

/** The content state Annotation of a view, with the part of the region on the canvas as `#xywh=` (Media Fragments allow no negative numbers). */
export function contentStateOf(view: SharedView): JsonObject {
  const manifest = { id: view.manifestUrl, type: 'Manifest' };
  const region = view.region && clipToCanvas(view.region, view.canvasSize);
  const target = view.canvasId
    ? { id: region ? `${view.canvasId}#xywh=${xywh(region)}` : view.canvasId, type: 'Canvas', partOf: [manifest] }
    : manifest;
  return { '@context': 'http://iiif.io/api/presentation/3/context.json', type: 'Annotation', motivation: ['contentState'], target };
}

function findRange(ranges: readonly ViewerRange[], id: string): ViewerRange | undefined {
  for (const range of ranges) {
    const found = range.id === id ? range : findRange(range.items.flatMap((item) => (item.kind === 'range' ? [item.range] : [])), id);
    if (found) return found;
  }
  return undefined;
}

/**
 * The canvas (and region) a target shows in its loaded manifest: its own canvas, or the first canvas of its range.
 * Throws an InputError when the manifest has no such canvas or range.
 */
export function resolveTarget(target: ResourceTarget, manifest: ViewerManifest): Pick<ResourceTarget, 'canvasId' | 'region'> {
  if (target.rangeId) {
    const start = findRange(manifest.structures ?? [], target.rangeId);
    const first = start && firstCanvasOf(start);
    if (!first) throw new InputError('range-not-in-manifest', `The range ${target.rangeId} is not in the manifest ${manifest.id}.`);
    return first;
  }
  if (target.canvasId && !manifest.canvases.some((canvas) => canvas.id === target.canvasId)) {
    throw new InputError('canvas-not-in-manifest', `The canvas ${target.canvasId} is not in the manifest ${manifest.id}.`);
  }
  return { canvasId: target.canvasId, region: target.region };
}
