// The define module loaded after React's first render (a lazy route, a late script): React 19
// sees an undefined element and sets `feed` as an attribute, "[object Object]". The element
// warns once, with the fix, when it is defined; from the next render on React sees a defined
// element and sets `feed` as a property.
import { useEffect, useState } from 'react';
import { createRoot } from 'react-dom/client';
import { first, later } from './feeds.js';

const seen = (window.consumerEvents = []);

function Late() {
  const [doc, setDoc] = useState(first);
  useEffect(() => {
    import('status-widgets/status-banner/define').then(() => {
      seen.push({ element: 'late', type: 'defined' });
      setDoc(later);
    });
  }, []);
  return (
    <status-banner
      id="late"
      feed={doc}
      onstatus-change={(event) =>
        seen.push({ element: 'late', type: event.type, title: event.detail?.item?.title })
      }
    />
  );
}

createRoot(document.getElementById('root')).render(<Late />);
