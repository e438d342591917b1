// CDN build: one self-contained, minified file per format under dist/cdn/ — an ES module
// (`status-widgets.js`) and a classic script (`status-widgets.iife.js`, global `StatusWidgets`).
import { fileURLToPath } from 'node:url';
import { defineConfig, type Plugin } from 'vite';

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

export default defineConfig({
  plugins: [guardLitTrustedTypesPolicy()],
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
