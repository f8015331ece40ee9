// Loaded first by the strict-policy pages: keeps every Content-Security-Policy violation the
// page raises, for the test to read (window.cspViolations). A violation is fired at the
// element (composed, so it leaves shadow roots) or, for one not yet in the page, at the
// document; both reach a capturing listener on the document.
window.cspViolations = [];
document.addEventListener(
  'securitypolicyviolation',
  (event) => {
    window.cspViolations.push({
      directive: event.effectiveDirective || event.violatedDirective,
      blocked: event.blockedURI,
      sample: event.sample,
      source: `${event.sourceFile}:${event.lineNumber}`,
    });
  },
  true,
);
