<?php

namespace DnWidgets;

/** Starts the plugin: blocks, shortcodes, settings, kses, auto-paragraphs and assets. */
final class Plugin
{
    public const VERSION = '0.1.0';

    /** @var string */
    private static $file = '';

    public static function boot(string $file): void
    {
        self::$file = $file;
        add_action('init', [self::class, 'loadTextdomain'], 1);
        add_action('init', [self::class, 'registerBlocks']);
        add_action('init', [Shortcodes::class, 'register']);
        Assets::register();
        Settings::register();
        Kses::register();
        Autop::register();
        HtmlElements::register();
    }

    public static function file(): string
    {
        return self::$file;
    }

    /** A path inside the plugin's folder. */
    public static function path(string $relative): string
    {
        return dirname(self::$file) . '/' . $relative;
    }

    /** The URL of a file inside the plugin's folder. */
    public static function url(string $relative): string
    {
        return plugins_url($relative, self::$file);
    }

    public static function loadTextdomain(): void
    {
        load_plugin_textdomain('dn-widgets', false, dirname(plugin_basename(self::$file)) . '/languages');
    }

    /** One dynamic block per element: its output carries the clinic's settings and the fallback. */
    public static function registerBlocks(): void
    {
        foreach (Elements::all() as $tag => $element) {
            register_block_type($element['folder'], [
                'render_callback' => static function (array $attributes) use ($tag): string {
                    return Renderer::render($tag, $attributes);
                },
            ]);
        }
    }
}
