// The Node command line, bundled into one file (dependencies stay external).
import { defineConfig } from 'vite';

export default defineConfig({
  build: {
    outDir: 'dist/cli',
    emptyOutDir: true,
    target: 'node20',
    minify: false,
    ssr: 'src/cli/bin.ts',
    rolldownOptions: { output: { entryFileNames: 'status-widgets.js' } },
  },
});
