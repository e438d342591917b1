/**
 * The feeds the site reads: the example feeds of demo/feeds/ as ./feeds/NAME.json (served by
 * the dev server, copied into the build), and under `npm start` also /feeds/live.json and
 * /feeds/history.json, made at each request from demo/live-feed.ts and demo/history-feed.ts.
 * The site's own examples compute those two in the browser (site/client/feeds.ts), since a
 * static host has no such endpoint.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Plugin } from 'vite';
import { historyFeed } from '../../demo/history-feed.js';
import { liveFeed } from '../../demo/live-feed.js';

export function siteFeeds(feedsDir: string): Plugin {
  const files = () => readdirSync(feedsDir).filter((name) => name.endsWith('.json'));
  return {
    name: 'status-widgets-site-feeds',
    configureServer(server) {
      const all = JSON.parse(readFileSync(resolve(feedsDir, 'all.json'), 'utf8'));
      const made: Record<string, () => unknown> = {
        'live.json': () => liveFeed(Date.now(), all.page),
        'history.json': () => historyFeed(Date.now(), all),
      };
      server.middlewares.use('/feeds', (req, res, next) => {
        const name = (req.url ?? '').replace(/^\//, '').replace(/\?.*$/, '');
        const body = made[name]
          ? JSON.stringify(made[name](), null, 2)
          : files().includes(name)
            ? readFileSync(resolve(feedsDir, name), 'utf8')
            : undefined;
        if (body === undefined) return next();
        res.setHeader('content-type', 'application/json');
        res.setHeader('cache-control', 'no-store');
        res.end(body);
      });
    },
    generateBundle() {
      for (const name of files())
        this.emitFile({
          type: 'asset',
          fileName: `feeds/${name}`,
          source: readFileSync(resolve(feedsDir, name)),
        });
    },
  };
}
