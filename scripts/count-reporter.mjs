// Prints the closing "N passed, N failed" line CI reads, per browser and in total, and names
// browsers that were not available.
export function countReporter(missing = []) {
  return {
    onTestRunFinished({ sessions }) {
      const per = new Map();
      const walk = (suite, counts) => {
        for (const t of suite?.tests ?? []) {
          if (t.skipped) counts.skipped++;
          else if (t.passed) counts.passed++;
          else counts.failed++;
        }
        for (const s of suite?.suites ?? []) walk(s, counts);
      };
      for (const session of sessions) {
        const name = session.browser.name;
        const counts = per.get(name) ?? { passed: 0, failed: 0, skipped: 0, errors: 0 };
        walk(session.testResults, counts);
        if (!session.passed && session.errors?.length) counts.errors += session.errors.length;
        per.set(name, counts);
      }
      let passed = 0;
      let failed = 0;
      let skipped = 0;
      console.log('');
      for (const [name, c] of per) {
        console.log(`${name}: ${c.passed} passed, ${c.failed} failed${c.skipped ? `, ${c.skipped} skipped` : ''}${c.errors ? `, ${c.errors} file errors` : ''}`);
        passed += c.passed;
        failed += c.failed + c.errors;
        skipped += c.skipped;
      }
      for (const m of missing) console.log(`not run (browser missing): ${m}`);
      console.log(`${passed} passed, ${failed} failed${skipped ? `, ${skipped} skipped` : ''}`);
    },
  };
}
