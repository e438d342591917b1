// First: patches React.createElement so that a Lit element (here, each wrapper's tag) renders
// with its shadow root, from the properties the wrapper hands over.
import '@lit-labs/ssr-react/enable-lit-ssr.js';
import { StrictMode } from 'react';
import { renderToString } from 'react-dom/server';
import { App } from './App.jsx';

export { makeFeed } from './feed.js';

export function render(feed) {
  return renderToString(
    <StrictMode>
      <App feed={feed} />
    </StrictMode>,
  );
}
