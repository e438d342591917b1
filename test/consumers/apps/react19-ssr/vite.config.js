import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';

// Three builds, run by build.mjs: the browser bundle (production), the same in development (React's
// hydration diffs, including attributes, are reported only there) and the server entry.
export default defineConfig({
  plugins: [react()],
});
