/**
 * The viewer-facing model of IIIF resources. `iiif` builds it from the Vault;
 * every upper layer reads only these shapes, never raw Presentation JSON.
 */
import type { ResourceTarget } from './content-state.js';

/** A IIIF language map: language tag (or "none") to values. */
export type LanguageMap = Record<string, string[]>;

export interface LabelValue {
  label: LanguageMap;
  value: LanguageMap;
}

export interface LinkedResource {
  id: string;
  label?: LanguageMap;
  format?: string;
  type?: string;
}

export interface Agent {
  id: string;
  label: LanguageMap;
  homepage: LinkedResource[];
  logo: ImageSource[];
}

/** A rectangle in some coordinate space (canvas or image pixels). */
export interface Rect {
  x: number;
  y: number;
  width: number;
  height: number;
}

export interface Size {
  width: number;
  height: number;
}

/** Where pixels come from: a IIIF Image API service, or a plain image file. */
export type ImageSource =
  | {
      kind: 'service';
      /** The service id (base URI), without a trailing slash. */
      serviceId: string;
      /** `${serviceId}/info.json` */
      infoUrl: string;
      version: 1 | 2 | 3;
      /** Compliance level 0, 1 or 2. */
      level: 0 | 1 | 2;
      /** Size declared on the painting body, when given. */
      width?: number;
      height?: number;
      /** The body's own image URL (a ready-made rendition), when given. */
      url?: string;
      /** Sizes listed on the service in the manifest, when embedded there. */
      sizes?: Size[];
    }
  | {
      kind: 'plain';
      url: string;
      width?: number;
      height?: number;
      format?: string;
    };

/** One image painted onto a canvas. */
export interface PaintedImage {
  source: ImageSource;
  /** Target area on the canvas, in canvas units (the whole canvas unless the target has #xywh). */
  target: Rect;
  /** Region of the image that is painted, in image pixels, when the body is a SpecificResource with a selector. */
  region?: Rect;
  /** Degrees clockwise (a quarter turn) the image is turned by to fill its target, from an ImageApiSelector. */
  rotation?: number;
  /** The body's label, when it has one (layers and choice options are named by it). */
  label?: LanguageMap;
  /** When the body is a Choice: every option, this image being `options[selected].image`. */
  choice?: ImageChoice;
  /** The probe to ask before showing it, when it is restricted (IIIF Authorization Flow 2.0). */
  auth?: AuthProbe;
}

/**
 * What to ask whether a resource may be shown, and the access services that may grant it: an AuthProbeService2
 * (IIIF Authorization Flow 2.0), or for Authentication 1.0 the image service's info.json (`version` 1).
 */
export interface AuthProbe {
  version: 1 | 2;
  id: string;
  errorHeading?: LanguageMap;
  errorNote?: LanguageMap;
  access: AuthAccess[];
}

/** An access service (a login, a kiosk or an external grant) with its token service and logout. */
export interface AuthAccess {
  id: string;
  profile: 'active' | 'kiosk' | 'external';
  label?: LanguageMap;
  heading?: LanguageMap;
  note?: LanguageMap;
  confirmLabel?: LanguageMap;
  tokenService: string;
  logout?: { id: string; label?: LanguageMap };
}

/** The options of a Choice painted at one place; the viewer shows one at a time. */
export interface ImageChoice {
  options: { label: LanguageMap; image: PaintedImage }[];
  selected: number;
}

export interface ViewerCanvas {
  id: string;
  index: number;
  label: LanguageMap;
  width: number;
  height: number;
  images: PaintedImage[];
  thumbnail: ImageSource[];
  /** The canvas's own behaviors, such as `facing-pages` or `non-paged`. */
  behavior?: string[];
  /** `navDate` as given (an ISO date-time). */
  navDate?: string;
  /** The full-text search of this canvas alone (IIIF Content Search), when it offers one. */
  search?: SearchService;
  /** Why the canvas cannot be shown (it paints images but has no size); such a canvas keeps no images. */
  invalid?: string;
}

export type ViewingDirection = 'left-to-right' | 'right-to-left' | 'top-to-bottom' | 'bottom-to-top';

export interface ViewerManifest {
  id: string;
  label: LanguageMap;
  summary: LanguageMap;
  metadata: LabelValue[];
  requiredStatement?: LabelValue;
  rights?: string;
  provider: Agent[];
  homepage: LinkedResource[];
  rendering: LinkedResource[];
  seeAlso: LinkedResource[];
  thumbnail: ImageSource[];
  behavior: string[];
  viewingDirection: ViewingDirection;
  canvases: ViewerCanvas[];
  /** Canvas id to start on, from `start` (P3) or `startCanvas` (P2.1). */
  startCanvasId?: string;
  /** The region of the start canvas to show first, when `start` names one. */
  startRegion?: Rect;
  navDate?: string;
  /** The table of contents: top-level ranges of `structures`. */
  structures?: ViewerRange[];
  /** The full-text search the manifest offers (IIIF Content Search). */
  search?: SearchService;
}

/** A IIIF Content Search service (version 2.0, or 1.0 and its draft 0.9), and its autocomplete when it has one. */
export interface SearchService {
  version: 1 | 2;
  id: string;
  autocomplete?: string;
}

/** A part of a range: a canvas (or a region of it) or a nested range. */
export type RangeItem = { kind: 'canvas'; canvasId: string; region?: Rect } | { kind: 'range'; range: ViewerRange };

export interface ViewerRange {
  id: string;
  label: LanguageMap;
  behavior: string[];
  items: RangeItem[];
}

export interface CollectionItem {
  id: string;
  type: 'Manifest' | 'Collection';
  label: LanguageMap;
  thumbnail: ImageSource[];
}

export interface ViewerCollection {
  id: string;
  label: LanguageMap;
  summary: LanguageMap;
  /** `multi-part` marks the volumes of one work (cookbook 0030). */
  behavior: string[];
  items: CollectionItem[];
}

export type LoadedResource =
  | { type: 'Manifest'; manifest: ViewerManifest }
  | { type: 'Collection'; collection: ViewerCollection }
  /** A URL that answered with a content state (Content State 1.0 §2.2.4): what it asks to open. */
  | { type: 'ContentState'; targets: ResourceTarget[] };
