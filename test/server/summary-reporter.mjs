// A web-test-runner reporter that ends the run with one line summed over every engine:
//   browser tests: 495 passed, 0 failed, 0 skipped (chromium, firefox, webkit)
// .ci/run reads that line. A test file that fails to load (no test results at all, or an error
// outside any test) counts as one failed test, so a broken file can never pass silently.

function count(suite, totals) {
  for (const test of suite?.tests ?? []) {
    if (test.skipped) totals.skipped++;
    else if (test.passed) totals.passed++;
    else totals.failed++;
  }
  for (const child of suite?.suites ?? []) count(child, totals);
}

export function summaryReporter() {
  let browserNames = [];
  return {
    start({ browserNames: names }) {
      browserNames = names;
    },
    stop({ sessions }) {
      const totals = { passed: 0, failed: 0, skipped: 0 };
      for (const session of sessions) {
        const before = totals.failed;
        count(session.testResults, totals);
        const fileErrors = (session.errors?.length ?? 0) > 0 || session.status !== 'FINISHED';
        if (fileErrors && totals.failed === before) totals.failed++;
        else if (!session.passed && totals.failed === before) totals.failed++;
      }
      const engines = browserNames.map((name) => name.toLowerCase()).join(', ');
      console.log(
        `browser tests: ${totals.passed} passed, ${totals.failed} failed, ${totals.skipped} skipped (${engines})`,
      );
    },
  };
}
