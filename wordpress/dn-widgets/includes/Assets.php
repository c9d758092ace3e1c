<?php

namespace DnWidgets;

/**
 * Loads the widgets' bundle only on pages that use a widget, as an ES module,
 * from WordPress 6.1 up: wp_enqueue_script() with a script_loader_tag filter
 * that makes the tag `type="module"` (wp_enqueue_script_module() only exists
 * from 6.5). In the head it is render-blocking, so the fallback is replaced
 * before the first paint and nothing below the widgets moves.
 */
final class Assets
{
    public const BUNDLE = 'dn-widgets';
    public const EDITOR = 'dn-widgets-editor';
    public const STYLE = 'dn-widgets-fallback';

    public static function register(): void
    {
        add_action('init', [self::class, 'registerHandles'], 5);
        add_action('wp_enqueue_scripts', [self::class, 'enqueueForPage']);
        add_action('enqueue_block_editor_assets', [self::class, 'enqueueForEditor']);
        add_filter('script_loader_tag', [self::class, 'moduleTag'], 10, 2);
    }

    public static function registerHandles(): void
    {
        // The bundle loads its translations from locales/ beside it, relative to its own URL.
        wp_register_script(self::BUNDLE, Plugin::url('build/dn-widgets.js'), [], Plugin::VERSION, false);
        wp_register_style(self::STYLE, Plugin::url('assets/fallback.css'), [], Plugin::VERSION);
        wp_register_script(
            self::EDITOR,
            Plugin::url('assets/editor.js'),
            ['wp-blocks', 'wp-element', 'wp-block-editor', 'wp-components', 'wp-i18n', self::BUNDLE],
            Plugin::VERSION,
            false
        );
        wp_set_script_translations(self::EDITOR, 'dn-widgets', Plugin::path('languages'));
    }

    /** Enqueues the bundle and the fallback's styles; called by every widget as it renders. */
    public static function enqueue(): void
    {
        wp_enqueue_script(self::BUNDLE);
        wp_enqueue_style(self::STYLE);
    }

    /**
     * Before the head is printed: whether the page's post uses a widget (a
     * block, a shortcode or an element written in HTML). Widgets found later
     * (in a reusable block, a widget area, an archive) enqueue themselves as
     * they render, and the bundle then loads at the end of the page.
     */
    public static function enqueueForPage(): void
    {
        $post = get_queried_object();
        if (!$post instanceof \WP_Post || !self::usesWidgets($post->post_content)) {
            return;
        }
        self::enqueue();
    }

    public static function usesWidgets(string $content): bool
    {
        if (strpos($content, '<dn-') !== false) {
            return true;
        }
        foreach (Elements::all() as $element) {
            if (has_block($element['block'], $content) || has_shortcode($content, $element['shortcode'])) {
                return true;
            }
        }
        return false;
    }

    /** The block editor: the real elements for the previews, and the clinic's settings around them. */
    public static function enqueueForEditor(): void
    {
        $blocks = [];
        foreach (Elements::all() as $tag => $element) {
            $blocks[] = ['name' => $element['block'], 'tag' => $tag, 'attributes' => $element['attributes']];
        }
        $data = [
            'blocks' => $blocks,
            'settings' => Settings::get(),
            'configAttributes' => array_combine(Elements::SETTINGS, Elements::configHtmlNames()),
            'settingsUrl' => current_user_can('manage_options') ? admin_url('options-general.php?page=dn-widgets') : '',
        ];
        wp_add_inline_script(self::EDITOR, 'window.dnWidgetsEditor = ' . wp_json_encode($data) . ';', 'before');
        wp_enqueue_script(self::EDITOR);
        wp_enqueue_style(self::STYLE);
    }

    /**
     * `type="module"` on the bundle's tag (and `blocking="render"`, which only
     * acts in the head): the bundle is an ES module and must not run as a
     * classic script.
     */
    public static function moduleTag(string $tag, string $handle): string
    {
        if ($handle !== self::BUNDLE) {
            return $tag;
        }
        return self::moduleOnSource($tag);
    }

    /** Adds the module type to the tag that loads the file, not to an inline script printed with it. */
    private static function moduleOnSource(string $tag): string
    {
        return (string) preg_replace_callback('/<script\b([^>]*\bsrc=[^>]*)>/', static function (array $match): string {
            $attributes = (string) preg_replace('/\stype=(["\'])[^"\']*\1/', '', $match[1]);
            return '<script type="module" blocking="render"' . $attributes . '>';
        }, $tag, 1);
    }
}
