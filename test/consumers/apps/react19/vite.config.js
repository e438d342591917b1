import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';

export default defineConfig({
  plugins: [react()],
  // Two pages: index.html (define imported first) and late.html (define loaded after the first render).
  build: { rollupOptions: { input: ['index.html', 'late.html'] } },
});
