// First: in a browser this loads Lit's hydrate support (before Lit itself), as
// @lit-labs/ssr-react asks; the elements do not need it, and work the same with it.
import '@lit-labs/ssr-react/enable-lit-ssr.js';
import { StrictMode } from 'react';
import { hydrateRoot } from 'react-dom/client';
import { App } from './App.jsx';

// What the handlers saw, for run.mjs to read.
window.consumerEvents = [];

// The feed the server rendered from, so the first render in the browser matches it.
const feed = JSON.parse(document.getElementById('feed').textContent);

hydrateRoot(
  document.getElementById('root'),
  <StrictMode>
    <App feed={feed} />
  </StrictMode>,
);
