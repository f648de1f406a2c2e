import { vault, vaultReady } from '@vellum/iiif';
import { isRecord, listOf } from './json.js';

/**
 * The vault serialises a SpecificResource target that carries extra properties (such as a
 * `styleClass`, cookbook 0045) as "undefined#xywh=…"; such targets are taken from the vault's
 * normalised annotation instead.
 */
function repairTargets(page: unknown): void {
  if (!isRecord(page)) return;
  for (const annotation of listOf(page.items)) {
    if (!isRecord(annotation) || typeof annotation.target !== 'string' || !annotation.target.startsWith('undefined#')) continue;
    const held = vault.getState().iiif.entities.Annotation[String(annotation.id)];
    if (held) annotation.target = held.target;
  }
}

/** A canvas of a loaded manifest as Presentation 3 JSON from the shared vault (Presentation 2 input comes upgraded), to read its annotation pages. */
export async function canvasJsonFromVault(manifestId: string, canvasId: string): Promise<unknown> {
  await vaultReady(manifestId);
  const canvas = vault.toPresentation3<unknown>({ id: canvasId, type: 'Canvas' });
  if (isRecord(canvas)) listOf(canvas.annotations).forEach(repairTargets);
  return canvas;
}
