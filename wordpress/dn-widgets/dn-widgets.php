<?php

/**
 * Plugin Name:       Dry needling patient widgets
 * Plugin URI:        https://www.npmjs.com/package/dn-widgets
 * Description:       Patient education about dry needling: what to expect, red flags with your region's emergency number, side effects, aftercare and a private pre-treatment check. Blocks and shortcodes, with content for visitors without JavaScript.
 * Version:           0.1.0
 * Requires at least: 6.1
 * Requires PHP:      7.4
 * Author:            dn-widgets contributors
 * License:           MIT
 * License URI:       https://opensource.org/licenses/MIT
 * Text Domain:       dn-widgets
 * Domain Path:       /languages
 */

if (!defined('ABSPATH')) {
    exit;
}

require_once __DIR__ . '/includes/Plugin.php';
require_once __DIR__ . '/includes/Elements.php';
require_once __DIR__ . '/includes/Fallback.php';
require_once __DIR__ . '/includes/Settings.php';
require_once __DIR__ . '/includes/Renderer.php';
require_once __DIR__ . '/includes/Shortcodes.php';
require_once __DIR__ . '/includes/Kses.php';
require_once __DIR__ . '/includes/Assets.php';
require_once __DIR__ . '/includes/Autop.php';
require_once __DIR__ . '/includes/HtmlElements.php';

DnWidgets\Plugin::boot(__FILE__);
