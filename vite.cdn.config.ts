// CDN build: one self-contained, minified file per format under dist/cdn/ — an ES module
// (`status-widgets.js`) and a classic script (`status-widgets.iife.js`, global `StatusWidgets`).
import { defineConfig } from 'vite';

export default defineConfig({
  build: {
    outDir: 'dist/cdn',
    emptyOutDir: true,
    target: 'es2022',
    minify: true,
    lib: {
      entry: 'src/cdn.ts',
      name: 'StatusWidgets',
      formats: ['es', 'iife'],
      fileName: (format) => (format === 'es' ? 'status-widgets.js' : `status-widgets.${format}.js`),
    },
    // One file per format, as the design asks: the calendar export (a dynamic import in the
    // elements, a lazy chunk in npm builds) is inlined here too.
    rolldownOptions: { output: { minify: true, codeSplitting: false } },
  },
});
