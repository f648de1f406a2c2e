/**
 * Fuzz test of Vellum's own: seeded broken and hostile inputs from test/fixtures/fuzz.mjs, opened in <vellum-viewer>
 * and <vellum-workspace>; after every step, no uncaught error or unhandled rejection, the page still live, and no live
 * dangerous link (see fuzz-harness.ts). This file takes manifests and collections; fuzz-info.test.ts takes info.json
 * documents and fuzz-states.test.ts content states and saved states (each file must end within the runner's 2 minutes).
 * Repeat a case with VELLUM_FUZZ_SEED=<seed> VELLUM_FUZZ_CASE=<kind>:<index> (or <kind>:<from>-<to>) in wtr's environment.
 */
import { FUZZ_COUNTS, manifestCase } from '../../../../test/fixtures/fuzz.mjs';
import { describeFuzz, fuzzSettings, itFuzz, openInViewer, openInWorkspace } from './fuzz-harness.js';

const settings = await fuzzSettings();

describeFuzz(`fuzz: manifests and collections (seed ${settings.seed})`, (monitor) => {
  itFuzz(monitor, settings, 'manifest', FUZZ_COUNTS.manifest, (index) => {
    const { json, url } = manifestCase(settings.seed, index, location.origin);
    return [
      ['viewer manifest=URL', () => openInViewer({ manifest: url })],
      [
        'viewer manifestJson',
        async () => {
          if (typeof json === 'object' && json !== null) await openInViewer({}, JSON.parse(JSON.stringify(json)));
        },
      ],
      ['workspace open(URL)', () => openInWorkspace(url)],
    ];
  });
});
