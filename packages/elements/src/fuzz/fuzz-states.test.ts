/**
 * Fuzz test, content states and saved workspace states (test/fixtures/fuzz.mjs), opened in <vellum-workspace>
 * (`iiif-content`, `open()`, `importState()`, `persist`, `url-sync`), with the checks of fuzz-harness.ts after every
 * step. See fuzz.test.ts for the rest and for repeating a case.
 */
import { FUZZ_COUNTS, contentStateCase, savedStateCase } from '../../../../test/fixtures/fuzz.mjs';
import type { VellumWorkspace } from '../workspace/workspace.js';
import { describeFuzz, fuzzSettings, itFuzz, mount, settle, WORKSPACE_EVENTS } from './fuzz-harness.js';

const settings = await fuzzSettings();

const PERSIST_KEY = 'vellum-fuzz-state';
const URL_SYNC_LIMIT = 100_000;

/** The errors an API documents: `open()` throws an InputError for input it cannot read, `importState()` a StateError. */
function allowOnly(name: 'InputError' | 'StateError', run: () => void) {
  try {
    run();
  } catch (error) {
    if (!(error instanceof Error && error.name === name)) throw error;
  }
}

async function workspaceWith(attributes: Record<string, string> = {}): Promise<VellumWorkspace> {
  const workspace = mount('vellum-workspace', attributes);
  await workspace.updateComplete;
  return workspace;
}

describeFuzz(`fuzz: content states and saved states (seed ${settings.seed})`, (monitor) => {
  const pageUrl = location.href;
  afterEach(() => {
    localStorage.removeItem(PERSIST_KEY);
    history.replaceState(history.state, '', pageUrl);
  });

  itFuzz(monitor, settings, 'content-state', FUZZ_COUNTS.contentState, (index) => {
    const content = contentStateCase(settings.seed, index, location.origin);
    return [
      [
        'workspace iiif-content',
        async () => {
          const workspace = mount('vellum-workspace', { 'iiif-content': content });
          await settle(workspace, WORKSPACE_EVENTS);
        },
      ],
      [
        'workspace open()',
        async () => {
          const workspace = await workspaceWith();
          allowOnly('InputError', () => workspace.open(content));
          await settle(workspace, WORKSPACE_EVENTS);
        },
      ],
    ];
  });

  itFuzz(monitor, settings, 'saved-state', FUZZ_COUNTS.savedState, (index) => {
    const saved = savedStateCase(settings.seed, index, location.origin);
    return [
      [
        'workspace importState()',
        async () => {
          const workspace = await workspaceWith();
          let imported = false;
          allowOnly('StateError', () => {
            workspace.importState(saved);
            imported = true;
          });
          await settle(workspace, WORKSPACE_EVENTS, 3000);
          // What the workspace writes it must read back.
          if (imported) workspace.importState(workspace.exportState());
        },
      ],
      [
        'workspace persist',
        async () => {
          try {
            localStorage.setItem(PERSIST_KEY, saved);
          } catch {
            return; // the browser's storage cannot hold it, so there is nothing to restore
          }
          await settle(await workspaceWith({ persist: PERSIST_KEY }), WORKSPACE_EVENTS, 3000);
        },
      ],
      [
        'workspace url-sync',
        async () => {
          if (saved.length > URL_SYNC_LIMIT) return;
          history.replaceState(history.state, '', `#${new URLSearchParams({ 'vellum-workspace': saved })}`);
          await settle(await workspaceWith({ 'url-sync': '' }), WORKSPACE_EVENTS, 3000);
        },
      ],
    ];
  });
});
