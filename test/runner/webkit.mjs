// WebKit for web-test-runner: MiniBrowser driven by WebKitWebDriver (which the launcher starts,
// on a free port) under Xvfb (started when DISPLAY is unset, shared by all WebKit drivers).
import { createServer } from 'node:net';
import { WebdriverLauncher } from '@web/test-runner-webdriver';
import { MINIBROWSER_PATH, WEBKIT_DRIVER_PATH, XVFB_PATH } from '../../scripts/ensure-browsers.mjs';
import { spawnOwned, stopOwned } from './processes.mjs';

/** @type {Promise<{ display: string, stop: () => Promise<void> }> | undefined} */
let xvfbPromise;
let displayUsers = 0;

/**
 * The X display for MiniBrowser: $DISPLAY, or an Xvfb shared by all WebKit drivers, started with
 * the first and stopped with the last. Call the returned release() when done with it.
 */
async function acquireDisplay() {
  if (process.env.DISPLAY) return { display: process.env.DISPLAY, release: async () => {} };
  displayUsers++;
  xvfbPromise ??= startXvfb();
  const release = async () => {
    if (--displayUsers > 0) return;
    const xvfb = xvfbPromise;
    xvfbPromise = undefined;
    await (await xvfb?.catch(() => undefined))?.stop();
  };
  try {
    return { display: (await xvfbPromise).display, release };
  } catch (error) {
    await release();
    throw error;
  }
}

async function startXvfb() {
  // -displayfd 3: Xvfb picks a free display number and writes it to fd 3 once it accepts clients.
  const xvfb = spawnOwned(
    XVFB_PATH,
    ['-displayfd', '3', '-screen', '0', '1280x1024x24', '-nolisten', 'tcp'],
    {
      stdio: ['ignore', 'ignore', 'pipe', 'pipe'],
    },
  );
  const fd3 = /** @type {import('node:stream').Readable} */ (xvfb.stdio[3]);
  fd3.setEncoding('utf8');
  let text = '';
  const display = await new Promise((resolve, reject) => {
    const timer = setTimeout(() => fail(new Error('Xvfb did not report a display within 10 s')), 10_000);
    const onExit = (code) => fail(new Error(`Xvfb exited early (code ${code})`));
    function fail(error) {
      clearTimeout(timer);
      stopOwned(xvfb);
      reject(new Error(`${error.message}\n${xvfb.outputTail}`));
    }
    fd3.on('data', (chunk) => {
      text += chunk;
      if (!text.includes('\n')) return;
      clearTimeout(timer);
      xvfb.off('error', fail).off('exit', onExit);
      resolve(`:${text.trim()}`);
    });
    xvfb.once('error', fail);
    xvfb.once('exit', onExit);
  });
  fd3.destroy();
  return { display, stop: () => stopOwned(xvfb) };
}

function freePort() {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.unref();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = /** @type {import('node:net').AddressInfo} */ (server.address());
      server.close(() => resolve(port));
    });
  });
}

/**
 * Starts a WebKitWebDriver whose MiniBrowser sessions see the given environment (TZ in
 * particular), and waits until it answers /status.
 * @returns {Promise<{ port: number, stop: () => Promise<void> }>}
 */
async function startWebKitDriver(env) {
  const { display, release } = await acquireDisplay();
  // The port comes from the kernel and is handed over; a clash in between is possible but
  // unlikely, so one retry covers it.
  for (let attempt = 1; ; attempt++) {
    const port = await freePort();
    const driver = spawnOwned(WEBKIT_DRIVER_PATH, [`--port=${port}`, '--host=local'], {
      stdio: ['ignore', 'pipe', 'pipe'],
      env: { ...env, DISPLAY: display },
    });
    try {
      await waitForDriver(driver, port);
      return { port, stop: () => stopOwned(driver).then(release) };
    } catch (error) {
      await stopOwned(driver);
      if (attempt >= 2) {
        await release();
        throw error;
      }
    }
  }
}

async function waitForDriver(driver, port) {
  const deadline = Date.now() + 10_000;
  while (Date.now() < deadline) {
    if (driver.exitCode !== null || driver.signalCode !== null) {
      throw new Error(`WebKitWebDriver exited early:\n${driver.outputTail}`);
    }
    try {
      const response = await fetch(`http://127.0.0.1:${port}/status`, { signal: AbortSignal.timeout(1000) });
      if (response.ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error(`WebKitWebDriver did not answer on port ${port} within 10 s:\n${driver.outputTail}`);
}

/**
 * web-test-runner's WebDriver launcher, pointed at a WebKitWebDriver that it starts itself when
 * the first WebKit session starts and stops when WebKit is done.
 */
export class WebKitLauncher extends WebdriverLauncher {
  /** @type {Promise<{ port: number, stop: () => Promise<void> }> | undefined} */
  #driver;
  #env;

  constructor(env) {
    super({
      hostname: '127.0.0.1',
      port: 0, // set once the driver is running
      logLevel: 'error',
      capabilities: {
        browserName: 'MiniBrowser',
        // webdriverio 9 asks for WebDriver BiDi by default, which WebKitWebDriver refuses
        // ("Failed to match capabilities").
        'wdio:enforceWebDriverClassic': true,
        'webkitgtk:browserOptions': { binary: MINIBROWSER_PATH, args: ['--automation'] },
      },
    });
    this.#env = env;
  }

  async initialize(config, testFiles) {
    await super.initialize(config, testFiles);
    this.name = 'WebKit'; // instead of the capability label "MiniBrowser"
  }

  async #ensureDriver() {
    this.#driver ??= startWebKitDriver(this.#env);
    this.options.port = (await this.#driver).port;
  }

  async startSession(id, url) {
    await this.#ensureDriver();
    return super.startSession(id, url);
  }

  async startDebugSession(id, url) {
    await this.#ensureDriver();
    return super.startDebugSession(id, url);
  }

  async stop() {
    await super.stop(); // ends the WebDriver session, which closes MiniBrowser
    const driver = this.#driver;
    this.#driver = undefined;
    if (driver) await (await driver.catch(() => undefined))?.stop();
  }
}
