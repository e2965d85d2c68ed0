// A classic script, run before anything else on the page: it records what the tests check.
window.__probe = { violations: [], errors: [], warnings: [], submits: [] };
document.addEventListener('securitypolicyviolation', (event) => {
  window.__probe.violations.push(`${event.violatedDirective} ${event.blockedURI} ${event.sourceFile}:${event.lineNumber}`);
});
window.addEventListener('error', (event) => window.__probe.errors.push(`${event.message} ${event.filename}:${event.lineno} ${event.error?.stack ?? ''}`));
window.addEventListener('unhandledrejection', (event) => window.__probe.errors.push(String(event.reason)));
const warn = console.warn.bind(console);
console.warn = (...args) => {
  window.__probe.warnings.push(args.map(String).join(' '));
  warn(...args);
};
(function setUp() {
  // A fixed width, so that measurements compare like with like whatever the page's layout.
  const sheet = new CSSStyleSheet();
  sheet.replaceSync('#wheel { width: 600px; max-width: 100%; }');
  document.adoptedStyleSheets = [sheet];
  const params = new URLSearchParams(location.search);
  if (params.get('dir')) document.documentElement.dir = params.get('dir');
  if (params.get('zoom')) document.documentElement.style.setProperty('zoom', params.get('zoom'));
  if (params.get('css')) {
    const link = document.createElement('link');
    link.rel = 'stylesheet';
    link.href = `${params.get('css')}.css`;
    document.head.append(link);
  }
})();
