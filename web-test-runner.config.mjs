import { esbuildPlugin } from '@web/dev-server-esbuild';
import { chromiumArgs, chromiumPath } from './test/support/chromium.mjs';
import { chromeLauncher } from '@web/test-runner-chrome';
import { fixturesPlugin } from './test/support/wtr-fixtures-plugin.mjs';
import { umdDefaultExportPlugin } from './test/support/wtr-umd-plugin.mjs';

export default {
  files: ['packages/*/src/**/*.test.ts'],
  nodeResolve: { exportConditions: ['browser', 'development'] },
  concurrency: 1,
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
