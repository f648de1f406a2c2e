import { someCanvasHasAnnotations } from '@vellum/iiif';

/** Whether this browser has ever kept annotations of its user (the database of the browser's annotation store). */
async function browserKeepsOwnAnnotations(): Promise<boolean> {
  try {
    return (await indexedDB.databases()).some((database) => database.name === 'vellum-annotations');
  } catch {
    return false;
  }
}

/** Whether a window showing these canvases may have annotations to draw (the manifest's, or the user's own), asked without loading @vellum/annotations. */
export async function mayHaveAnnotations(manifestId: string, canvasIds: readonly string[]): Promise<boolean> {
  return (await someCanvasHasAnnotations(manifestId, canvasIds)) || browserKeepsOwnAnnotations();
}
