import { vault } from './vault.js';
import { vaultReady } from './vault-fill.js';

/** Whether any of these canvases of a loaded manifest has annotation pages, as the shared vault holds it. */
export async function someCanvasHasAnnotations(manifestId: string, canvasIds: readonly string[]): Promise<boolean> {
  await vaultReady(manifestId);
  return canvasIds.some((id) => (vault.getState().iiif.entities.Canvas[id]?.annotations.length ?? 0) > 0);
}
