import { expect } from '@esm-bundle/chai';
import type { JsonObject } from './json.js';
import { loadResource } from './load.js';
import type { LoadedResource, ViewerManifest } from './model.js';
import { buildManifest } from './model-builder.js';
import { vault } from './vault.js';
import { vaultReady } from './vault-fill.js';

const fixtures = `${location.origin}/fixtures`;

function manifestOf(loaded: LoadedResource): ViewerManifest {
  if (loaded.type !== 'Manifest') throw new Error('expected a Manifest');
  return loaded.manifest;
}

async function warningsWhile(action: () => Promise<unknown>): Promise<unknown[][]> {
  const warnings: unknown[][] = [];
  const warn = console.warn;
  console.warn = (...args: unknown[]) => warnings.push(args);
  try {
    await action();
  } finally {
    console.warn = warn;
  }
  return warnings;
}

describe('the shared vault', () => {
  it('receives a manifest after its view model is returned, canvas for canvas the same', async () => {
    const url = `${fixtures}/manifests/many-250.json`;
    const manifest = manifestOf(await loadResource(url, { languages: ['en'] }));
    expect(vault.requestStatus(url)).to.equal(undefined);
    await vaultReady(url);
    const fromVault = buildManifest(vault.toPresentation3<JsonObject>({ id: url, type: 'Manifest' }), { languages: ['en'] });
    expect(fromVault.canvases).to.have.length(250);
    expect(fromVault).to.deep.equal(manifest);
  });

  it('keeps a Manifest as it was when a Collection listing it is loaded later', async () => {
    const url = `${fixtures}/manifests/book-rtl.json`;
    const manifest = manifestOf(await loadResource(url));
    await loadResource(`${fixtures}/collection.json`);
    await vaultReady(`${fixtures}/collection.json`);
    const held = vault.get({ id: url, type: 'Manifest' }) as { label: unknown; viewingDirection: string; items: unknown[] };
    expect(held).to.include({ viewingDirection: 'right-to-left' });
    expect(held.label).to.deep.equal(manifest.label);
    expect(held.items).to.have.length(manifest.canvases.length);
  });

  it('reports a manifest it cannot hold with console.warn, and the view model stands', async () => {
    const id = 'https://example.org/odd-page';
    const json = {
      '@context': 'http://iiif.io/api/presentation/3/context.json',
      id,
      type: 'Manifest',
      items: [{ id: `${id}/canvas`, type: 'Canvas', width: 10, height: 10, items: [{ id: `${id}/page`, type: 'AnnotationPage', items: 'not a list' }] }],
    };
    let loaded: LoadedResource | undefined;
    const warnings = await warningsWhile(async () => {
      loaded = await loadResource(json);
      await vaultReady(id);
    });
    expect(manifestOf(loaded!).canvases).to.have.length(1);
    expect(warnings).to.have.length(1);
    expect(String(warnings[0][0])).to.contain(id);
  });
});
