// `npm start`: serves demo/ with the example feeds, plus /feeds/live.json, a feed that changes
// while you watch (see demo/live-feed.ts), and /feeds/history.json, four months of history that
// always end yesterday (see demo/history-feed.ts).
import { readFileSync } from 'node:fs';
import { defineConfig, type Plugin } from 'vite';
import { liveFeed } from './demo/live-feed.js';
import { historyFeed } from './demo/history-feed.js';

/** Feeds made at each request: path → document. */
function liveFeedPlugin(): Plugin {
  const all = JSON.parse(readFileSync('demo/feeds/all.json', 'utf8'));
  const feeds: Record<string, () => unknown> = {
    '/feeds/live.json': () => liveFeed(Date.now(), all.page),
    '/feeds/history.json': () => historyFeed(Date.now(), all),
  };
  return {
    name: 'status-widgets-live-feed',
    configureServer(server) {
      for (const [path, feed] of Object.entries(feeds)) {
        server.middlewares.use(path, (_req, res) => {
          res.setHeader('content-type', 'application/json');
          res.setHeader('cache-control', 'no-store');
          res.end(JSON.stringify(feed(), null, 2));
        });
      }
    },
  };
}

export default defineConfig({
  root: 'demo',
  server: { port: 5173, fs: { allow: ['..'] } },
  plugins: [liveFeedPlugin()],
});
