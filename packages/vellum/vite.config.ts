import { defineConfig } from 'vite';

/** Builds the drop-in ESM bundle: dist/vellum.js, with lazy chunks beside it. */
export default defineConfig({
  define: { 'process.env.NODE_ENV': JSON.stringify('production') },
  build: {
    target: 'es2022',
    outDir: 'dist',
    emptyOutDir: true,
    minify: true,
    sourcemap: true,
    lib: { entry: 'src/index.ts', formats: ['es'], fileName: () => 'vellum.js' },
  },
});
