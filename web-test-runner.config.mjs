import { esbuildPlugin } from '@web/dev-server-esbuild';
import { chromiumArgs, chromiumPath } from './test/support/chromium.mjs';
import { chromeLauncher } from '@web/test-runner-chrome';
import { fixturesPlugin } from './test/support/wtr-fixtures-plugin.mjs';
import { umdDefaultExportPlugin } from './test/support/wtr-umd-plugin.mjs';

export default {
  files: ['packages/*/src/**/*.test.ts'],
  nodeResolve: { exportConditions: ['browser', 'development'] },
  concurrency: 1,
  // The fuzz files take about a minute each here; a slower machine must not cut them off at the default 2 minutes.
  testsFinishTimeout: 300_000,
  // OpenSeadragon logs every tile it drops when an image is replaced; the flood would push real errors out of CI's view.
  filterBrowserLogs: ({ args }) => !(typeof args[0] === 'string' && args[0].startsWith('Ignoring tile')),
  testFramework: { config: { timeout: 20000 } },
  browsers: [
    chromeLauncher({
      launchOptions: { executablePath: chromiumPath, args: ['--headless=new', ...chromiumArgs] },
    }),
  ],
  plugins: [
    esbuildPlugin({ ts: true, target: 'es2022', tsconfig: 'tsconfig.base.json' }),
    umdDefaultExportPlugin(),
    fixturesPlugin(),
  ],
};
