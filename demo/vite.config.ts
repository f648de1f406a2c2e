import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';
import { viteFixtures } from '../test/fixtures/vite-plugin.mjs';

const repoRoot = fileURLToPath(new URL('..', import.meta.url));
const demoRoot = fileURLToPath(new URL('.', import.meta.url));

export default defineConfig({
  root: demoRoot,
  plugins: [viteFixtures()],
  server: {
    host: '127.0.0.1',
    port: 5173,
    strictPort: true,
    fs: { allow: [repoRoot] },
  },
  preview: { host: '127.0.0.1', port: 5173, strictPort: true },
  build: {
    target: 'es2022',
    outDir: fileURLToPath(new URL('./dist', import.meta.url)),
    emptyOutDir: true,
    rollupOptions: { input: { main: `${demoRoot}index.html`, workspace: `${demoRoot}workspace.html` } },
  },
});
