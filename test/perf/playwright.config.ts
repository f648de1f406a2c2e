import { defineConfig } from '@playwright/test';
import { chromiumArgs, chromiumPath } from '../support/chromium.mjs';

const port = 5175;

/** Feature benchmarks (`pnpm bench:features`): each prints its figures and asserts only that the work was done. */
export default defineConfig({
  testDir: '.',
  testMatch: '*.perf.ts',
  outputDir: '../results/perf',
  timeout: 300_000,
  workers: 1,
  reporter: [['list']],
  use: {
    baseURL: `http://127.0.0.1:${port}`,
    viewport: { width: 1280, height: 800 },
    launchOptions: { executablePath: chromiumPath, args: chromiumArgs },
  },
  webServer: {
    command: `pnpm exec vite --config demo/vite.config.ts --port ${port} --strictPort`,
    cwd: '../..',
    url: `http://127.0.0.1:${port}/fixtures/index.json`,
    reuseExistingServer: false,
    timeout: 60_000,
  },
});
