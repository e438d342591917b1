// The dev-server plugin behind `/__ssr/page.html`: a page server-rendered with Lit SSR from the
// current sources (test/server/ssr-render.ts, run once per test run in a child process, since
// the dev server itself does not load TypeScript) for the server-rendering tests.
import { execFile } from 'node:child_process';
import { promisify } from 'node:util';

const run = promisify(execFile);

export function ssrPagesPlugin() {
  /** @type {Promise<string> | undefined} */
  let page;
  return {
    name: 'ssr-pages',
    async serve(context) {
      if (context.path !== '/__ssr/page.html') return undefined;
      page ??= run(process.execPath, ['--import', 'tsx', 'test/server/ssr-render.ts'], {
        maxBuffer: 8 * 1024 * 1024,
      }).then(({ stdout }) => stdout);
      return { body: await page, type: 'html', headers: { 'cache-control': 'no-store' } };
    },
  };
}
