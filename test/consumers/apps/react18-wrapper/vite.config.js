import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';

// npm hoists React 19 (apps/react19's) to test/consumers/node_modules and nests this app's React
// 18 under apps/react18-wrapper/node_modules; status-widgets is hoisted too, so its `react`
// import would find React 19. `dedupe` resolves every `react` and `react-dom` import, the
// package's included, from this app's folder: one React, 18. run.mjs checks the bundle.
// Two pages: index.html (the wrappers) and bare.html (a bare tag, which React 18 cannot feed).
export default defineConfig({
  plugins: [react()],
  resolve: { dedupe: ['react', 'react-dom'] },
  build: { rollupOptions: { input: ['index.html', 'bare.html'] } },
});
