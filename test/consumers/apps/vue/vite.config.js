import { defineConfig } from 'vite';
import vue from '@vitejs/plugin-vue';

// The three tags by name: a wider test (any tag with a dash) would also hide typos and other
// libraries' elements from Vue's "failed to resolve component" warning.
const STATUS_TAGS = new Set(['status-banner', 'maintenance-notice', 'incident-timeline']);

export default defineConfig({
  plugins: [vue({ template: { compilerOptions: { isCustomElement: (tag) => STATUS_TAGS.has(tag) } } })],
});
