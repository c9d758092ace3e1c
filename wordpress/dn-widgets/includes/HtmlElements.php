<?php

namespace DnWidgets;

/**
 * Elements an author writes as HTML (a Custom HTML block, the Classic
 * Editor's text view): the site's clinic settings reach them too. Each one,
 * or each <dn-config> the author wrote, is put inside a <dn-config> with the
 * site's settings; a <dn-config> of the author's, nearer the element, still
 * wins, as do the element's own attributes.
 */
final class HtmlElements
{
    private const ELEMENT = '#<(dn-[a-z][a-z0-9-]*)\b[^>]*>.*?</\1\s*>#s';

    public static function register(): void
    {
        add_filter('render_block', [self::class, 'inBlock'], 10, 2);
    }

    /**
     * @param string               $content
     * @param array<string, mixed> $block
     */
    public static function inBlock($content, $block): string
    {
        $content = (string) $content;
        $name = is_array($block) ? ($block['blockName'] ?? null) : null;
        if (!in_array($name, ['core/html', 'core/freeform', null], true) || strpos($content, '<dn-') === false) {
            return $content;
        }
        return (string) preg_replace_callback(self::ELEMENT, static function (array $match): string {
            return self::withSettings($match[0]);
        }, $content);
    }

    /** An element (or an author's <dn-config>) inside a <dn-config> with the site's settings, when there are any. */
    public static function withSettings(string $html): string
    {
        $attributes = '';
        foreach (Settings::get() as $key => $value) {
            if ($value !== '') {
                $attributes .= ' ' . Elements::htmlName($key) . '="' . esc_attr($value) . '"';
            }
        }
        return $attributes === '' ? $html : '<dn-config' . $attributes . '>' . $html . '</dn-config>';
    }
}
