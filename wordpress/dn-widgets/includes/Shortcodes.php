<?php

namespace DnWidgets;

/**
 * One shortcode per element, with every attribute of the element in
 * snake_case (kebab-case works too): [dn_red_flags region="GB" tiers="emergency urgent"].
 * A flag can stand alone: [dn_side_effects e_stim]. The text between
 * [dn_red_flags] and [/dn_red_flags] is the clinic's out-of-hours text.
 */
final class Shortcodes
{
    public static function register(): void
    {
        foreach (Elements::all() as $tag => $element) {
            $render = static function ($attributes, ?string $content = null) use ($tag): string {
                return self::render($tag, is_array($attributes) ? $attributes : [], $content);
            };
            add_shortcode($element['shortcode'], $render);
        }
    }

    /** @return string[] Every shortcode name the plugin registers. */
    public static function names(): array
    {
        return array_column(Elements::all(), 'shortcode');
    }

    /** @param array<int|string, string> $attributes As WordPress parsed them (names in lower case). */
    public static function render(string $tag, array $attributes, ?string $content = null): string
    {
        $definition = Elements::all()[$tag]['attributes'];
        $byShortcodeName = [];
        foreach ($definition as $name => $schema) {
            $byShortcodeName[$schema['shortcode']] = $name;
        }
        $values = [];
        foreach ($attributes as $key => $value) {
            if (is_int($key)) {
                // A flag on its own, [dn_side_effects e_stim], arrives as a value without a name.
                $flag = str_replace('-', '_', strtolower((string) $value));
                if (isset($byShortcodeName[$flag]) && $definition[$byShortcodeName[$flag]]['type'] === 'boolean') {
                    $values[$byShortcodeName[$flag]] = true;
                }
                continue;
            }
            $name = $byShortcodeName[str_replace('-', '_', strtolower($key))] ?? null;
            if ($name !== null) {
                $values[$name] = $value;
            }
        }
        $enclosed = is_string($content) ? trim(wp_strip_all_tags($content)) : '';
        if ($tag === 'dn-red-flags' && !isset($values['afterHours']) && $enclosed !== '') {
            $values['afterHours'] = $enclosed;
        }
        return Renderer::render($tag, $values);
    }
}
