/**
 * For the tests of the CDN files (test/browser/cdn*.test.ts), which read dist/cdn/ as
 * `npm run build` writes it: a test skips, saying why, when a file has not been built (CI builds
 * before it tests).
 */

/** Whether every one of `urls` is served (built). */
export async function built(...urls: string[]): Promise<boolean> {
  for (const url of urls) {
    if (!(await fetch(url, { method: 'HEAD', cache: 'no-store' })).ok) return false;
  }
  return true;
}

/** Skips the test (with the reason in the log) when a CDN file has not been built. */
export async function requireBuilt(context: Mocha.Context, ...urls: string[]): Promise<void> {
  if (await built(...urls)) return;
  console.warn(`${urls.join(' or ')} is not built: run npm run build (CI does)`);
  context.skip();
}
