// npm build (runs first and empties dist/): ES modules that keep the source's module layout (so consumers tree-shake), with
// lit, zod and @date-fns/tz left as dependencies (and @lit/react and react, which only
// status-widgets/react imports). Declarations come from `tsc -p tsconfig.build.json`.
// `cdn` is src/cdn.ts built like the rest: what `status-widgets/cdn` resolves to outside browsers
// (Node, SSR), where the bundle in dist/cdn/ would throw (its bundled Lit extends HTMLElement).
// Lit's Trusted Types policy is not guarded here (vite.cdn.config.ts does that where Lit is bundled):
// in npm builds Lit is the consumer's own, and the README names the policy its CSP must allow.
import { defineConfig } from 'vite';
import { minifyTemplates } from './scripts/minify-templates.js';

const external = (id: string) => /^(lit|@lit|zod|@date-fns|react)(\/|$)/.test(id) || id.startsWith('node:');

export default defineConfig({
  // The css and html templates' indentation goes (scripts/minify-templates.ts): an app's
  // minifier leaves template text as it is.
  plugins: [minifyTemplates()],
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    target: 'es2022',
    minify: false,
    sourcemap: true,
    lib: {
      entry: {
        index: 'src/index.ts',
        cdn: 'src/cdn.ts',
        'feed/index': 'src/feed/index.ts',
        'elements/status-banner/status-banner': 'src/elements/status-banner/status-banner.ts',
        'elements/status-banner/define': 'src/elements/status-banner/define.ts',
        'elements/maintenance-notice/maintenance-notice':
          'src/elements/maintenance-notice/maintenance-notice.ts',
        'elements/maintenance-notice/define': 'src/elements/maintenance-notice/define.ts',
        'elements/incident-timeline/incident-timeline': 'src/elements/incident-timeline/incident-timeline.ts',
        'elements/incident-timeline/define': 'src/elements/incident-timeline/define.ts',
        'elements/status-indicator/status-indicator': 'src/elements/status-indicator/status-indicator.ts',
        'elements/status-indicator/define': 'src/elements/status-indicator/define.ts',
        'elements/component-status/component-status': 'src/elements/component-status/component-status.ts',
        'elements/component-status/define': 'src/elements/component-status/define.ts',
        'react/index': 'src/react/index.ts',
        'i18n/all-languages': 'src/i18n/all-languages.ts',
      },
      formats: ['es'],
    },
    rolldownOptions: {
      external,
      output: {
        preserveModules: true,
        preserveModulesRoot: 'src',
        entryFileNames: '[name].js',
        // The maps point at src/, which the package ships (package.json "files"), as the
        // declaration maps do: no second copy of every source inside its map.
        sourcemapExcludeSources: true,
      },
    },
  },
});
