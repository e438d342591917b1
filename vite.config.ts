// `npm start`: serves demo/ with the example feeds, plus /feeds/live.json, a feed that changes
// while you watch (see demo/live-feed.ts).
import { readFileSync } from 'node:fs';
import { defineConfig, type Plugin } from 'vite';
import { liveFeed } from './demo/live-feed.js';

function liveFeedPlugin(): Plugin {
  const page = JSON.parse(readFileSync('demo/feeds/all.json', 'utf8')).page;
  return {
    name: 'status-widgets-live-feed',
    configureServer(server) {
      server.middlewares.use('/feeds/live.json', (_req, res) => {
        res.setHeader('content-type', 'application/json');
        res.setHeader('cache-control', 'no-store');
        res.end(JSON.stringify(liveFeed(Date.now(), page), null, 2));
      });
    },
  };
}

export default defineConfig({
  root: 'demo',
  server: { port: 5173, fs: { allow: ['..'] } },
  plugins: [liveFeedPlugin()],
});
