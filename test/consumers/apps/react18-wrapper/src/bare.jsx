// A bare <status-banner feed={doc}> on React 18, without the wrapper: React 18 sets only
// attributes on a custom element, so the element gets feed="[object Object]", shows nothing, and
// says so in one console warning that names the wrapper.
import { version } from 'react';
import { createRoot } from 'react-dom/client';
import 'status-widgets/status-banner/define';
import { doc } from './feed.js';

const seen = (window.consumerEvents = [{ element: 'app', type: `react-${version.split('.')[0]}` }]);

createRoot(document.getElementById('root')).render(
  <status-banner
    id="bare"
    feed={doc}
    ref={(element) => {
      if (element) seen.push({ element: 'bare', type: `attribute ${element.getAttribute('feed')}` });
    }}
  />,
);
