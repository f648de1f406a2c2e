import { expect } from '@esm-bundle/chai';
import { getValues } from './language.js';
import { loadResource } from './load.js';
import type { ViewerManifest } from './model.js';
import { isHtml } from './html-value.js';
import { sanitizeHtml } from './sanitize.js';

const fixtures = `${location.origin}/fixtures`;

async function manifestAt(path: string): Promise<ViewerManifest> {
  const loaded = await loadResource(`${fixtures}/${path}`);
  if (loaded.type !== 'Manifest') throw new Error(`${path} is not a Manifest`);
  return loaded.manifest;
}

function allStrings(manifest: ViewerManifest): string[] {
  const maps = [manifest.label, manifest.summary, ...manifest.metadata.flatMap((pair) => [pair.label, pair.value]), ...manifest.canvases.map((canvas) => canvas.label)];
  return maps.flatMap((map) => Object.values(map).flat());
}

describe('fixture content through the helpers', () => {
  it('multilingual labels follow the user languages, in P3 and P2', async () => {
    for (const path of ['manifests/multilingual.json', 'manifests/multilingual.v2.json']) {
      const manifest = await manifestAt(path);
      const languages = Object.keys(manifest.label);
      expect(languages.length, path).to.be.greaterThan(1);
      for (const language of languages) {
        expect(getValues(manifest.label, [language])).to.deep.equal(manifest.label[language]);
      }
    }
  });

  it('HTML and script in labels and metadata come out of the sanitiser inert', async () => {
    for (const path of ['manifests/html-metadata.json', 'manifests/html-metadata.v2.json', 'bad/script-label.json']) {
      const html = allStrings(await manifestAt(path)).filter(isHtml);
      expect(html.length, path).to.be.greaterThan(0);
      for (const value of html) {
        const template = document.createElement('template');
        template.innerHTML = sanitizeHtml(value);
        const elements = [...template.content.querySelectorAll('*')];
        expect(elements.every((element) => ['A', 'B', 'BR', 'I', 'IMG', 'P', 'SMALL', 'SPAN', 'SUB', 'SUP'].includes(element.tagName)), value).to.equal(true);
        expect(elements.flatMap((element) => element.getAttributeNames()).every((name) => ['href', 'src', 'alt'].includes(name)), value).to.equal(true);
        expect(template.innerHTML).not.to.match(/javascript:|onerror|<script/i);
      }
    }
  });
});
