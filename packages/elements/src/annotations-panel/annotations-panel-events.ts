import { VellumEvent } from '../events/vellum-event.js';

/** The pointer entered an annotation of the panel (its id) or left it (undefined). */
export class VellumAnnotationHoverEvent extends VellumEvent<{ id: string | undefined }> {
  static readonly type = 'vellum-annotation-hover';
  constructor(id: string | undefined) {
    super(VellumAnnotationHoverEvent.type, { id });
  }
}

/** The user activated an annotation of the panel, to zoom to it. */
export class VellumAnnotationActivateEvent extends VellumEvent<{ id: string }> {
  static readonly type = 'vellum-annotation-activate';
  constructor(id: string) {
    super(VellumAnnotationActivateEvent.type, { id });
  }
}

/** The user followed a link body; cancelled when the viewer showed its target (a canvas of the manifest) itself. */
export class VellumAnnotationLinkEvent extends VellumEvent<{ url: string }> {
  static readonly type = 'vellum-annotation-link';
  constructor(url: string) {
    super(VellumAnnotationLinkEvent.type, { url }, { cancelable: true });
  }
}

/** The user asked to edit (select in the editor) or delete one of their own annotations. */
export class VellumOwnAnnotationEvent extends VellumEvent<{ id: string }> {
  constructor(type: 'vellum-annotation-edit' | 'vellum-annotation-delete', id: string) {
    super(type, { id });
  }
}

/** The user showed or hid every annotation on the image. */
export class VellumAnnotationsVisibilityEvent extends VellumEvent<{ shown: boolean }> {
  static readonly type = 'vellum-annotations-visibility';
  constructor(shown: boolean) {
    super(VellumAnnotationsVisibilityEvent.type, { shown });
  }
}

/** The user asked to add the annotation page at a URL. */
export class VellumAnnotationPageAddEvent extends VellumEvent<{ url: string }> {
  static readonly type = 'vellum-annotation-page-add';
  constructor(url: string) {
    super(VellumAnnotationPageAddEvent.type, { url });
  }
}

/** The user picked an annotation file to import. */
export class VellumAnnotationsImportEvent extends VellumEvent<{ file: File }> {
  static readonly type = 'vellum-annotations-import';
  constructor(file: File) {
    super(VellumAnnotationsImportEvent.type, { file });
  }
}

/** The user asked to export the annotations of the canvas. */
export class VellumAnnotationsExportEvent extends VellumEvent {
  static readonly type = 'vellum-annotations-export';
  constructor() {
    super(VellumAnnotationsExportEvent.type, undefined);
  }
}

/** The user gave a tag a colour, or took it away (undefined). */
export class VellumAnnotationTagColourEvent extends VellumEvent<{ tag: string; colour: string | undefined }> {
  static readonly type = 'vellum-annotation-tag-colour';
  constructor(tag: string, colour: string | undefined) {
    super(VellumAnnotationTagColourEvent.type, { tag, colour });
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
