<?php

namespace DnWidgets;

/**
 * Lets authors, contributors and everyone on multisite (who lack the
 * unfiltered_html capability) keep the widgets' tags when they save a post:
 * each dn-* element with its own attributes only, <dn-config> with its
 * settings, and `slot` on the elements a slot can hold. Everything else kses
 * strips stays stripped (onclick, style, script, unknown attributes).
 */
final class Kses
{
    /** Attributes every element takes besides its own. */
    private const GLOBAL_ATTRIBUTES = ['lang', 'dir', 'id', 'class', 'title', 'hidden'];

    public static function register(): void
    {
        add_filter('wp_kses_allowed_html', [self::class, 'allow'], 10, 2);
    }

    /**
     * @param array<string, array<string, bool>>|mixed $tags
     * @param string|array<string, mixed>             $context
     * @return array<string, array<string, bool>>|mixed
     */
    public static function allow($tags, $context)
    {
        if ($context !== 'post' || !is_array($tags)) {
            return $tags;
        }
        return array_merge($tags, self::tags($tags));
    }

    /**
     * The widgets' tags and their attributes, as kses lists them.
     *
     * @param array<string, array<string, bool>> $existing The tags already allowed, to add `slot` to.
     * @return array<string, array<string, bool>>
     */
    public static function tags(array $existing = []): array
    {
        $global = array_fill_keys(self::GLOBAL_ATTRIBUTES, true);
        $configNames = array_merge(Elements::configHtmlNames(), ['theme', 'e-stim', 'website', 'booking-url']);
        $tags = ['dn-config' => $global + array_fill_keys($configNames, true)];
        foreach (Elements::all() as $tag => $element) {
            $own = [];
            foreach ($element['attributes'] as $name => $schema) {
                if (!in_array($name, Elements::CONFIG_ATTRIBUTES, true)) {
                    $own[$schema['html']] = true;
                }
            }
            $tags[$tag] = $global + $own;
        }
        foreach (['p', 'div', 'span'] as $slotted) {
            $tags[$slotted] = ($existing[$slotted] ?? []) + ['slot' => true];
        }
        return $tags;
    }
}
