// Child processes the test runner owns (Xvfb, WebKitWebDriver and what they start), and their
// cleanup.
// only when a WebKit test session actually starts. They are stopped (with MiniBrowser and its
// helper processes) when WebKit's sessions are done, and in any case on exit, SIGINT, SIGTERM and
// SIGHUP; they also get SIGTERM from the kernel if this process is killed outright (setpriv
// --pdeathsig). Puppeteer closes Chromium and Firefox on the same signals; after a SIGKILL of the
// runner Chromium still quits (it talks over a pipe that closes), Firefox does not.

import { spawn } from 'node:child_process';
import { once } from 'node:events';
import { readFileSync, readdirSync } from 'node:fs';
import { constants as osConstants } from 'node:os';

/** @type {Set<import('node:child_process').ChildProcess>} */
const children = new Set();
const SETPRIV = '/usr/bin/setpriv';

/**
 * Spawns a helper in its own process group (so it and whatever it starts, e.g. MiniBrowser and
 * its web processes, can be signalled together) that receives SIGTERM if we die first.
 */
export function spawnOwned(command, args, options) {
  const child = spawn(SETPRIV, ['--pdeathsig', 'TERM', '--', command, ...args], {
    ...options,
    detached: true,
  });
  children.add(child);
  child.once('exit', () => children.delete(child));
  // Keep a tail of the output for error messages; reading it also keeps the pipes from filling.
  child.outputTail = '';
  for (const stream of [child.stdout, child.stderr]) {
    stream?.setEncoding('utf8');
    stream?.on('data', (text) => (child.outputTail = (child.outputTail + text).slice(-4000)));
  }
  return child;
}

function signalGroup(child, signal) {
  try {
    process.kill(-child.pid, signal);
  } catch {
    // already gone
  }
}

/** Processes of a process group that are still running (zombies waiting for init don't count). */
function liveGroupMembers(pgid) {
  let count = 0;
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      // /proc/PID/stat: "pid (comm) state ppid pgrp ..."; comm may contain spaces and parentheses.
      const stat = readFileSync(`/proc/${entry}/stat`, 'utf8');
      const [state, , pgrp] = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
      if (Number(pgrp) === pgid && state !== 'Z') count++;
    } catch {
      // the process ended while we looked
    }
  }
  return count;
}

/**
 * Stops one helper and everything it started: SIGTERM to its process group, then SIGKILL for
 * whatever is still running after `graceMs`.
 */
export async function stopOwned(child, graceMs = 3000) {
  const pgid = child.pid;
  if (pgid === undefined) return;
  signalGroup(child, 'SIGTERM');
  const deadline = Date.now() + graceMs;
  while (liveGroupMembers(pgid) > 0 && Date.now() < deadline) {
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  if (liveGroupMembers(pgid) > 0) signalGroup(child, 'SIGKILL');
  if (child.exitCode === null && child.signalCode === null) await once(child, 'exit');
}

function killAllNow() {
  for (const child of children) signalGroup(child, 'SIGTERM');
}

// 'exit' handlers must be synchronous: signalling is, waiting is not needed.
process.on('exit', killAllNow);
// web-test-runner stops gracefully on SIGINT (and exits, which runs killAllNow); this is the
// fallback in case that graceful stop hangs. SIGTERM/SIGHUP would otherwise kill us without
// running 'exit' handlers, or (once puppeteer has registered listeners) not kill us at all.
process.on('SIGINT', () => {
  setTimeout(() => process.exit(130), 5000).unref();
});
for (const signal of ['SIGTERM', 'SIGHUP']) {
  process.on(signal, () => {
    killAllNow();
    process.exit(128 + osConstants.signals[signal]);
  });
}
