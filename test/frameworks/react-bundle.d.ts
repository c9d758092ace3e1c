// Served by the test server: React and react-dom/client bundled to ESM (web-test-runner.config.mjs).
export {default as React} from 'react';
export {default as ReactDOMClient} from 'react-dom/client';
