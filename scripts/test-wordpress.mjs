// End-to-end test of the WordPress plugin on a real WordPress: Debian 12's
// packages (WordPress 6.1.9, PHP 8.2, MariaDB 10.11), installed here if
// missing, run as a throwaway site (private MariaDB, php -S), and Debian's
// Chromium as the visitor.
//
// It builds the plugin zip, installs it as a site owner would, activates it
// and sets the clinic's region and details on its settings page (as admin,
// in the browser), then, as an author (no unfiltered_html: kses runs on
// save), publishes a post with every block and a Classic Editor post with
// every shortcode, and opens both as a visitor: with JavaScript (every widget
// upgrades and shows the configured emergency number, its fallback is hidden
// and says what the widget says), and without (the fallback shows, emergency
// text first). It also opens the block editor as the author (the previews are
// the real elements) and finally uninstalls the plugin (nothing is left).
//
// npm run test:wordpress. DN_WP_SKIP_BUILD=1 reuses dist/dn-widgets-wordpress.zip;
// DN_WP_KEEP=1 keeps the site's temporary folder.
import assert from 'node:assert/strict';
import {execFileSync} from 'node:child_process';
import {existsSync} from 'node:fs';
import {after, before, describe, it} from 'node:test';
import {launchChromium} from './lib/browser.mjs';
import {textBlocks} from './lib/fallback-text.mjs';
import {WordPressSite, installMissingPackages, pluginsDir} from './lib/wordpress-site.mjs';

const log = (...args) => console.log('[test:wordpress]', ...args);
const TAGS = ['dn-what-to-expect', 'dn-red-flags', 'dn-side-effects', 'dn-aftercare', 'dn-contraindication-check'];
const ZIP = 'dist/dn-widgets-wordpress.zip';

/** The clinic, as the owner enters it on the settings page. */
const CLINIC = {
  region: 'AU',
  emergency: '000',
  clinicName: 'Riverside Physio',
  clinicPhone: '02 9876 5432',
  afterHours: 'Out of hours? Leave a message and we call you back by 9 am.',
  reviewedBy: 'Dr A. Patel, physiotherapist',
  reviewedOn: '2026-11-20',
  reviewedOnText: 'November 20, 2026', // the site speaks en-US
};

/** Every block, with attributes that cover every element attribute between them and the shortcodes. */
const BLOCK_POST = [
  '<!-- wp:paragraph --><p>Before your first session, read what to expect.</p><!-- /wp:paragraph -->',
  '<!-- wp:dn-widgets/what-to-expect {"sections":"what-it-is during after","headingLevel":3} /-->',
  '<!-- wp:dn-widgets/red-flags {"afterHours":"Out of hours? Call our on-call line, 0400 000 111."} /-->',
  '<!-- wp:dn-widgets/side-effects {"variant":"summary","items":"soreness bruising","eStim":true,"theme":"auto"} /-->',
  '<!-- wp:dn-widgets/aftercare {"treatedAt":"2026-11-23T14:30"} /-->',
  '<!-- wp:dn-widgets/contraindication-check {"mode":"step","eStim":true,"name":"screening","required":true} /-->',
  // An author writing the element as HTML, with an unsafe attribute and a script kses must strip.
  '<!-- wp:html --><dn-red-flags tiers="emergency" onclick="alert(1)" style="display:none"></dn-red-flags><script>alert(2)</script><!-- /wp:html -->',
].join('\n\n');

/** Every shortcode, in the Classic Editor (no blocks: WordPress auto-paragraphs it). */
const CLASSIC_POST = `Our clinic's advice after a session. Read this [dn_red_flags tiers="emergency urgent" clinic_name="Inline Clinic" /] before you leave, please.

[dn_side_effects variant="summary" items="soreness" e_stim heading_level="3"]

[dn_aftercare treated-at="2026-11-23T14:30" theme="dark"]

[dn_what_to_expect sections="before during" lang="es"]

[dn_contraindication_check mode="all" e_stim="true" required="true" name="check" disabled="false"]

[dn_red_flags region="NZ" clinic_phone="09 555 0100" reviewed_by="Dr Other" reviewed_on="2026-01-15"]Out of hours? Call the on-call line.[/dn_red_flags]

<dn-red-flags tiers="emergency" onclick="alert(1)">
</dn-red-flags>

Thank you for reading.`;

/** Parts of an element that need script, left out of its fallback (as in test/fallback.test.ts). */
const NEEDS_SCRIPT = '.privacy, [data-print-view], [role="status"], [part~="now"], .you-are-here, .progress';

const site = new WordPressSite({log, keep: process.env.DN_WP_KEEP === '1'});
let browser;
/** One browser profile per person: the owner, the author, and a visitor who is not logged in. */
const people = {};
let posts;

async function login(page, user, password) {
  await page.goto(`${site.url}/wp-login.php`, {waitUntil: 'domcontentloaded'});
  // wp-login.php focuses and selects the user name field once, 200 ms after it loads; typing
  // faster than a person once sent the rest of the password into the user name. That happens
  // only once, so a second try types undisturbed.
  const typed = () => page.evaluate(() => [document.querySelector('#user_login').value, document.querySelector('#user_pass').value]);
  for (let attempt = 1; attempt <= 2; attempt += 1) {
    await page.$eval('#user_login', (input) => (input.value = ''));
    await page.$eval('#user_pass', (input) => (input.value = ''));
    await page.type('#user_login', user);
    await page.type('#user_pass', password);
    const [typedUser, typedPassword] = await typed();
    if (typedUser === user && typedPassword === password) break;
  }
  assert.deepEqual(await typed(), [user, password], 'the login form holds what was typed');
  await Promise.all([page.waitForNavigation({waitUntil: 'domcontentloaded'}), page.click('#wp-submit')]);
  assert.ok(!page.url().includes('wp-login.php'), `${user} could not log in`);
}

/** What a visitor's browser shows of every widget on a page. */
async function widgetsOn(page) {
  return page.evaluate(
    (tags, textBlocksSource, needsScript) => {
      const textBlocks = new Function(`return (${textBlocksSource})`)();
      const elements = [...document.querySelectorAll(tags.join(','))];
      const redFlagsTexts = new Set(
        elements
          .filter((element) => element.localName === 'dn-red-flags' && element.shadowRoot)
          .flatMap((element) => textBlocks(element.shadowRoot).map((block) => block.text)),
      );
      return elements.map((element) => {
        const fallback = element.querySelector(':scope > [data-dn-fallback]');
        const widget = element.shadowRoot ? textBlocks(element.shadowRoot, needsScript) : [];
        const widgetTexts = new Set(widget.map((block) => block.text));
        // In step mode the check shows one question at a time; its print view lists them all.
        for (const cell of element.shadowRoot?.querySelectorAll('[data-print-view] td:first-child') ?? []) {
          widgetTexts.add(cell.textContent.replace(/\s+/g, ' ').trim());
        }
        const fallbackBlocks = fallback ? textBlocks(fallback) : [];
        const fallbackTexts = new Set(fallbackBlocks.map((block) => block.text));
        const emergencyTier = fallback?.querySelector('[data-tier="emergency"]');
        const preface = new Set(emergencyTier ? textBlocks(emergencyTier).map((block) => block.text) : []);
        return {
          tag: element.localName,
          attributes: Object.fromEntries([...element.attributes].map((attribute) => [attribute.name, attribute.value])),
          defined: customElements.get(element.localName) !== undefined,
          rendered: Boolean(element.shadowRoot?.querySelector('[part~="title"]')),
          insideP: Boolean(element.closest('p')),
          text: (element.shadowRoot?.textContent ?? '').replace(/\s+/g, ' '),
          hasFallback: Boolean(fallback),
          fallbackShown: fallback ? fallback.getClientRects().length > 0 : false,
          fallbackText: (fallback?.textContent ?? '').replace(/\s+/g, ' '),
          fallbackTelLinks: fallback ? [...fallback.querySelectorAll('a[href^="tel:"]')].map((link) => link.getAttribute('href')) : [],
          fallbackLang: fallback?.getAttribute('lang'),
          // Drift: every fallback block is in the widget (the emergency tier opening a side-effects
          // fallback is in <dn-red-flags>), and every widget block is in the fallback.
          notInWidget: fallbackBlocks
            .filter(
              (block) =>
                !widgetTexts.has(block.text) &&
                !(element.localName === 'dn-side-effects' && preface.has(block.text) && redFlagsTexts.has(block.text)),
            )
            .map((block) => block.text),
          notInFallback: widget.filter((block) => !fallbackTexts.has(block.text)).map((block) => block.text),
        };
      });
    },
    TAGS,
    textBlocks.toString(),
    NEEDS_SCRIPT,
  );
}

async function openPost(id, {javaScript = true} = {}) {
  const page = await people.visitor.newPage();
  const errors = [];
  page.on('pageerror', (error) => errors.push(String(error)));
  await page.setJavaScriptEnabled(javaScript);
  // Layout shifts from the first paint on, with what moved.
  await page.evaluateOnNewDocument(() => {
    window.dnLayoutShifts = [];
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) {
        if (!entry.hadRecentInput)
          window.dnLayoutShifts.push({value: entry.value, sources: entry.sources.map((source) => source.node?.nodeName ?? '?')});
      }
    }).observe({type: 'layout-shift', buffered: true});
  });
  const response = await page.goto(`${site.url}/?p=${id}`, {waitUntil: 'load'});
  assert.equal(response.status(), 200, `post ${id}: HTTP ${response.status()}`);
  if (javaScript) {
    await page.waitForFunction(
      (tags) => [...document.querySelectorAll(tags.join(','))].every((element) => element.shadowRoot?.querySelector('[part~="title"]')),
      {timeout: 20000},
      TAGS,
    );
    await page.evaluate(
      (tags) => Promise.all([...document.querySelectorAll(tags.join(','))].map((element) => element.updateComplete)),
      TAGS,
    );
    await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))));
  }
  return {page, errors, html: await page.content()};
}

describe('the dn-widgets WordPress plugin on WordPress from Debian', {timeout: 900000}, () => {
  before(async () => {
    installMissingPackages(log);
    execFileSync('phpcs', ['--standard=wordpress/phpcs.xml'], {stdio: 'inherit'});
    log('PHP coding standard: PSR-12 (phpcs), clean');
    if (process.env.DN_WP_SKIP_BUILD !== '1' || !existsSync(ZIP)) {
      execFileSync('npm', ['run', 'build:wordpress', '--silent'], {stdio: 'inherit'});
    }
    await site.start();
    site.install();
    execFileSync('unzip', ['-q', ZIP, '-d', pluginsDir(site)]);
    const author = site.php(
      `return wp_insert_user(['user_login' => 'author', 'user_pass' => 'author-password-1', 'role' => 'author', 'user_email' => 'author@example.com']);`,
    );
    assert.equal(typeof author, 'number', 'the author was created');
    browser = await launchChromium();
    for (const person of ['owner', 'author', 'visitor']) people[person] = await browser.createBrowserContext();
  });

  after(async () => {
    await browser?.close();
    await site.stop();
  });

  it('runs on WordPress 6.1 (Debian 12) and PHP 8.2', () => {
    const versions = site.php(`global $wp_version; return ['wordpress' => $wp_version, 'php' => PHP_VERSION];`);
    log(`WordPress ${versions.wordpress}, PHP ${versions.php}`);
    assert.match(versions.wordpress, /^6\.1\./);
  });

  it('activates from the Plugins screen, and its settings page stores the clinic (refusing a bad phone)', async () => {
    const page = await people.owner.newPage();
    await login(page, 'admin', 'admin-password-1');
    await page.goto(`${site.url}/wp-admin/plugins.php`, {waitUntil: 'domcontentloaded'});
    const activate = await page.$('#activate-dry-needling-patient-widgets');
    assert.ok(activate, 'the plugin is listed with an Activate link');
    await Promise.all([page.waitForNavigation({waitUntil: 'domcontentloaded'}), activate.click()]);
    assert.ok(await page.$('#deactivate-dry-needling-patient-widgets'), 'the plugin is active');

    const fill = async (values) => {
      await page.goto(`${site.url}/wp-admin/options-general.php?page=dn-widgets`, {waitUntil: 'domcontentloaded'});
      await page.select('#dn-widgets-region', values.region);
      for (const key of ['clinicName', 'clinicPhone', 'afterHours', 'reviewedBy']) {
        await page.$eval(`#dn-widgets-${key}`, (input, value) => (input.value = value), values[key]);
      }
      await page.$eval('#dn-widgets-reviewedOn', (input, value) => (input.value = value), values.reviewedOn);
      await Promise.all([page.waitForNavigation({waitUntil: 'domcontentloaded'}), page.click('#submit')]);
      return page.$eval('#wpbody-content', (body) => body.textContent.replace(/\s+/g, ' '));
    };
    const refused = await fill({...CLINIC, clinicPhone: 'call reception'});
    assert.match(refused, /This is not a phone number/);
    const saved = await fill(CLINIC);
    assert.match(saved, /Settings saved/);
    assert.equal(await page.$eval('#dn-widgets-region option:checked', (option) => option.textContent), 'AU: Australia (emergency 000)');
    const option = site.php(`return get_option('dn_widgets_settings');`);
    assert.deepEqual(option, {
      region: CLINIC.region,
      clinicName: CLINIC.clinicName,
      clinicPhone: CLINIC.clinicPhone,
      afterHours: CLINIC.afterHours,
      reviewedBy: CLINIC.reviewedBy,
      reviewedOn: CLINIC.reviewedOn,
    });
    await page.close();
  });

  it('lets an author publish every block and every shortcode; kses keeps the widgets and strips onclick and script', () => {
    posts = site.php(
      `$author = get_user_by('login', 'author');
wp_set_current_user($author->ID);
kses_init(); // as when the author saves: no unfiltered_html, so kses filters the content
$ids = [];
foreach (['blocks' => $input['blocks'], 'classic' => $input['classic'], 'plain' => 'A post without widgets.'] as $key => $content) {
    $ids[$key] = wp_insert_post(['post_title' => $key, 'post_content' => $content, 'post_status' => 'publish', 'post_author' => $author->ID], true);
}
return [
    'canUnfiltered' => current_user_can('unfiltered_html'),
    'ids' => $ids,
    'saved' => array_map(function ($id) { return get_post_field('post_content', $id, 'raw'); }, $ids),
];`,
      {blocks: BLOCK_POST, classic: CLASSIC_POST},
    );
    assert.equal(posts.canUnfiltered, false, 'the author has no unfiltered_html');
    for (const key of ['blocks', 'classic']) {
      const saved = posts.saved[key];
      assert.equal(typeof posts.ids[key], 'number', `${key} post published`);
      assert.ok(!/onclick|<script|style=/i.test(saved), `${key}: onclick, style and script are stripped:\n${saved}`);
      assert.match(saved, /<dn-red-flags tiers="emergency">/, `${key}: the element written as HTML is kept, with its own attribute`);
    }
    assert.equal(posts.saved.blocks.match(/<!-- wp:dn-widgets\//g).length, 5, 'every block is kept');
    assert.equal(posts.saved.classic.match(/\[dn_/g).length, 6, 'every shortcode is kept');
  });

  it('a visitor sees every block rendered, with the configured emergency number, and nothing of the fallback', async () => {
    const {page, errors, html} = await openPost(posts.ids.blocks);
    const widgets = await widgetsOn(page);
    assert.deepEqual(errors, []);
    assert.deepEqual(
      widgets.map((widget) => widget.tag),
      [...TAGS, 'dn-red-flags'],
      'every block, then the element written as HTML',
    );
    const moduleTag = /<script[^>]*src="[^"]*\/dn-widgets\/build\/dn-widgets\.js[^"]*"[^>]*>/.exec(html)?.[0] ?? '';
    assert.match(moduleTag, /type="module"/, 'the bundle loads as a module');
    assert.match(moduleTag, /blocking="render"/);
    assert.ok(html.indexOf(moduleTag) < html.indexOf('</head>'), 'in the head');
    assert.deepEqual(await page.evaluate(() => window.dnLayoutShifts), [], 'the widgets replace their fallback without moving the page');
    for (const widget of widgets) {
      assert.ok(widget.defined && widget.rendered, `${widget.tag} upgraded and rendered`);
      assert.ok(!widget.insideP, `${widget.tag} is not inside a <p>`);
      assert.ok(!('onclick' in widget.attributes) && !('style' in widget.attributes), `${widget.tag} has no unsafe attribute`);
    }
    const [whatToExpect, redFlags, sideEffects, aftercare, check, rawRedFlags] = widgets;
    for (const widget of [redFlags, sideEffects, rawRedFlags]) {
      assert.match(
        widget.text,
        /Call 000 or go to the nearest emergency department now if:/,
        `${widget.tag}: the configured region's number`,
      );
    }
    assert.match(redFlags.text, /From a mobile phone, you can also call 112\./);
    assert.match(redFlags.text, /Call Riverside Physio on 02 9876 5432\./, 'the clinic from the settings');
    assert.match(redFlags.text, /Out of hours\? Call our on-call line, 0400 000 111\./, "the block's own out-of-hours text");
    assert.match(aftercare.text, /Call Riverside Physio on 02 9876 5432\./);
    assert.match(sideEffects.text, /With electrical stimulation/);
    assert.match(check.text, /Question 1 of/);
    assert.equal(whatToExpect.attributes['heading-level'], '3');
    for (const widget of [whatToExpect, redFlags, sideEffects, aftercare, check]) {
      assert.match(
        widget.text,
        new RegExp(`Reviewed for this clinic by ${CLINIC.reviewedBy} on ${CLINIC.reviewedOnText}`),
        `${widget.tag}: the reviewer`,
      );
      assert.ok(widget.hasFallback, `${widget.tag} carries its fallback`);
      assert.ok(!widget.fallbackShown, `${widget.tag}: the fallback is hidden once it renders`);
      assert.deepEqual(widget.notInWidget, [], `${widget.tag}: fallback text the widget does not show`);
      assert.deepEqual(widget.notInFallback, [], `${widget.tag}: widget text the fallback does not have`);
    }
    await page.close();
  });

  it('a visitor sees every shortcode rendered in the Classic Editor post, none inside a paragraph', async () => {
    const {page, errors} = await openPost(posts.ids.classic);
    const widgets = await widgetsOn(page);
    assert.deepEqual(errors, []);
    assert.deepEqual(
      widgets.map((widget) => widget.tag),
      ['dn-red-flags', 'dn-side-effects', 'dn-aftercare', 'dn-what-to-expect', 'dn-contraindication-check', 'dn-red-flags', 'dn-red-flags'],
    );
    const paragraphs = await page.$$eval('.entry-content > p, .wp-block-post-content > p', (list) => list.map((p) => p.textContent.trim()));
    assert.ok(
      paragraphs.includes('Our clinic’s advice after a session. Read this'),
      `the paragraph around the inline shortcode is closed before it: ${JSON.stringify(paragraphs)}`,
    );
    assert.ok(paragraphs.includes('before you leave, please.'));
    assert.equal(
      await page.$$eval(
        '[data-dn-fallback]',
        (list) => list.filter((fallback) => !fallback.parentElement.localName.startsWith('dn-')).length,
      ),
      0,
      'no fallback spilled out of its element',
    );
    const [inline, sideEffects, aftercare, whatToExpect, check, newZealand, raw] = widgets;
    for (const widget of widgets) {
      assert.ok(widget.defined && widget.rendered, `${widget.tag} rendered`);
      assert.ok(!widget.insideP, `${widget.tag} is not inside a <p>`);
      if (widget === raw) continue;
      assert.ok(widget.hasFallback && !widget.fallbackShown, `${widget.tag}: fallback inside and hidden`);
      assert.deepEqual(widget.notInWidget, [], `${widget.tag}: fallback text the widget does not show`);
      assert.deepEqual(widget.notInFallback, [], `${widget.tag}: widget text the fallback does not have`);
    }
    assert.match(inline.text, /Call 000 or go/);
    assert.match(inline.text, /Call Inline Clinic on 02 9876 5432\./, 'the shortcode’s clinic name, the settings’ phone');
    assert.match(sideEffects.text, /With electrical stimulation/);
    assert.equal(sideEffects.attributes['heading-level'], '3');
    assert.equal(aftercare.attributes.theme, 'dark');
    assert.equal(aftercare.attributes['treated-at'], '2026-11-23T14:30');
    assert.equal(whatToExpect.fallbackLang, 'es');
    assert.match(whatToExpect.text, /Qué esperar de la punción seca/);
    assert.deepEqual(
      [check.attributes['e-stim'], check.attributes.required, check.attributes.name, check.attributes.mode, 'disabled' in check.attributes],
      ['', '', 'check', 'all', false],
    );
    assert.match(newZealand.text, /Call 111 or go/, "the shortcode's own region");
    assert.match(newZealand.text, /Out of hours\? Call the on-call line\./, 'the enclosed text is the out-of-hours text');
    assert.match(newZealand.text, /Reviewed for this clinic by Dr Other on January 15, 2026/);
    assert.match(raw.text, /Call 000 or go/, 'the element written as HTML reads the page configuration too');
    await page.close();
  });

  it('without JavaScript, the visitor reads the fallback: emergency text first, phone numbers as tel: links', async () => {
    for (const key of ['blocks', 'classic']) {
      const {page} = await openPost(posts.ids[key], {javaScript: false});
      const widgets = (await widgetsOn(page)).filter((widget) => widget.hasFallback);
      assert.equal(widgets.length, key === 'blocks' ? 5 : 6);
      for (const widget of widgets) {
        assert.ok(!widget.defined, 'no script ran');
        assert.ok(widget.fallbackShown, `${key}: ${widget.tag}'s fallback is shown`);
        assert.ok(!widget.insideP, `${key}: ${widget.tag} is not inside a <p>`);
      }
      const redFlags = widgets.find((widget) => widget.tag === 'dn-red-flags');
      const emergency = redFlags.fallbackText.indexOf('Call 000 or go to the nearest emergency department now if:');
      assert.ok(emergency > -1 && emergency < 80, `${key}: the emergency instruction comes first: ${redFlags.fallbackText.slice(0, 200)}`);
      assert.ok(
        redFlags.fallbackTelLinks.includes('tel:000') && redFlags.fallbackTelLinks.includes('tel:112'),
        `${key}: emergency numbers are links`,
      );
      assert.ok(redFlags.fallbackTelLinks.includes('tel:0298765432'), `${key}: the clinic's phone is a link`);
      if (key === 'blocks') {
        assert.ok(
          redFlags.fallbackText.indexOf('Call 000') < redFlags.fallbackText.indexOf('Out of hours?'),
          'the out-of-hours text in context, after the emergency text',
        );
        const sideEffects = widgets.find((widget) => widget.tag === 'dn-side-effects');
        assert.ok(
          sideEffects.fallbackText.indexOf('Call 000 or go') < sideEffects.fallbackText.indexOf('Normal side effects'),
          'side effects open with the emergency tier',
        );
      }
      await page.close();
    }
  });

  it('loads nothing on a page without widgets', async () => {
    const {page, html} = await openPost(posts.ids.plain);
    assert.ok(!html.includes('dn-widgets.js'), 'no bundle');
    assert.ok(!html.includes('dn-widgets-fallback'), 'no stylesheet');
    await page.close();
  });

  it('the block editor previews each block as the real element, for the author', async () => {
    const page = await people.author.newPage();
    const errors = [];
    page.on('pageerror', (error) => errors.push(String(error)));
    await login(page, 'author', 'author-password-1');
    await page.goto(`${site.url}/wp-admin/post.php?post=${posts.ids.blocks}&action=edit`, {waitUntil: 'load', timeout: 120000});
    await page.waitForFunction(
      (tags) =>
        tags.every((tag) => {
          const element = document.querySelector(`.block-editor-block-list__layout dn-config > ${tag}`);
          return element?.shadowRoot?.querySelector('[part~="title"]');
        }),
      {timeout: 60000},
      TAGS,
    );
    const preview = await page.$eval('.block-editor-block-list__layout dn-config > dn-red-flags', (element) =>
      element.shadowRoot.textContent.replace(/\s+/g, ' '),
    );
    assert.match(preview, /Call 000 or go/, "the preview uses the site's region");
    assert.deepEqual(
      errors.filter((error) => /dn-|dnWidgets/.test(error)),
      [],
    );
    await page.close();
  });

  it('uninstalling leaves nothing behind', () => {
    const result = site.php(
      `require_once ABSPATH . 'wp-admin/includes/plugin.php';
require_once ABSPATH . 'wp-admin/includes/file.php';
deactivate_plugins('dn-widgets/dn-widgets.php');
$deleted = delete_plugins(['dn-widgets/dn-widgets.php']);
global $wpdb;
return [
    'deleted' => $deleted === true,
    'options' => $wpdb->get_col("SELECT option_name FROM {$wpdb->options} WHERE option_name LIKE '%dn\\\\_widgets%' OR option_name LIKE '%dn-widgets%' OR option_value LIKE '%dn-widgets/dn-widgets.php%'"),
    'meta' => (int) $wpdb->get_var("SELECT COUNT(*) FROM {$wpdb->usermeta} WHERE meta_key LIKE '%dn\\\\_widgets%' OR meta_value LIKE '%dn\\\\_widgets\\\\_settings%'"),
    'folder' => file_exists(WP_PLUGIN_DIR . '/dn-widgets'),
];`,
    );
    assert.deepEqual(result, {deleted: true, options: [], meta: 0, folder: false});
  });

  it('logged no PHP notice, warning or error from the plugin', () => {
    const ours = site
      .errors()
      .split('\n')
      .filter((line) => /dn-widgets|DnWidgets/.test(line));
    assert.deepEqual(ours, []);
  });
});

if (process.env.DN_WP_SHOW_SERVER_LOG === '1') process.on('exit', () => console.log(site.serverLog ?? ''));
