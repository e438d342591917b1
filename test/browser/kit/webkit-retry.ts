/**
 * WebKit (MiniBrowser over WebDriver) now and then stalls one test for its whole timeout in a
 * full three-engine run on a 2-core machine — a different test each time, never when WebKit
 * runs alone and never in another engine, with one engine at a time as with two. Until its cause
 * is found, a test in a file that imports this module (the element tests, through elements.ts,
 * and the client tests that poll over real HTTP) gets one more try there, and only there; every
 * assertion still has to hold on that try.
 */
const webkit = /AppleWebKit/.test(navigator.userAgent) && !/Chrome/.test(navigator.userAgent);

if (webkit) {
  beforeEach(function () {
    this.currentTest?.retries(1);
  });
}
