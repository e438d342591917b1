import { useEffect, useLayoutEffect, useRef, useState } from 'react';
import { first, later } from './feeds.js';

// What each recipe's handler saw, in order, with the moments its listener was attached, for
// run.mjs to read. The first `status-change` fires right after the element's first render, a
// microtask after React inserts it; a second one when the app then adds a critical incident.
const seen = (window.consumerEvents = []);

const recorder = (element) => (event) =>
  seen.push({ element, type: event.type, title: event.detail?.item?.title });
const attached = (element) => seen.push({ element, type: 'listener-attached' });

// React 19: a property the element has is set as a property, and `on` + the event's own name
// listens to that custom event. Both are in place before React inserts the element.
function OnProp({ doc }) {
  return <status-banner id="on-prop" feed={doc} onstatus-change={recorder('on-prop')} />;
}

// The recipe from older React versions: passive effects run after the browser has had a turn,
// later than the element's first render.
function WithUseEffect({ doc }) {
  const ref = useRef(null);
  useEffect(() => {
    const element = ref.current;
    const onChange = recorder('use-effect');
    element.addEventListener('status-change', onChange);
    attached('use-effect');
    return () => element.removeEventListener('status-change', onChange);
  }, []);
  return <status-banner id="use-effect" ref={ref} feed={doc} />;
}

// Layout effects run in the same task as React's commit, before any microtask.
function WithUseLayoutEffect({ doc }) {
  const ref = useRef(null);
  useLayoutEffect(() => {
    const element = ref.current;
    const onChange = recorder('use-layout-effect');
    element.addEventListener('status-change', onChange);
    attached('use-layout-effect');
    return () => element.removeEventListener('status-change', onChange);
  }, []);
  return <status-banner id="use-layout-effect" ref={ref} feed={doc} />;
}

// A ref callback (React 19 calls the function it returns on unmount) also runs in the commit.
const onRefChange = recorder('ref-callback');
function refCallback(element) {
  element.addEventListener('status-change', onRefChange);
  attached('ref-callback');
  return () => element.removeEventListener('status-change', onRefChange);
}
function WithRefCallback({ doc }) {
  return <status-banner id="ref-callback" ref={refCallback} feed={doc} />;
}

// The useEffect recipe again, on a banner that a click mounts: React flushes the passive effects
// of a render caused by a discrete event (a click, a key press) at the end of its commit.
function WithUseEffectAfterClick({ doc }) {
  const [shown, setShown] = useState(false);
  const ref = useRef(null);
  useEffect(() => {
    if (!shown) return undefined;
    const element = ref.current;
    const onChange = recorder('use-effect-after-click');
    element.addEventListener('status-change', onChange);
    attached('use-effect-after-click');
    return () => element.removeEventListener('status-change', onChange);
  }, [shown]);
  return shown ? (
    <status-banner id="use-effect-after-click" ref={ref} feed={doc} />
  ) : (
    <button id="show" type="button" onClick={() => setShown(true)}>
      Show the banner
    </button>
  );
}

export function App() {
  const [doc, setDoc] = useState(first);
  useEffect(() => {
    const timer = setTimeout(() => setDoc(later), 100);
    return () => clearTimeout(timer);
  }, []);
  return (
    <>
      <OnProp doc={doc} />
      <WithUseEffect doc={doc} />
      <WithUseLayoutEffect doc={doc} />
      <WithRefCallback doc={doc} />
      <WithUseEffectAfterClick doc={first} />
    </>
  );
}
