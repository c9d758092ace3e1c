// A throwaway WordPress site from Debian's packages, for the plugin's
// end-to-end test: a private MariaDB (its own data directory and socket, no
// network), a copy of /usr/share/wordpress with its own wp-config.php, and
// PHP's built-in web server. Nothing is installed as a service and nothing
// outside the temporary directory is written.
import {execFileSync, spawn} from 'node:child_process';
import {cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync} from 'node:fs';
import {createServer} from 'node:net';
import {tmpdir} from 'node:os';
import {join} from 'node:path';
import {randomBytes} from 'node:crypto';
import {setTimeout as sleep} from 'node:timers/promises';

const WORDPRESS = '/usr/share/wordpress';

/** The Debian packages the site needs, by what shows each is installed. */
export const requiredPackages = [
  {name: 'wordpress', present: () => existsSync(`${WORDPRESS}/wp-settings.php`)},
  // WordPress needs a theme; Debian ships its default one in its own package.
  {name: 'wordpress-theme-twentytwentythree', present: () => existsSync(`${WORDPRESS}/wp-content/themes/twentytwentythree`)},
  {name: 'mariadb-server', present: () => existsSync('/usr/sbin/mariadbd') && existsSync('/usr/bin/mariadb-install-db')},
  {name: 'php-cli', present: () => commandExists('php')},
  {name: 'php-mysql', present: () => commandExists('php') && /^mysqli$/m.test(execFileSync('php', ['-m'], {encoding: 'utf8'}))},
  {name: 'php-codesniffer', present: () => commandExists('phpcs')},
  {name: 'zip', present: () => commandExists('zip')},
  {name: 'unzip', present: () => commandExists('unzip')},
  {name: 'chromium', present: () => Boolean(process.env.CHROME_PATH) || existsSync('/usr/bin/chromium')},
];

function commandExists(command) {
  try {
    execFileSync('sh', ['-c', `command -v ${command}`], {stdio: 'ignore'});
    return true;
  } catch {
    return false;
  }
}

/**
 * Installs the packages that are missing, without starting their services
 * (a temporary /usr/sbin/policy-rc.d that forbids it, unless one is there).
 */
export function installMissingPackages(log) {
  const missing = requiredPackages.filter((pkg) => !pkg.present()).map((pkg) => pkg.name);
  if (missing.length === 0) return [];
  if (process.getuid?.() !== 0) {
    throw new Error(
      `Missing Debian packages: ${missing.join(' ')}. Install them (sudo apt-get install ${missing.join(' ')}) or run as root.`,
    );
  }
  log(`Installing ${missing.join(' ')}`);
  const policy = '/usr/sbin/policy-rc.d';
  const ownPolicy = !existsSync(policy);
  if (ownPolicy)
    writeFileSync(policy, '#!/bin/sh\n# Written by dn-widgets scripts/test-wordpress.mjs while it installs packages.\nexit 101\n', {
      mode: 0o755,
    });
  try {
    const env = {...process.env, DEBIAN_FRONTEND: 'noninteractive'};
    execFileSync('apt-get', ['update', '-qq'], {stdio: 'inherit', env});
    execFileSync('apt-get', ['install', '-y', '-qq', '--no-install-recommends', ...missing], {stdio: 'inherit', env});
  } finally {
    if (ownPolicy) rmSync(policy, {force: true});
  }
  return missing;
}

async function freePort() {
  const server = createServer();
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  const {port} = server.address();
  await new Promise((resolve) => server.close(resolve));
  return port;
}

async function waitFor(what, check, timeout = 30000) {
  const start = Date.now();
  for (;;) {
    try {
      if (await check()) return;
    } catch {
      // not yet
    }
    if (Date.now() - start > timeout) throw new Error(`Timed out waiting for ${what}`);
    await sleep(100);
  }
}

export class WordPressSite {
  constructor({log = () => undefined, keep = false} = {}) {
    this.log = log;
    this.keep = keep;
    this.children = [];
  }

  async start() {
    this.dir = mkdtempSync(join(tmpdir(), 'dn-wordpress-'));
    this.root = join(this.dir, 'site');
    this.socket = join(this.dir, 'mysqld.sock');
    this.port = await freePort();
    this.url = `http://127.0.0.1:${this.port}`;
    this.debugLog = join(this.dir, 'debug.log');
    await this.startDatabase();
    this.copyWordPress();
    await this.startWebServer();
    return this;
  }

  async startDatabase() {
    const data = join(this.dir, 'mysql');
    const asRoot = process.getuid?.() === 0 ? ['--user=root'] : [];
    execFileSync(
      'mariadb-install-db',
      ['--no-defaults', `--datadir=${data}`, '--skip-test-db', '--auth-root-authentication-method=normal', ...asRoot],
      {
        stdio: 'ignore',
      },
    );
    const server = spawn(
      '/usr/sbin/mariadbd',
      [
        '--no-defaults',
        `--datadir=${data}`,
        `--socket=${this.socket}`,
        `--pid-file=${join(this.dir, 'mysqld.pid')}`,
        `--log-error=${join(this.dir, 'mysqld.err')}`,
        '--skip-networking',
        '--skip-grant-tables',
        '--innodb-buffer-pool-size=32M',
        ...asRoot,
      ],
      {stdio: 'ignore', detached: true},
    );
    this.children.push(server);
    await waitFor('MariaDB', () => {
      if (server.exitCode !== null) throw new Error(`mariadbd exited: ${readFileSync(join(this.dir, 'mysqld.err'), 'utf8').slice(-2000)}`);
      execFileSync(
        'php',
        [
          '-r',
          `$db = new mysqli('localhost', 'root', '', '', 0, ${JSON.stringify(this.socket)}); $db->query('CREATE DATABASE IF NOT EXISTS wordpress');`,
        ],
        {
          stdio: 'ignore',
        },
      );
      return true;
    });
    this.log(`MariaDB on ${this.socket}`);
  }

  copyWordPress() {
    cpSync(WORDPRESS, this.root, {recursive: true, dereference: true});
    const salt = () => randomBytes(32).toString('hex');
    const keys = [
      'AUTH_KEY',
      'SECURE_AUTH_KEY',
      'LOGGED_IN_KEY',
      'NONCE_KEY',
      'AUTH_SALT',
      'SECURE_AUTH_SALT',
      'LOGGED_IN_SALT',
      'NONCE_SALT',
    ];
    writeFileSync(
      join(this.root, 'wp-config.php'),
      `<?php
// A throwaway site for dn-widgets' end-to-end test (replaces Debian's /etc/wordpress loader).
define('DB_NAME', 'wordpress');
define('DB_USER', 'root');
define('DB_PASSWORD', '');
define('DB_HOST', ${JSON.stringify(`localhost:${this.socket}`)});
define('DB_CHARSET', 'utf8mb4');
define('DB_COLLATE', '');
${keys.map((key) => `define('${key}', '${salt()}');`).join('\n')}
$table_prefix = 'wp_';
define('WP_HOME', '${this.url}');
define('WP_SITEURL', '${this.url}');
define('WP_CONTENT_DIR', __DIR__ . '/wp-content');
define('WP_CONTENT_URL', '${this.url}/wp-content');
define('WP_DEBUG', true);
define('WP_DEBUG_LOG', ${JSON.stringify(this.debugLog)});
define('WP_DEBUG_DISPLAY', false);
define('DISABLE_WP_CRON', true);
define('AUTOMATIC_UPDATER_DISABLED', true);
define('WP_HTTP_BLOCK_EXTERNAL', true);
define('FS_METHOD', 'direct');
if (!defined('ABSPATH')) {
    define('ABSPATH', __DIR__ . '/');
}
require_once ABSPATH . 'wp-settings.php';
`,
    );
    // php -S runs a router for every request: files as they are, everything else through WordPress.
    writeFileSync(
      join(this.dir, 'router.php'),
      `<?php
$root = ${JSON.stringify(this.root)};
$path = urldecode((string) parse_url($_SERVER['REQUEST_URI'], PHP_URL_PATH));
if ($path !== '/' && is_file($root . $path)) {
    return false;
}
if (is_dir($root . $path) && is_file(rtrim($root . $path, '/') . '/index.php')) {
    $_SERVER['SCRIPT_NAME'] = rtrim($path, '/') . '/index.php';
    $_SERVER['PHP_SELF'] = $_SERVER['SCRIPT_NAME'];
    chdir(rtrim($root . $path, '/'));
    require rtrim($root . $path, '/') . '/index.php';
    return true;
}
$_SERVER['SCRIPT_NAME'] = '/index.php';
chdir($root);
require $root . '/index.php';
`,
    );
  }

  async startWebServer() {
    const server = spawn('php', ['-S', `127.0.0.1:${this.port}`, '-t', this.root, join(this.dir, 'router.php')], {
      stdio: ['ignore', 'ignore', 'pipe'],
      // Workers serve the editor's many scripts in parallel; they are forked
      // processes in the server's own process group, stopped with it.
      env: {...process.env, PHP_CLI_SERVER_WORKERS: '4'},
      detached: true,
    });
    this.serverLog = '';
    server.stderr.on('data', (chunk) => {
      this.serverLog = (this.serverLog + chunk).slice(-20000);
    });
    this.children.push(server);
    await waitFor('php -S', async () => (await fetch(`${this.url}/wp-includes/images/blank.gif`)).ok);
    this.log(`WordPress at ${this.url} (${this.root})`);
  }

  /**
   * Runs PHP with WordPress loaded; `input` arrives as `$input`, and whatever
   * the code returns comes back as JSON.
   */
  php(code, input = {}, {installing = false} = {}) {
    const file = join(this.dir, `task-${randomBytes(4).toString('hex')}.php`);
    writeFileSync(
      file,
      `<?php
${installing ? "define('WP_INSTALLING', true);" : ''}
$_SERVER['HTTP_HOST'] = '127.0.0.1:${this.port}';
$_SERVER['REQUEST_URI'] = '/';
require ${JSON.stringify(join(this.root, 'wp-load.php'))};
$input = json_decode((string) file_get_contents('php://stdin'), true);
$result = (function () use ($input) {
${code}
})();
echo "\\n@@dn-widgets-result@@" . json_encode($result);
`,
    );
    try {
      const output = execFileSync('php', [file], {input: JSON.stringify(input), encoding: 'utf8', cwd: this.root});
      const marker = output.lastIndexOf('@@dn-widgets-result@@');
      if (marker === -1) throw new Error(`PHP gave no result:\n${output.slice(-3000)}`);
      return JSON.parse(output.slice(marker + '@@dn-widgets-result@@'.length));
    } finally {
      rmSync(file, {force: true});
    }
  }

  install() {
    return this.php(
      `require_once ABSPATH . 'wp-admin/includes/upgrade.php';
add_filter('pre_wp_mail', '__return_false'); // no mail server here
$result = wp_install('Riverside Physio', 'admin', 'admin@example.com', true, '', 'admin-password-1');
update_option('permalink_structure', '');
return ['user' => $result['user_id']];`,
      {},
      {installing: true},
    );
  }

  /** PHP notices, warnings and errors WordPress logged so far. */
  errors() {
    return existsSync(this.debugLog) ? readFileSync(this.debugLog, 'utf8') : '';
  }

  async stop() {
    // Each child leads its own process group (detached): stopping the group
    // stops it and whatever it forked (php -S workers), and nothing else.
    const signal = (child, name) => {
      try {
        process.kill(-child.pid, name);
      } catch {
        // already gone
      }
    };
    for (const child of this.children.reverse()) {
      const exited = child.exitCode === null && child.signalCode === null ? new Promise((resolve) => child.once('exit', resolve)) : null;
      signal(child, 'SIGTERM');
      if (exited) await Promise.race([exited, sleep(10000)]);
      if (child.exitCode === null && child.signalCode === null) signal(child, 'SIGKILL');
      await sleep(200);
      signal(child, 'SIGKILL'); // forked workers that outlived the leader
    }
    this.children = [];
    if (this.dir && !this.keep) rmSync(this.dir, {recursive: true, force: true});
    else if (this.dir) this.log(`Kept ${this.dir}`);
  }
}

/** A folder for a plugin inside the site. */
export function pluginsDir(site) {
  const dir = join(site.root, 'wp-content/plugins');
  mkdirSync(dir, {recursive: true});
  return dir;
}
