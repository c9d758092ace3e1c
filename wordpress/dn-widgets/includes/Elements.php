<?php

namespace DnWidgets;

/**
 * The five elements, as the plugin offers them: one block and one shortcode
 * each. The attributes of each come from its block.json, which a test checks
 * against the elements' own manifest (custom-elements.json), so a new element
 * attribute cannot be missed here.
 */
final class Elements
{
    /** Block attributes that are settings of the widget's <dn-config>, not attributes of the element. */
    public const CONFIG_ATTRIBUTES = ['afterHours'];

    /** The clinic settings a <dn-config> takes, as block attribute names. */
    public const SETTINGS = ['region', 'clinicName', 'clinicPhone', 'afterHours', 'reviewedBy', 'reviewedOn'];

    /** @var array<string, array<string, mixed>>|null */
    private static $definitions = null;

    /**
     * Every element by tag name: its block name, shortcode, block.json folder
     * and attributes (block attribute name => type, enum and HTML attribute name).
     *
     * @return array<string, array<string, mixed>>
     */
    public static function all(): array
    {
        if (self::$definitions === null) {
            self::$definitions = [];
            foreach (['what-to-expect', 'red-flags', 'side-effects', 'aftercare', 'contraindication-check'] as $name) {
                $folder = Plugin::path('blocks/' . $name);
                $metadata = json_decode((string) file_get_contents($folder . '/block.json'), true);
                $attributes = [];
                foreach ($metadata['attributes'] as $attribute => $schema) {
                    $attributes[$attribute] = [
                        'type' => $schema['type'],
                        'enum' => $schema['enum'] ?? null,
                        'html' => self::htmlName($attribute),
                        'shortcode' => str_replace('-', '_', self::htmlName($attribute)),
                    ];
                }
                self::$definitions['dn-' . $name] = [
                    'tag' => 'dn-' . $name,
                    'block' => $metadata['name'],
                    'shortcode' => 'dn_' . str_replace('-', '_', $name),
                    'folder' => $folder,
                    'attributes' => $attributes,
                ];
            }
        }
        return self::$definitions;
    }

    /** The element a block name stands for, or null. */
    public static function byBlock(string $blockName): ?array
    {
        foreach (self::all() as $element) {
            if ($element['block'] === $blockName) {
                return $element;
            }
        }
        return null;
    }

    /** A block attribute name as an HTML attribute name: clinicName → clinic-name. */
    public static function htmlName(string $attribute): string
    {
        return strtolower((string) preg_replace('/([a-z])([A-Z])/', '$1-$2', $attribute));
    }

    /** The HTML attributes of <dn-config>, as the element reads them. */
    public static function configHtmlNames(): array
    {
        return array_map([self::class, 'htmlName'], self::SETTINGS);
    }
}
