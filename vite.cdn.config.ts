// CDN build, minified, under dist/cdn/. Two runs (npm run build:cdn):
// - `vite build -c vite.cdn.config.ts`: ES modules, one per element (`status-banner.js`,
//   `maintenance-notice.js`, `incident-timeline.js`) and the all-in `status-widgets.js`, sharing
//   chunks under `chunks/`; each language but English, the adapters and the calendar export are
//   chunks of their own that load when a page needs them.
// - `--mode classic`: the classic script `status-widgets.iife.js` (global `StatusWidgets`), one
//   self-contained file with every chunk inlined.
import { fileURLToPath } from 'node:url';
import { defineConfig, type Plugin } from 'vite';
import { minifyTemplates } from './scripts/minify-templates.js';

/** lit-html's module, production and development builds (the CDN build bundles Lit). */
const LIT_HTML = /[\\/]lit-html[\\/](development[\\/])?lit-html\.js$/;
const CREATE_POLICY = /\b([\w$]+)\.createPolicy\(/g;
const GUARD = fileURLToPath(new URL('./src/cdn-trusted-types.ts', import.meta.url));

/**
 * Lit creates its Trusted Types policy when its module loads
 * (`trustedTypes.createPolicy('lit-html', …)`, `s.createPolicy("lit-html",…)` minified), which
 * throws into the host page where the page's CSP refuses that policy name, or a second copy of
 * Lit made it first without 'allow-duplicates'. This routes that one call through the guard in
 * src/cdn-trusted-types.ts, which catches the refusal (src/cdn.ts then defines nothing and warns
 * once). The build fails if lit-html no longer has exactly one such call, so a Lit update that
 * moves it is noticed here rather than in a user's page.
 */
export function guardLitTrustedTypesPolicy(): Plugin {
  return {
    name: 'status-widgets:guard-lit-trusted-types-policy',
    transform(code, id) {
      if (!LIT_HTML.test(id)) return null;
      const calls = code.match(CREATE_POLICY) ?? [];
      if (calls.length !== 1) {
        this.error(
          `${id}: expected one trustedTypes.createPolicy call to guard, found ${calls.length}; ` +
            'update guardLitTrustedTypesPolicy in vite.cdn.config.ts',
        );
      }
      const guarded = code.replace(CREATE_POLICY, '__statusWidgetsCreatePolicy($1, ');
      return {
        code: `import { createPolicy as __statusWidgetsCreatePolicy } from ${JSON.stringify(GUARD)};\n${guarded}`,
        map: null,
      };
    },
  };
}

const PARSE_INLINE = fileURLToPath(new URL('./src/feed/parse-inline.ts', import.meta.url));

/** The classic script reads every feed at once: its adapters are inline (src/feed/parse-inline.ts). */
function parseInline(): Plugin {
  return {
    name: 'status-widgets:parse-inline',
    enforce: 'pre',
    resolveId(source, importer) {
      return source.endsWith('/parse-lazily.js') && importer?.includes('/src/') ? PARSE_INLINE : null;
    },
  };
}

/** The ES entries: the all-in file and one per element (src/cdn-elements/). */
const MODULES = {
  'status-widgets': 'src/cdn.ts',
  'status-banner': 'src/cdn-elements/status-banner.ts',
  'maintenance-notice': 'src/cdn-elements/maintenance-notice.ts',
  'incident-timeline': 'src/cdn-elements/incident-timeline.ts',
  'status-indicator': 'src/cdn-elements/status-indicator.ts',
  'component-status': 'src/cdn-elements/component-status.ts',
};

export default defineConfig(({ mode }) => {
  const classic = mode === 'classic';
  return {
    plugins: [minifyTemplates(), guardLitTrustedTypesPolicy(), ...(classic ? [parseInline()] : [])],
    build: {
      outDir: 'dist/cdn',
      // The classic run adds its file beside the modules.
      emptyOutDir: !classic,
      target: 'es2022',
      minify: true,
      // Maps beside the files (they point at src/, which the package ships); the manifest
      // (.vite/manifest.json, not published) tells scripts/size.mjs which chunk loads which.
      sourcemap: true,
      manifest: !classic,
      lib: classic
        ? {
            entry: 'src/cdn-classic.ts',
            name: 'StatusWidgets',
            formats: ['iife'],
            fileName: () => 'status-widgets.iife.js',
          }
        : { entry: MODULES, formats: ['es'], fileName: (_format, name) => `${name}.js` },
      rolldownOptions: {
        output: classic
          ? { minify: true, codeSplitting: false }
          : { minify: true, chunkFileNames: 'chunks/[name]-[hash].js' },
      },
    },
  };
});
