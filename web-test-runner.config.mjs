import {esbuildPlugin} from '@web/dev-server-esbuild';
import {chromeLauncher} from '@web/test-runner-chrome';

// Debian's Chromium by default; CHROME_PATH points the tests at any other Chrome or Chromium.
const executablePath = process.env.CHROME_PATH ?? '/usr/bin/chromium';

export default {
  files: ['test/**/*.test.ts', 'test/**/*.test.html'],
  nodeResolve: true,
  plugins: [esbuildPlugin({ts: true, tsconfig: './tsconfig.json'})],
  browsers: [
    chromeLauncher({
      launchOptions: {
        executablePath,
        headless: true,
        args: [
          '--no-sandbox',
          '--disable-gpu',
          '--disable-quic',
          '--no-first-run',
          '--disable-background-networking',
          '--disable-component-update',
          '--disable-sync',
        ],
      },
    }),
  ],
  filterBrowserLogs: ({args}) => !String(args[0]).includes('Lit is in dev mode'),
  testFramework: {config: {timeout: 5000}},
};
