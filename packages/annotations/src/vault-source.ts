import { vault, vaultReady } from '@vellum/iiif';

/** A canvas of a loaded manifest as Presentation 3 JSON from the shared vault (Presentation 2 input comes upgraded), to read its annotation pages. */
export async function canvasJsonFromVault(manifestId: string, canvasId: string): Promise<unknown> {
  await vaultReady(manifestId);
  return vault.toPresentation3({ id: canvasId, type: 'Canvas' });
}
