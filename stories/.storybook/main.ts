import type { StorybookConfig } from '@storybook/web-components-vite';
import { viteFixtures } from '../../test/fixtures/vite-plugin.mjs';

const config: StorybookConfig = {
  stories: ['../*.stories.ts'],
  framework: { name: '@storybook/web-components-vite', options: {} },
  core: { disableTelemetry: true },
  async viteFinal(viteConfig) {
    viteConfig.plugins = [...(viteConfig.plugins ?? []), viteFixtures()];
    viteConfig.define = { ...viteConfig.define, 'process.env.NODE_ENV': JSON.stringify('production') };
    return viteConfig;
  },
};

export default config;
