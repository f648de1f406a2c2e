const init: EventInit = { bubbles: true, composed: true };

/** The pointer entered an annotation of the panel (its id) or left it (undefined). */
export class VellumAnnotationHoverEvent extends Event {
  static readonly type = 'vellum-annotation-hover';
  readonly detail: { id: string | undefined };
  constructor(id: string | undefined) {
    super(VellumAnnotationHoverEvent.type, init);
    this.detail = { id };
  }
}

/** The user activated an annotation of the panel, to zoom to it. */
export class VellumAnnotationActivateEvent extends Event {
  static readonly type = 'vellum-annotation-activate';
  readonly detail: { id: string };
  constructor(id: string) {
    super(VellumAnnotationActivateEvent.type, init);
    this.detail = { id };
  }
}

/** The user followed a link body; cancelled when the viewer showed its target (a canvas of the manifest) itself. */
export class VellumAnnotationLinkEvent extends Event {
  static readonly type = 'vellum-annotation-link';
  readonly detail: { url: string };
  constructor(url: string) {
    super(VellumAnnotationLinkEvent.type, { ...init, cancelable: true });
    this.detail = { url };
  }
}

/** The user asked to edit (select in the editor) or delete one of their own annotations. */
export class VellumOwnAnnotationEvent extends Event {
  readonly detail: { id: string };
  constructor(type: 'vellum-annotation-edit' | 'vellum-annotation-delete', id: string) {
    super(type, init);
    this.detail = { id };
  }
}

/** The user showed or hid every annotation on the image. */
export class VellumAnnotationsVisibilityEvent extends Event {
  static readonly type = 'vellum-annotations-visibility';
  readonly detail: { shown: boolean };
  constructor(shown: boolean) {
    super(VellumAnnotationsVisibilityEvent.type, init);
    this.detail = { shown };
  }
}

/** The user asked to add the annotation page at a URL. */
export class VellumAnnotationPageAddEvent extends Event {
  static readonly type = 'vellum-annotation-page-add';
  readonly detail: { url: string };
  constructor(url: string) {
    super(VellumAnnotationPageAddEvent.type, init);
    this.detail = { url };
  }
}

/** The user picked an annotation file to import. */
export class VellumAnnotationsImportEvent extends Event {
  static readonly type = 'vellum-annotations-import';
  readonly detail: { file: File };
  constructor(file: File) {
    super(VellumAnnotationsImportEvent.type, init);
    this.detail = { file };
  }
}

/** The user asked to export the annotations of the canvas. */
export class VellumAnnotationsExportEvent extends Event {
  static readonly type = 'vellum-annotations-export';
  constructor() {
    super(VellumAnnotationsExportEvent.type, init);
  }
}

/** The user gave a tag a colour, or took it away (undefined). */
export class VellumAnnotationTagColourEvent extends Event {
  static readonly type = 'vellum-annotation-tag-colour';
  readonly detail: { tag: string; colour: string | undefined };
  constructor(tag: string, colour: string | undefined) {
    super(VellumAnnotationTagColourEvent.type, init);
    this.detail = { tag, colour };
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'vellum-annotation-hover': VellumAnnotationHoverEvent;
    'vellum-annotation-activate': VellumAnnotationActivateEvent;
    'vellum-annotations-visibility': VellumAnnotationsVisibilityEvent;
    'vellum-annotation-link': VellumAnnotationLinkEvent;
    'vellum-annotation-edit': VellumOwnAnnotationEvent;
    'vellum-annotation-delete': VellumOwnAnnotationEvent;
    'vellum-annotation-page-add': VellumAnnotationPageAddEvent;
    'vellum-annotations-import': VellumAnnotationsImportEvent;
    'vellum-annotations-export': VellumAnnotationsExportEvent;
    'vellum-annotation-tag-colour': VellumAnnotationTagColourEvent;
  }
}
