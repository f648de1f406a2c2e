import { createOSDAnnotator, type DrawingStyle, type ImageAnnotation, type OpenSeadragonAnnotator, type StoreChangeEvent } from '@annotorious/openseadragon';
import { mountPlugin } from '@annotorious/plugin-tools';
import type { PluginHost } from '@vellum/engine';
import type { Rect } from '@vellum/iiif';
import type { TagColours } from '../colour.js';
import type { AnnotationStore, W3CAnnotation } from '../store.js';
import { canvasFormat } from './canvas-format.js';
import { displayColour, withFields, type EditableFields } from './fields.js';
import { quietAnnotoriousFocus } from './quiet-layer.js';
import { rectangleAnnotation, withRegion } from './region.js';
import { SaveQueue, type SaveStatus } from './save-queue.js';

/** The drawing tools: Annotorious draws rectangles and polygons, its tools plugin ellipses, lines and paths. */
export const editorTools = ['rectangle', 'polygon', 'ellipse', 'line', 'path'] as const;
export type EditorTool = (typeof editorTools)[number];

/** The engine hands its viewer only to a plugin library such as this one. */
type AnnotoriousViewer = Parameters<typeof createOSDAnnotator>[0];

const styleWith = (tagColours: TagColours) => (annotation: ImageAnnotation): DrawingStyle => {
  const colour = displayColour(annotation, tagColours) as DrawingStyle['fill'];
  return { fill: colour, fillOpacity: 0.2, stroke: colour, strokeOpacity: 1, strokeWidth: 2 };
};

/**
 * Draws and edits W3C annotations on the canvas an engine slot shows, with Annotorious, and writes every
 * change (drawing, moving, the form, deleting, undo and redo) to a store. Annotations are read from and written to
 * the store in canvas coordinates.
 * @fires change - The selection, the undo history or the save status changed.
 */
export class AnnotoriousEditor extends EventTarget {
  /**
   * Opens the editor on the slot's current image with the store's annotations of the canvas. `styles` (Annotorious's
   * stylesheet, see `editorStyleSheet`) is adopted first by the document or shadow root the viewer is in: Annotorious's
   * layers must never be laid out without it.
   */
  static async open(host: PluginHost, canvasId: string, store: AnnotationStore, styles: CSSStyleSheet): Promise<AnnotoriousEditor> {
    const placement = host.imagePlacement();
    if (!placement) throw new Error(`No image is open for canvas ${canvasId}`);
    const root = host.element.getRootNode() as Document | ShadowRoot;
    if (!root.adoptedStyleSheets.includes(styles)) root.adoptedStyleSheets = [...root.adoptedStyleSheets, styles];
    return new AnnotoriousEditor(host, canvasId, canvasFormat(canvasId, placement), store, await store.list(canvasId));
  }

  readonly #annotator: OpenSeadragonAnnotator<ImageAnnotation, W3CAnnotation>;
  readonly #saves: SaveQueue;
  readonly #viewerElement: HTMLElement;
  readonly #format: ReturnType<typeof canvasFormat>;
  readonly #canvasId: string;
  readonly #stopQuietening: () => void;
  #tool?: EditorTool;
  #changeQueued = false;

  private constructor(host: PluginHost, canvasId: string, format: ReturnType<typeof canvasFormat>, store: AnnotationStore, annotations: W3CAnnotation[]) {
    super();
    this.#canvasId = canvasId;
    this.#format = format;
    this.#saves = new SaveQueue(store, () => this.#changed());
    this.#annotator = createOSDAnnotator<ImageAnnotation, W3CAnnotation>(host.viewer as unknown as AnnotoriousViewer, {
      adapter: format,
      drawingEnabled: false,
      drawingMode: 'drag',
      style: styleWith({}),
    });
    mountPlugin(this.#annotator);
    this.#annotator.setAnnotations(annotations, true);
    this.#annotator.state.store.observe(this.#onStoreChange);
    this.#annotator.on('selectionChanged', () => this.#changed());
    this.#viewerElement = host.element;
    this.#viewerElement.addEventListener('keydown', this.#onViewerKey);
    this.#stopQuietening = quietAnnotoriousFocus(host.element);
  }

  get tool(): EditorTool | undefined {
    return this.#tool;
  }

  /** Draws with a tool; undefined selects and moves shapes, and lets the view pan. */
  setTool(tool: EditorTool | undefined): void {
    this.#tool = tool;
    if (tool) this.#annotator.setDrawingTool(tool);
    this.#annotator.setDrawingEnabled(!!tool);
    this.#changed();
  }

  /** Every annotation of the canvas, in canvas coordinates. */
  get annotations(): W3CAnnotation[] {
    return this.#annotator.getAnnotations();
  }

  get selected(): W3CAnnotation | undefined {
    return this.#annotator.getSelected()[0];
  }

  select(id: string | undefined): void {
    this.#annotator.setSelected(id && this.#annotoriousId(id));
  }

  /** Draws annotations without a colour of their own in the colour the user gave one of their tags. */
  setTagColours(colours: TagColours): void {
    this.#annotator.setStyle(styleWith(colours));
  }

  /**
   * Sets the comment, tags and colour of an annotation, and moves a rectangle to `region` (canvas units), as one
   * change to undo. A click on a form outside the image may have unselected the annotation.
   */
  update(id: string, fields: EditableFields, region?: Rect): void {
    const annotoriousId = this.#annotoriousId(id);
    const annotation = this.#annotator.getAnnotationById(annotoriousId);
    if (!annotation) return;
    const edited = withFields({ ...annotation, id: annotoriousId }, fields);
    this.#annotator.updateAnnotation(region ? withRegion(edited, region) : edited);
  }

  /**
   * Adds an empty comment on a rectangle (canvas units) and selects it: the way to draw without a pointer. It is
   * saved, and undone, like a shape drawn with the rectangle tool. Returns its id.
   */
  addRectangle(region: Rect): string {
    const { parsed } = this.#format.parse(rectangleAnnotation(this.#canvasId, region));
    if (!parsed) throw new Error(`A rectangle at ${JSON.stringify(region)} cannot be placed on the image`);
    this.#annotator.state.store.addAnnotation(parsed);
    this.#annotator.setSelected(parsed.id);
    return parsed.id;
  }

  delete(id: string): void {
    if (this.selected?.id === id) this.#annotator.cancelSelected();
    this.#annotator.removeAnnotation(this.#annotoriousId(id));
  }

  /** Annotorious keeps the bare UUID of a shape drawn here, which we write as a `urn:uuid:` IRI. */
  #annotoriousId(id: string): string {
    return this.#annotator.getAnnotationById(id) ? id : id.replace(/^urn:uuid:/, '');
  }

  get canUndo(): boolean {
    return this.#annotator.canUndo();
  }

  get canRedo(): boolean {
    return this.#annotator.canRedo();
  }

  undo(): void {
    this.#annotator.undo();
  }

  redo(): void {
    this.#annotator.redo();
  }

  get saveStatus(): SaveStatus {
    return this.#saves.status;
  }

  /** Resolves once every change made so far is written. */
  settled(): Promise<void> {
    return this.#saves.settled();
  }

  /** Removes the editor from the viewer; changes already made are still written. */
  destroy(): void {
    this.#viewerElement.removeEventListener('keydown', this.#onViewerKey);
    this.#stopQuietening();
    this.#annotator.state.store.unobserve(this.#onStoreChange);
    this.#annotator.destroy();
  }

  /** Changes made here (not those loaded from the store) are written back, in canvas coordinates. */
  readonly #onStoreChange = ({ origin, changes }: StoreChangeEvent<ImageAnnotation>) => {
    if ((origin as string) !== 'LOCAL') return;
    for (const annotation of [...(changes.created ?? []), ...(changes.updated ?? []).map(({ newValue }) => newValue)]) {
      this.#saves.put(this.#format.serialize(annotation));
    }
    for (const annotation of changes.deleted ?? []) this.#saves.delete(this.#format.serialize(annotation).id);
    this.#changed();
  };

  /** Annotorious undoes with Ctrl+Z and redoes with Ctrl+Y on the image; Ctrl+Shift+Z redoes too. */
  readonly #onViewerKey = (event: KeyboardEvent) => {
    if (event.ctrlKey && event.shiftKey && event.key.toLowerCase() === 'z') this.redo();
  };

  /** One 'change' per task, once Annotorious has finished updating its history. */
  #changed(): void {
    if (this.#changeQueued) return;
    this.#changeQueued = true;
    setTimeout(() => {
      this.#changeQueued = false;
      this.dispatchEvent(new Event('change'));
    });
  }
}
