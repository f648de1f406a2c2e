import baseConfig from '../../../web-test-runner.config.mjs';

/** Drawer benchmark: `pnpm exec wtr --config packages/engine/bench/wtr.config.mjs` prints its figures in the browser logs. */
export default {
  ...baseConfig,
  files: ['packages/engine/bench/*.bench.ts'],
  testFramework: { config: { timeout: 120000 } },
};
