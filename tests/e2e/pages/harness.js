// The first script on every test page here (external, so a strict CSP allows it). From the start it
// records what went wrong, for the tests to read from `window.pageReport`:
//   errors      uncaught exceptions and unhandled rejections
//   violations  securitypolicyviolation events (CSP and Trusted Types)
//   warnings    console.warn and console.error calls (still printed)
(() => {
  const report = (window.pageReport = { errors: [], violations: [], warnings: [] });
  addEventListener('error', (e) => {
    // Failed images and scripts fire plain Events here; only ErrorEvents are exceptions.
    if (e instanceof ErrorEvent) report.errors.push(`${e.message} (${e.filename}:${e.lineno})`);
  });
  addEventListener('unhandledrejection', (e) =>
    report.errors.push(`unhandled rejection: ${e.reason?.stack ?? e.reason}`),
  );
  // Violation events bubble and are composed; capture on the document sees them from any tree.
  document.addEventListener(
    'securitypolicyviolation',
    (e) =>
      report.violations.push({
        directive: e.effectiveDirective || e.violatedDirective,
        blocked: e.blockedURI,
        sample: e.sample,
        source: e.sourceFile ? `${e.sourceFile}:${e.lineNumber}:${e.columnNumber}` : '',
        disposition: e.disposition,
      }),
    true,
  );
  for (const level of ['warn', 'error']) {
    const original = console[level];
    console[level] = (...args) => {
      report.warnings.push(args.map(String).join(' '));
      original.apply(console, args);
    };
  }
})();
