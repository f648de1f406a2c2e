/**
 * Fuzz test, info.json documents: each case's fuzzed image service (test/fixtures/fuzz.mjs) behind a sound one-canvas
 * manifest, opened in <vellum-viewer> (deep zoom and the medium view, with every panel) and in <vellum-workspace>,
 * with the checks of fuzz-harness.ts after every step. See fuzz.test.ts for the rest and for repeating a case.
 */
import { FUZZ_COUNTS, infoCase } from '../../../../test/fixtures/fuzz.mjs';
import { describeFuzz, fuzzSettings, itFuzz, openInViewer, openInWorkspace } from './fuzz-harness.js';

const settings = await fuzzSettings();

describeFuzz(`fuzz: info.json (seed ${settings.seed})`, (monitor) => {
  itFuzz(monitor, settings, 'info', FUZZ_COUNTS.info, (index) => {
    const { url } = infoCase(settings.seed, index, location.origin);
    return [
      ['viewer view=detail', () => openInViewer({ manifest: url, view: 'detail' })],
      ['viewer view=medium', () => openInViewer({ manifest: url, view: 'medium' })],
      ['workspace open(URL)', () => openInWorkspace(url)],
    ];
  });
});
