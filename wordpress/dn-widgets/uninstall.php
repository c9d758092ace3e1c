<?php

/**
 * Removes everything the plugin stored: its one option, on every site of a
 * network. The plugin keeps nothing else (no tables, no files, no user meta);
 * posts keep their blocks and shortcodes, which show nothing once the plugin
 * is gone.
 */

if (!defined('WP_UNINSTALL_PLUGIN')) {
    exit;
}

if (is_multisite()) {
    foreach (get_sites(['fields' => 'ids', 'number' => 0]) as $dnWidgetsSite) {
        switch_to_blog((int) $dnWidgetsSite);
        delete_option('dn_widgets_settings');
        restore_current_blog();
    }
} else {
    delete_option('dn_widgets_settings');
}
