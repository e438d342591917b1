// Stub of `vue`'s types for test/types/vue: not installed here, so the check runs against
// this instead. As in Vue 3.5, `vue` re-exports @vue/runtime-dom, which re-exports
// @vue/runtime-core, where `GlobalComponents` is declared: an augmentation of `vue`'s
// `GlobalComponents` has to reach it through both `export *`, as it must with the real package.
export * from '@vue/runtime-dom';
