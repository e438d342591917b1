// Custom Elements Manifest: generated from JSDoc (@fires, @csspart, @cssprop, @attr) in src/.
export default {
  globs: ['src/**/*.ts'],
  exclude: ['src/cli/**', 'src/**/*.test.ts'],
  outdir: 'dist',
  litelement: true,
  dependencies: false,
};
