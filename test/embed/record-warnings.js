// Loaded as a classic script before any dn-widgets script: every console
// warning from here on, in window.dnWarnings, for the test to read.
(() => {
  window.dnWarnings = [];
  const warn = console.warn;
  console.warn = (...args) => {
    window.dnWarnings.push(args.join(' '));
    warn(...args);
  };
})();
