// Custom Elements Manifest: generated from JSDoc (@fires, @csspart, @cssprop, @attr) in src/,
// for the files npm run build writes to dist/ (the plugins are in scripts/cem-plugins.mjs).
import { statusWidgetsPlugins } from './scripts/cem-plugins.mjs';

export default {
  // The elements, their define modules, the base class they inherit from and the event classes:
  // what tools need to know about each tag. Styles and helpers are not part of it.
  globs: ['src/elements/*/*.ts'],
  exclude: [
    'src/elements/*/*.styles.ts',
    'src/elements/shared/!(define|events|status-element).ts',
    'src/elements/status-banner/dismissal.ts',
  ],
  outdir: 'dist',
  litelement: true,
  dependencies: false,
  // package.json already names dist/custom-elements.json; never rewrite it (the tests analyze
  // into a temporary directory).
  packagejson: false,
  plugins: statusWidgetsPlugins(),
};
