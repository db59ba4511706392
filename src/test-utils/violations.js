// Records Content-Security-Policy violations of the page into window.__violations (a classic
// script file, so that it runs under a policy without 'unsafe-inline', before the page's body).
window.__violations = [];
document.addEventListener('securitypolicyviolation', (e) => window.__violations.push(`${e.violatedDirective} ${e.blockedURI || e.sample}`));
