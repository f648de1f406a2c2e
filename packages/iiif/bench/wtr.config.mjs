import baseConfig from '../../../web-test-runner.config.mjs';

/** Loading benchmark: `pnpm exec wtr --config packages/iiif/bench/wtr.config.mjs` prints its figures in the browser logs. */
export default {
  ...baseConfig,
  files: ['packages/iiif/bench/*.bench.ts'],
  testFramework: { config: { timeout: 300000 } },
};
