<?php

namespace DnWidgets;

/**
 * The HTML of one widget, for a block or a shortcode: the element with its
 * attributes, inside a <dn-config> with the clinic's settings, and with its
 * server-rendered fallback inside it. Every value is escaped; nothing from an
 * attribute is ever output as HTML.
 */
final class Renderer
{
    /**
     * @param string               $tag        The element, e.g. "dn-red-flags".
     * @param array<string, mixed> $attributes Block attribute names => values; unknown names are ignored.
     */
    public static function render(string $tag, array $attributes): string
    {
        $elements = Elements::all();
        if (!isset($elements[$tag])) {
            return '';
        }
        $definition = $elements[$tag]['attributes'];
        $values = [];
        foreach ($definition as $name => $schema) {
            $value = self::value($attributes[$name] ?? null, $schema);
            if ($value !== null) {
                $values[$name] = $value;
            }
        }

        // The site's settings, with the widget's own values first, as the element resolves them.
        $settings = Settings::get();
        $config = [];
        foreach (Elements::SETTINGS as $key) {
            $own = isset($values[$key]) && is_string($values[$key]) ? $values[$key] : '';
            if (in_array($key, Elements::CONFIG_ATTRIBUTES, true) && $own !== '') {
                $config[$key] = $own;
            } elseif ($settings[$key] !== '') {
                $config[$key] = $settings[$key];
            }
        }

        $elementAttributes = '';
        foreach ($values as $name => $value) {
            if (in_array($name, Elements::CONFIG_ATTRIBUTES, true)) {
                continue;
            }
            $html = $definition[$name]['html'];
            $elementAttributes .= $value === true ? ' ' . $html : ' ' . $html . '="' . esc_attr((string) $value) . '"';
        }

        $lang = isset($values['lang']) && is_string($values['lang']) ? $values['lang'] : get_bloginfo('language');
        $options = array_merge($config, array_filter($values, static function ($value): bool {
            return $value !== '';
        }));
        $fallback = Fallback::render($tag, Fallback::matchLocale((string) $lang), $options);

        $html = '<' . $tag . $elementAttributes . '>' . $fallback . '</' . $tag . '>';
        if ($config !== []) {
            $configAttributes = '';
            foreach ($config as $key => $value) {
                $configAttributes .= ' ' . Elements::htmlName($key) . '="' . esc_attr($value) . '"';
            }
            $html = '<dn-config' . $configAttributes . '>' . $html . '</dn-config>';
        }
        Assets::enqueue();
        return $html;
    }

    /**
     * A block or shortcode value as its type: true (or null) for booleans, a
     * number from 2 to 6 for the heading level, a value from the list for
     * enumerations, else trimmed text. Null when unset or not valid.
     *
     * @param mixed                $value
     * @param array<string, mixed> $schema
     * @return string|bool|null
     */
    private static function value($value, array $schema)
    {
        if ($schema['type'] === 'boolean') {
            if (is_string($value)) {
                $value = !in_array(strtolower(trim($value)), ['false', '0', 'no', 'off'], true);
            }
            return $value === true ? true : null;
        }
        if ($value === null || is_array($value) || is_object($value) || is_bool($value)) {
            return null;
        }
        $text = trim((string) $value);
        if ($text === '') {
            return null;
        }
        if ($schema['type'] === 'number') {
            return preg_match('/^[2-6]$/', $text) ? $text : null;
        }
        if ($schema['enum'] !== null && !in_array($text, $schema['enum'], true)) {
            return null;
        }
        return $text;
    }
}
