<?php

namespace DnWidgets;

/**
 * Keeps widgets whole under WordPress's auto-paragraphs (wpautop: the Classic
 * Editor, text widgets). wpautop wraps an element's opening tag in <p>, and
 * the browser then closes the element at once and spills its content onto the
 * page; a shortcode inside a paragraph puts the widget inside a <p>, which
 * cannot hold its headings and lists.
 *
 * Before wpautop (priority 8), each widget written as HTML and each of the
 * plugin's shortcodes is set aside and an empty <div> marker, which wpautop
 * never puts in a paragraph, stands in its place. After do_shortcode
 * (priority 12) the marker is replaced by the HTML, or by the shortcode's
 * output. Block content is left alone: WordPress does not auto-paragraph it.
 * Texturizing (curly quotes) is off inside the widgets' tags, so the fallback
 * says exactly what the element says.
 */
final class Autop
{
    private const MARKER = '/<div data-dn-widgets-marker="(\d+)"><\/div>/';

    /** @var array<int, string> What each marker stands for, until it is put back. */
    private static $setAside = [];

    /** @var int */
    private static $next = 0;

    public static function register(): void
    {
        foreach (['the_content', 'widget_text_content'] as $filter) {
            add_filter($filter, [self::class, 'setAside'], 8);
            add_filter($filter, [self::class, 'putBack'], 12);
        }
        add_filter('no_texturize_tags', [self::class, 'noTexturize']);
    }

    /** @param string[] $tags */
    public static function noTexturize(array $tags): array
    {
        return array_merge($tags, ['dn-config'], array_keys(Elements::all()));
    }

    public static function setAside(string $content): string
    {
        if (has_blocks($content) || (strpos($content, '<dn-') === false && strpos($content, '[dn_') === false)) {
            return $content;
        }
        // An element written as HTML, whole (a <dn-config> with the elements inside it counts as one).
        $element = '#<(dn-[a-z][a-z0-9-]*)\b[^>]*>.*?</\1\s*>#s';
        $content = (string) preg_replace_callback($element, [self::class, 'marker'], $content);
        // The plugin's own shortcodes, as WordPress finds them.
        $pattern = get_shortcode_regex(Shortcodes::names());
        return (string) preg_replace_callback('/' . $pattern . '/', static function (array $match): string {
            // [[dn_red_flags]] is how an author writes the shortcode as text: leave it to WordPress.
            return $match[1] === '[' && $match[6] === ']' ? $match[0] : self::marker([$match[0]]);
        }, $content);
    }

    /** @param string[] $match */
    private static function marker(array $match): string
    {
        $id = self::$next++;
        self::$setAside[$id] = $match[0];
        return "\n\n" . '<div data-dn-widgets-marker="' . $id . '"></div>' . "\n\n";
    }

    public static function putBack(string $content): string
    {
        if (self::$setAside === []) {
            return $content;
        }
        return (string) preg_replace_callback(self::MARKER, static function (array $match): string {
            $id = (int) $match[1];
            if (!isset(self::$setAside[$id])) {
                return '';
            }
            $html = self::$setAside[$id];
            unset(self::$setAside[$id]);
            return strpos($html, '[') === 0 ? do_shortcode($html) : HtmlElements::withSettings($html);
        }, $content);
    }
}
