// status-widgets/react on a server: importing it in Node registers the five tags without a
// DOM, react-dom/server renders each wrapper as its tag (with React's HTML attributes; the
// element's properties and listeners are set in the browser when React hydrates it), and the
// wrappers' props are typed (test/types/react-wrappers, type-checked with React 19's types).
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { promisify } from 'node:util';
import { createElement, type ReactElement } from 'react';
import { renderToString } from 'react-dom/server';
import { StatusBanner as StatusBannerElement } from '../../src/elements/status-banner/status-banner.js';
import { MaintenanceNotice as MaintenanceNoticeElement } from '../../src/elements/maintenance-notice/maintenance-notice.js';
import { IncidentTimeline as IncidentTimelineElement } from '../../src/elements/incident-timeline/incident-timeline.js';
import { StatusIndicator as StatusIndicatorElement } from '../../src/elements/status-indicator/status-indicator.js';
import { ComponentStatusElement } from '../../src/elements/component-status/component-status.js';

const run = promisify(execFile);
const doc = { version: 1, page: { name: 'Example' } } as const;

/** `renderToString(element)`, failing on anything React reports (warnings included). */
function render(element: ReactElement): string {
  const reported: unknown[][] = [];
  const { error, warn } = console;
  console.error = (...args: unknown[]) => void reported.push(args);
  console.warn = (...args: unknown[]) => void reported.push(args);
  try {
    return renderToString(element);
  } finally {
    console.error = error;
    console.warn = warn;
    assert.deepEqual(reported, [], 'React reported nothing while rendering');
  }
}

describe('status-widgets/react', () => {
  it('imports in Node without a DOM, and registers the five tags', async () => {
    assert.equal(typeof (globalThis as { document?: unknown }).document, 'undefined');
    const react = await import('../../src/react/index.js');
    assert.deepEqual(Object.keys(react).sort(), [
      'ComponentStatus',
      'IncidentTimeline',
      'MaintenanceNotice',
      'StatusBanner',
      'StatusIndicator',
    ]);
    assert.equal(customElements.get('status-banner'), StatusBannerElement);
    assert.equal(customElements.get('maintenance-notice'), MaintenanceNoticeElement);
    assert.equal(customElements.get('incident-timeline'), IncidentTimelineElement);
    assert.equal(customElements.get('status-indicator'), StatusIndicatorElement);
    assert.equal(customElements.get('component-status'), ComponentStatusElement);
    assert.equal(react.StatusBanner.displayName, 'StatusBanner');
  });

  it('server-renders each wrapper as its tag, with the HTML attributes React renders', async () => {
    const { StatusBanner, MaintenanceNotice, IncidentTimeline } = await import('../../src/react/index.js');
    const banner = render(
      createElement(StatusBanner, {
        feed: doc,
        theme: 'dark',
        showOperational: true,
        className: 'top',
        id: 'status',
        onStatusChange: () => {},
        onStatusDismiss: () => {},
      }),
    );
    assert.equal(banner, '<status-banner class="top" id="status"></status-banner>');
    assert.equal(
      render(createElement(MaintenanceNotice, { src: '/status.json', 'aria-label': 'Maintenance' })),
      '<maintenance-notice aria-label="Maintenance"></maintenance-notice>',
    );
    assert.equal(
      render(
        createElement('main', null, createElement(IncidentTimeline, { feed: JSON.stringify(doc), days: 7 })),
      ),
      '<main><incident-timeline></incident-timeline></main>',
    );
    const { StatusIndicator } = await import('../../src/react/index.js');
    assert.equal(
      render(createElement(StatusIndicator, { feed: doc, variant: 'dot', className: 'nav-status' })),
      '<status-indicator class="nav-status"></status-indicator>',
    );
  });

  it('calls createElement on the React object at render time, so @lit-labs/ssr-react can patch it', async () => {
    // What `@lit-labs/ssr-react/enable-lit-ssr.js` does on a server: replace `createElement` on
    // React's module.exports and set `litSsrReactEnabled`, after which a wrapper hands its
    // element properties over as `_$litProps$` for Lit SSR to render the shadow root from. Node's
    // ES module namespace of React keeps the original function, which would ignore the patch.
    const reactObject = createRequire(import.meta.url)('react') as { createElement: typeof createElement };
    const original = reactObject.createElement;
    const handedOver: [unknown, unknown][] = [];
    const flag = globalThis as { litSsrReactEnabled?: boolean };
    reactObject.createElement = function litPatchedCreateElement(
      type: string,
      props: Record<string, unknown> | null,
      ...children: unknown[]
    ) {
      const { _$litProps$: litProps, ...rest } = props ?? {};
      handedOver.push([type, litProps]);
      return (original as (...args: unknown[]) => ReactElement)(type, rest, ...children);
    } as typeof createElement;
    flag.litSsrReactEnabled = true;
    try {
      const { StatusBanner } = await import('../../src/react/index.js');
      const onStatusChange = () => {};
      assert.equal(
        render(createElement(StatusBanner, { feed: doc, showOperational: true, id: 'b', onStatusChange })),
        '<status-banner id="b"></status-banner>',
      );
      assert.deepEqual(handedOver, [['status-banner', { feed: doc, showOperational: true, onStatusChange }]]);
    } finally {
      reactObject.createElement = original;
      delete flag.litSsrReactEnabled;
    }
  });

  it('is importable from the build, as status-widgets/react (when dist/ is built)', async (t) => {
    if (!existsSync('dist/react/index.js')) {
      t.skip('dist/ is not built: run `npm run build` to import the built module too');
      return;
    }
    const script = `
      const { createElement } = await import('react');
      const { renderToString } = await import('react-dom/server');
      const { StatusBanner } = await import('status-widgets/react');
      process.stdout.write(renderToString(createElement(StatusBanner, { feed: { version: 1 }, id: 'b' })));`;
    const { stdout } = await run(process.execPath, ['--input-type=module', '--eval', script]);
    assert.equal(stdout, '<status-banner id="b"></status-banner>');
  });

  it('types its props: test/types/react-wrappers type-checks, its wrong props errors', async () => {
    const tsc = createRequire(import.meta.url).resolve('typescript/bin/tsc');
    try {
      await run(process.execPath, [tsc, '-p', 'test/types/react-wrappers/tsconfig.json', '--noEmit']);
    } catch (error) {
      const { stdout, message } = error as { stdout?: string; message: string };
      assert.fail(`tsc -p test/types/react-wrappers/tsconfig.json:\n${stdout || message}`);
    }
  });
});
