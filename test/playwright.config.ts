import { defineConfig } from '@playwright/test';
import { chromiumArgs, chromiumPath } from './support/chromium.mjs';

const port = 5174;

export default defineConfig({
  testDir: './e2e',
  outputDir: './results',
  timeout: 60_000,
  workers: 1,
  reporter: [['list']],
  use: {
    baseURL: `http://127.0.0.1:${port}`,
    launchOptions: { executablePath: chromiumPath, args: chromiumArgs },
  },
  webServer: {
    command: `pnpm exec vite --config demo/vite.config.ts --port ${port} --strictPort`,
    cwd: '..',
    url: `http://127.0.0.1:${port}/fixtures/index.json`,
    reuseExistingServer: false,
    timeout: 60_000,
  },
});
